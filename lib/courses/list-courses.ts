import type { MaybeActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { CourseOrderByWithRelationInput, CourseWhereInput } from "@/lib/generated/prisma/models";
import { pageWindow, paginate } from "@/lib/shared/pagination";
import { visibleCoursesWhere } from "./policy";
import { type CourseSort, type CourseListInput, ZCourseListQuery } from "./schemas";
import { courseSummarySelect, toCourseSummary } from "./views";

// Every order ends on id so that pages never overlap or skip rows.
const orderBy: Record<CourseSort, CourseOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  title: [{ title: "asc" }, { id: "asc" }],
  "price-asc": [{ priceIDR: "asc" }, { id: "asc" }],
  "price-desc": [{ priceIDR: "desc" }, { id: "desc" }],
  popular: [{ enrollments: { _count: "desc" } }, { id: "desc" }],
};

/** The catalog: courses the actor may see, searched, filtered, sorted and paged (two queries). */
export async function listCourses(actor: MaybeActor, input: CourseListInput | Record<string, unknown>) {
  const query = parseInput(ZCourseListQuery, input);
  const where: CourseWhereInput = {
    AND: [
      visibleCoursesWhere(actor),
      query.q
        ? { OR: [{ title: { contains: query.q, mode: "insensitive" } }, { description: { contains: query.q, mode: "insensitive" } }] }
        : {},
      query.categoryId ? { categoryId: query.categoryId } : {},
      query.teacherId ? { teacherId: query.teacherId } : {},
      query.status ? { status: query.status } : {},
    ],
  };
  const [rows, total] = await db.$transaction([
    db.course.findMany({ where, orderBy: orderBy[query.sort], select: courseSummarySelect, ...pageWindow(query) }),
    db.course.count({ where }),
  ]);
  const { items, pagination } = paginate(rows.map(toCourseSummary), total, query);
  return { courses: items, pagination, query };
}
