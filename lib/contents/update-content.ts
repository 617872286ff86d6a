import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { AppError, parseInput, validationError } from "@/lib/errors";
import { editOutline } from "@/lib/modules/edit-outline";
import { contentIdsOf, placeAt, writePositions } from "@/lib/modules/positions";
import { readContentRow } from "./find-content";
import { assignmentRuleIssue, contentPatchFields, type UpdateContentData } from "./schemas";
import { toContentView, type ContentRow } from "./views";
import { questionsCreate, updateData } from "./write-data";

const fieldError = (field: string, key: "moduleNotInCourse" | "contentTypeFixed") =>
  new AppError("BAD_REQUEST", { key: "validationFailed" }, { fieldErrors: [{ field, message: { key } }] });

/**
 * Changes a content's fields (any of its type's; quiz questions, when given, replace the
 * whole set), and with `position` and/or `moduleId` moves it within its module or to another
 * module of the same course. Both modules keep dense positions.
 */
export async function updateContent(actor: Actor, courseId: number, moduleId: number, contentId: number, input: unknown) {
  return editOutline(actor, courseId, async (tx) => {
    const before = await readContentRow(tx, courseId, moduleId, contentId);
    const patch: UpdateContentData = parseInput(contentPatchFields(before.type), input);
    if (patch.type !== undefined && patch.type !== before.type) throw fieldError("type", "contentTypeFixed");
    assertGradingRule(before, patch);

    const data = updateData(patch);
    if (Object.keys(data).length > 0) await tx.content.update({ where: { id: contentId }, data, select: { id: true } });
    if (patch.questions) {
      await tx.quizQuestion.deleteMany({ where: { contentId } });
      await tx.content.update({ where: { id: contentId }, data: { questions: { create: questionsCreate(patch.questions) } }, select: { id: true } });
    }
    const targetModuleId = await move(tx, { courseId, contentId, from: moduleId, to: patch.moduleId, position: patch.position });
    return toContentView(await readContentRow(tx, courseId, targetModuleId, contentId), courseId, "manager");
  });
}

// The rule spans two fields that a PATCH may send apart: check them as they will be stored.
function assertGradingRule(before: ContentRow, patch: UpdateContentData) {
  if (before.type !== "ASSIGNMENT") return;
  const issue = assignmentRuleIssue(patch.completionRule ?? before.completionRule, patch.passMark !== undefined ? patch.passMark : before.passMark);
  if (issue) throw validationError(new z.ZodError([{ code: "custom", input: undefined, ...issue }]));
}

async function move(tx: Tx, opts: { courseId: number; contentId: number; from: number; to?: number; position?: number }): Promise<number> {
  const { courseId, contentId, from, position } = opts;
  const to = opts.to ?? from;
  if (to === from) {
    if (position !== undefined) await writePositions(tx, "content", placeAt(await contentIdsOf(tx, from), contentId, position));
    return from;
  }
  const target = await tx.module.findFirst({ where: { id: to, courseId }, select: { id: true } });
  if (!target) throw fieldError("moduleId", "moduleNotInCourse");
  const targetOrder = placeAt(await contentIdsOf(tx, to), contentId, position);
  await tx.content.update({ where: { id: contentId }, data: { moduleId: to }, select: { id: true } });
  await writePositions(tx, "content", await contentIdsOf(tx, from));
  await writePositions(tx, "content", targetOrder);
  return to;
}
