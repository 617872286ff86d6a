// The benchmark's baseline: GET /api/v1/programs?page=&limit= with node:http and pg alone,
// sending the same two SQL statements Prisma sends for the anonymous catalog (captured with
// LOG_LEVEL=trace) and answering the same envelope. Everything else is a 404.
// Usage: DATABASE_URL=... PORT=... tsx scripts/bench/raw-server.ts
import http from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const LIST_SQL = `SELECT "t0"."id", "t0"."title", "t0"."slug", "t0"."description", "t0"."priceIDR", "t0"."status"::text, "t0"."releaseDate", "t0"."coverImageUrl", "t0"."createdAt", "t0"."updatedAt", "t0"."categoryId", "Course_category"."__prisma_data__" AS "category", "t0"."teacherId", "Course_teacher"."__prisma_data__" AS "teacher", JSONB_BUILD_OBJECT('modules', COALESCE("t3"."_aggr_count_modules", 0), 'enrollments', COALESCE("t5"."_aggr_count_enrollments", 0)) AS "_count" FROM "public"."Course" AS "t0" LEFT JOIN LATERAL (SELECT JSONB_BUILD_OBJECT('id', "t1"."id", 'name', "t1"."name", 'slug', "t1"."slug") AS "__prisma_data__" FROM "public"."Category" AS "t1" WHERE "t0"."categoryId" = "t1"."id" LIMIT $1) AS "Course_category" ON true LEFT JOIN LATERAL (SELECT JSONB_BUILD_OBJECT('id', "t2"."id", 'fullName', "t2"."fullName", 'username', "t2"."username", 'avatarUrl', "t2"."avatarUrl") AS "__prisma_data__" FROM "public"."User" AS "t2" WHERE "t0"."teacherId" = "t2"."id" LIMIT $2) AS "Course_teacher" ON true LEFT JOIN LATERAL (SELECT COUNT(*) AS "_aggr_count_modules" FROM "public"."Module" AS "t4" WHERE "t0"."id" = "t4"."courseId") AS "t3" ON true LEFT JOIN LATERAL (SELECT COUNT(*) AS "_aggr_count_enrollments" FROM "public"."Enrollment" AS "t6" WHERE ("t0"."id" = "t6"."courseId" AND "t6"."live" = $3)) AS "t5" ON true WHERE "t0"."status" = CAST($4::text AS "public"."CourseStatus") ORDER BY "t0"."createdAt" DESC, "t0"."id" DESC LIMIT $5 OFFSET $6`;
const COUNT_SQL = `SELECT COUNT(*) AS "_count$_all" FROM (SELECT "public"."Course"."id" FROM "public"."Course" WHERE "public"."Course"."status" = CAST($1::text AS "public"."CourseStatus") OFFSET $2) AS "sub"`;

type Row = {
  id: number;
  title: string;
  slug: string;
  description: string;
  priceIDR: number;
  status: string;
  releaseDate: Date | null;
  coverImageUrl: string | null;
  createdAt: Date;
  updatedAt: Date;
  category: unknown;
  teacher: unknown;
  _count: { modules: number; enrollments: number };
};

// The same fields, in the same order, as lib/courses/views.ts toCourseSummary.
const summary = (row: Row) => ({
  id: row.id,
  title: row.title,
  slug: row.slug,
  description: row.description,
  priceIDR: row.priceIDR,
  isFree: row.priceIDR === 0,
  status: "Published",
  releaseDate: row.releaseDate?.toISOString() ?? null,
  coverImageUrl: row.coverImageUrl,
  category: row.category,
  teacher: row.teacher,
  modulesCount: row._count.modules,
  studentsCount: row._count.enrollments,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

function send(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function listPrograms(url: URL, res: http.ServerResponse) {
  const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
  const limit = Math.min(100, Math.max(1, Number(url.searchParams.get("limit") ?? 10) || 10));
  const [list, count] = await Promise.all([
    pool.query<Row>(LIST_SQL, [1, 1, true, "PUBLISHED", limit, (page - 1) * limit]),
    pool.query<{ _count$_all: string }>(COUNT_SQL, ["PUBLISHED", 0]),
  ]);
  const total = Number(count.rows[0]?._count$_all ?? 0);
  const totalPages = Math.ceil(total / limit);
  send(res, 200, {
    success: true,
    statusCode: 200,
    message: "Successfully retrieved all programs.",
    data: { programs: list.rows.map(summary) },
    pagination: {
      currentRecords: list.rows.length,
      totalRecords: total,
      currentPage: page,
      totalPages,
      nextPage: page < totalPages ? page + 1 : null,
      prevPage: page > 1 ? Math.min(page - 1, Math.max(totalPages, 1)) : null,
    },
    errors: null,
  });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://raw");
  if (req.method === "GET" && url.pathname === "/api/v1/programs") {
    listPrograms(url, res).catch((error: Error) => send(res, 500, { success: false, statusCode: 500, message: error.message, data: null, errors: [{ message: error.message }] }));
    return;
  }
  if (url.pathname === "/api/health") return send(res, 200, { status: "ok" });
  send(res, 404, { success: false, statusCode: 404, message: "No such API endpoint.", data: null, errors: [{ message: "No such API endpoint." }] });
});

server.listen(Number(process.env.PORT ?? 3202), "127.0.0.1");
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => pool.end().then(() => process.exit(0))));
