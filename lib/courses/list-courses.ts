import type { MaybeActor } from "@/lib/auth/actor";
import { publicTags } from "@/lib/cache/public-data";
import { readCache } from "@/lib/cache/read-cache";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { CourseOrderByWithRelationInput, CourseWhereInput } from "@/lib/generated/prisma/models";
import { pageWindow, paginate } from "@/lib/shared/pagination";
import { publishedCoursesWhere, visibleCoursesWhere } from "./policy";
import { type CourseListInput, type CourseListQuery, type CourseSort, ZCourseListQuery } from "./schemas";
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

type Input = CourseListInput | Record<string, unknown>;

/**
 * The catalog: courses the actor may see, searched, filtered, sorted and paged (two
 * queries). Visitors get the published catalog from the read cache; signed-in users'
 * lists may hold their own drafts and are never cached.
 */
export async function listCourses(actor: MaybeActor, input: Input) {
  if (!actor) return listPublishedCourses(input);
  return queryCourses(visibleCoursesWhere(actor), parseInput(ZCourseListQuery, input));
}

/** The public catalog, whoever asks: only published courses, from the read cache. */
export async function listPublishedCourses(input: Input) {
  const query = parseInput(ZCourseListQuery, input);
  return readCache().remember(catalogKey(query), [publicTags.catalog], () => queryCourses(publishedCoursesWhere, query));
}

// Built from the parsed query, so "?page=1" and "" share an entry; q goes last because it
// is the only free text.
const catalogKey = (query: CourseListQuery) =>
  `catalog:${query.sort}:${query.page}:${query.limit}:${query.categoryId ?? ""}:${query.teacherId ?? ""}:${query.status ?? ""}:${query.q ?? ""}`;

async function queryCourses(scope: CourseWhereInput, query: CourseListQuery) {
  const where: CourseWhereInput = {
    AND: [
      scope,
      query.q
        ? { OR: [{ title: { contains: query.q, mode: "insensitive" } }, { description: { contains: query.q, mode: "insensitive" } }] }
        : {},
      query.categoryId ? { categoryId: query.categoryId } : {},
      query.teacherId ? { teacherId: query.teacherId } : {},
      query.status ? { status: query.status } : {},
    ],
  };
  // Two independent reads on two pooled connections: a transaction would only serialise
  // them and add BEGIN/COMMIT round trips (a page and its count may differ by a row that
  // changes in between, as in any paged list).
  const [rows, total] = await Promise.all([
    db.course.findMany({ where, orderBy: orderBy[query.sort], select: courseSummarySelect, relationLoadStrategy: "join", ...pageWindow(query) }),
    db.course.count({ where }),
  ]);
  const { items, pagination } = paginate(rows.map(toCourseSummary), total, query);
  return { courses: items, pagination, query };
}
