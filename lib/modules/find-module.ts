import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const moduleNotFound = () => new AppError("NOT_FOUND", { key: "moduleNotFound" });

/** The module, when it belongs to this course; a module of another course is "not found". */
export async function findModuleIn(client: Tx | typeof db, courseId: number, moduleId: number) {
  const found = await client.module.findFirst({ where: { id: moduleId, courseId }, select: { id: true } });
  if (!found) throw moduleNotFound();
  return found;
}
