import type { MaybeActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { findModuleIn } from "@/lib/modules/find-module";
import { findVisibleCourse } from "@/lib/modules/visible-course";
import { paginate, pageWindow, ZPageQuery } from "@/lib/shared/pagination";
import { audienceFor } from "./audience";
import { contentOrder, contentOutlineSelect, contentSelect, toContentView, toLockedContent } from "./views";

/** A module's contents in order, a page at a time: whole for readers of the course's content,
 *  locked outline items for everyone else who may see the course. */
export async function listContents(actor: MaybeActor, courseId: number, moduleId: number, query: unknown = {}) {
  const page = parseInput(ZPageQuery, query);
  const course = await findVisibleCourse(actor, courseId);
  await findModuleIn(db, courseId, moduleId);
  const audience = await audienceFor(actor, course);
  const where = { moduleId };
  const window = { where, orderBy: contentOrder, ...pageWindow(page) };
  const [contents, total] = await Promise.all([
    audience === "outline"
      ? db.content.findMany({ ...window, select: contentOutlineSelect }).then((rows) => rows.map(toLockedContent))
      : db.content.findMany({ ...window, select: contentSelect }).then((rows) => rows.map((row) => toContentView(row, courseId, audience))),
    db.content.count({ where }),
  ]);
  const { items, pagination } = paginate(contents, total, page);
  return { contents: items, pagination };
}
