import type { MaybeActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { paginate, pageWindow } from "@/lib/shared/pagination";
import { ZModuleListQuery } from "./schemas";
import { findVisibleCourse } from "./visible-course";
import { moduleOrder, moduleSelect, toModuleView } from "./views";

/** A course's modules in order, each with its contents' outline, a page at a time. */
export async function listModules(actor: MaybeActor, courseId: number, query: unknown = {}) {
  const page = parseInput(ZModuleListQuery, query);
  await findVisibleCourse(actor, courseId);
  const where = { courseId };
  const [rows, total] = await db.$transaction([
    db.module.findMany({ where, orderBy: moduleOrder, select: moduleSelect, ...pageWindow(page) }),
    db.module.count({ where }),
  ]);
  const { items, pagination } = paginate(rows.map(toModuleView), total, page);
  return { modules: items, pagination };
}
