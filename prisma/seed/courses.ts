// Turns the course data into rows: each course is one nested create, so its modules,
// contents, questions and options get their positions from the order in the data.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { ContentSpec, CourseSpec } from "./course-types";
import { dataCourses } from "./courses-data";
import { designBusinessCourses } from "./courses-design-business";
import { languageCourses } from "./courses-languages";
import { webCourses } from "./courses-web";
import { lookup } from "./lookup";
import { daysAgo } from "./time";

export const courseSpecs: CourseSpec[] = [...webCourses, ...designBusinessCourses, ...dataCourses, ...languageCourses];

function contentRow(content: ContentSpec, index: number): Prisma.ContentCreateWithoutModuleInput {
  const base = { title: content.title, type: content.type, position: index + 1 };
  switch (content.type) {
    case "LESSON":
    case "ASSIGNMENT":
      return { ...base, body: content.body };
    case "QUIZ":
      return {
        ...base,
        body: content.body,
        questions: {
          create: content.questions.map((question, q) => ({
            prompt: question.prompt,
            points: question.points ?? 1,
            position: q + 1,
            // More than one right option makes it a "choose all that apply" question.
            type: question.options.filter(([, correct]) => correct).length > 1 ? "MULTIPLE_CHOICE" : "SINGLE_CHOICE",
            options: { create: question.options.map(([text, isCorrect], o) => ({ text, isCorrect, position: o + 1 })) },
          })),
        },
      };
    default:
      return { ...base, url: content.url, description: content.description ?? "" };
  }
}

/** Creates every course that does not exist yet; returns the new courses' ids by slug. */
export async function createCourses(tx: Prisma.TransactionClient, userIds: Map<string, number>, categoryIds: Map<string, number>) {
  const existing = new Set((await tx.course.findMany({ where: { slug: { in: courseSpecs.map((c) => c.slug) } }, select: { slug: true } })).map((c) => c.slug));
  const created = new Map<string, number>();
  for (const spec of courseSpecs.filter((c) => !existing.has(c.slug))) {
    const createdAt = daysAgo(spec.daysAgo);
    const status = spec.status ?? "PUBLISHED";
    const course = await tx.course.create({
      data: {
        slug: spec.slug,
        title: spec.title,
        description: spec.description,
        priceIDR: spec.priceIDR,
        status,
        teacherId: lookup(userIds, spec.teacher),
        categoryId: lookup(categoryIds, spec.category),
        // A draft has no release date until it is published.
        releaseDate: status === "DRAFT" ? null : createdAt,
        createdAt,
        modules: {
          create: spec.modules.map((module, m) => ({
            title: module.title,
            description: module.description ?? "",
            position: m + 1,
            contents: { create: module.contents.map(contentRow) },
          })),
        },
      },
      select: { id: true },
    });
    created.set(spec.slug, course.id);
  }
  return created;
}
