// What the catalog returns, selected once and shaped once for pages and the API alike.
import type { CourseGetPayload, CourseSelect } from "@/lib/generated/prisma/models";
import { contentTypeLabels, courseStatusLabels } from "@/lib/shared/labels";
import { coverVariants } from "./cover-variants";

export const courseSummarySelect = {
  id: true,
  title: true,
  slug: true,
  description: true,
  priceIDR: true,
  status: true,
  releaseDate: true,
  coverImageUrl: true,
  createdAt: true,
  updatedAt: true,
  category: { select: { id: true, name: true, slug: true } },
  teacher: { select: { id: true, fullName: true, username: true, avatarUrl: true } },
  _count: { select: { modules: true, enrollments: { where: { live: true } } } },
} satisfies CourseSelect;

export const courseDetailSelect = {
  ...courseSummarySelect,
  modules: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      position: true,
      contents: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, title: true, type: true, position: true },
      },
    },
  },
} satisfies CourseSelect;

type SummaryRow = CourseGetPayload<{ select: typeof courseSummarySelect }>;

export function toCourseSummary(row: SummaryRow) {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    description: row.description,
    priceIDR: row.priceIDR,
    isFree: row.priceIDR === 0,
    status: courseStatusLabels.label(row.status),
    releaseDate: row.releaseDate?.toISOString() ?? null,
    coverImageUrl: row.coverImageUrl,
    coverImageVariants: coverVariants(row.coverImageUrl),
    category: row.category,
    teacher: row.teacher,
    modulesCount: row._count.modules,
    studentsCount: row._count.enrollments,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

type DetailRow = CourseGetPayload<{ select: typeof courseDetailSelect }>;

export function toCourseDetail(row: DetailRow) {
  const modules = row.modules.map((module) => ({
    id: module.id,
    title: module.title,
    description: module.description,
    position: module.position,
    contents: module.contents.map((content) => ({ ...content, type: contentTypeLabels.label(content.type) })),
  }));
  return {
    ...toCourseSummary(row),
    contentsCount: modules.reduce((sum, module) => sum + module.contents.length, 0),
    modules,
  };
}

export type CourseSummary = ReturnType<typeof toCourseSummary>;
export type CourseDetail = ReturnType<typeof toCourseDetail>;
