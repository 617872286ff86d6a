import { type db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { contentSelect } from "./views";

export const contentNotFound = () => new AppError("NOT_FOUND", { key: "contentNotFound" });

/** The content, when it sits in this module of this course; anywhere else it is "not found". */
export async function readContentRow(client: Tx | typeof db, courseId: number, moduleId: number, contentId: number) {
  const row = await client.content.findFirst({ where: { id: contentId, moduleId, module: { courseId } }, select: contentSelect });
  if (!row) throw contentNotFound();
  return row;
}
