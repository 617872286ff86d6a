// Turns the course data into rows: each course is one nested create, so its modules,
// contents, questions and options get their positions from the order in the data.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { ContentSpec, CourseSpec } from "./course-types";
import { courseSpecs } from "./courses/index";
import { storeDocument } from "./files";
import { lookup } from "./lookup";
import { daysAfter, daysAgo } from "./time";

async function contentRow(content: ContentSpec, index: number, now: Date): Promise<Prisma.ContentCreateWithoutModuleInput> {
  const base = { title: content.title, type: content.type, position: index + 1 };
  switch (content.type) {
    case "LESSON":
      return { ...base, body: content.body };
    case "VIDEO":
    case "LINK":
      return { ...base, url: content.url, description: content.description };
    case "FILE":
      return { ...base, description: content.description, ...(await storeDocument(content.document)) };
    case "ASSIGNMENT": {
      const { dueInDays, submissionKinds, completionRule, passMark } = content;
      return { ...base, body: content.body, submissionKinds, completionRule, passMark, dueAt: dueInDays === null ? null : daysAfter(now, dueInDays) };
    }
    case "QUIZ": {
      const { passMark, maxAttempts, shuffleQuestions, shuffleOptions, showCorrectAnswers } = content;
      return {
        ...base,
        body: content.body,
        passMark,
        maxAttempts,
        shuffleQuestions,
        shuffleOptions,
        showCorrectAnswers,
        questions: {
          create: content.questions.map((question, q) => ({
            prompt: question.prompt,
            points: question.points ?? 1,
            position: q + 1,
            type: question.options.filter(([, correct]) => correct).length > 1 ? "MULTIPLE_CHOICE" : "SINGLE_CHOICE",
            options: { create: question.options.map(([text, isCorrect], o) => ({ text, isCorrect, position: o + 1 })) },
          })),
        },
      };
    }
  }
}

function releaseDateOf(spec: CourseSpec, createdAt: Date, now: Date): Date | null {
  // A draft has no release date until it is published.
  if ((spec.status ?? "PUBLISHED") === "DRAFT") return null;
  return spec.opensInDays === undefined ? createdAt : daysAfter(now, spec.opensInDays);
}

/**
 * Creates every course that does not exist yet; returns the new courses' ids by slug. Its
 * handouts are stored as files first: if the transaction then fails, they are left behind
 * unreferenced, and nothing serves a file no content points to.
 */
export async function createCourses(tx: Prisma.TransactionClient, userIds: Map<string, number>, categoryIds: Map<string, number>) {
  const now = new Date();
  const existing = new Set((await tx.course.findMany({ where: { slug: { in: courseSpecs.map((c) => c.slug) } }, select: { slug: true } })).map((c) => c.slug));
  const created = new Map<string, number>();
  for (const spec of courseSpecs.filter((c) => !existing.has(c.slug))) {
    const createdAt = daysAgo(spec.daysAgo, now.getTime());
    const modules = await Promise.all(
      spec.modules.map(async (module, m) => ({
        title: module.title,
        description: module.description ?? "",
        position: m + 1,
        contents: { create: await Promise.all(module.contents.map((content, c) => contentRow(content, c, now))) },
      })),
    );
    const course = await tx.course.create({
      data: {
        slug: spec.slug,
        title: spec.title,
        description: spec.description,
        priceIDR: spec.priceIDR,
        status: spec.status ?? "PUBLISHED",
        teacherId: lookup(userIds, spec.teacher),
        categoryId: lookup(categoryIds, spec.category),
        releaseDate: releaseDateOf(spec, createdAt, now),
        createdAt,
        modules: { create: modules },
      },
      select: { id: true },
    });
    created.set(spec.slug, course.id);
  }
  return created;
}
