import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enrollmentsCsv } from "@/lib/enrollments/enrollments-csv";
import { listAllEnrollments } from "@/lib/enrollments/list-all-enrollments";
import { makeCourse, makeEnrollment, makeUser, type TestUser, unique } from "../factories";
import { actorOf } from "../helpers/actors";

let admin: TestUser;
let ana: TestUser;
let budi: TestUser;
let courseA: { id: number; title: string };
let courseB: { id: number };
const ids = { anaA: 0, budiA: 0, anaB: 0 };

beforeAll(async () => {
  const teacher = await makeUser({ role: "TEACHER" });
  admin = await makeUser({ role: "ADMIN" });
  const tag = unique("enl");
  ana = await makeUser({ fullName: `Ana ${tag}`, email: `ana.${tag}@example.test` });
  budi = await makeUser({ fullName: `=Budi ${tag}`, email: `budi.${tag}@example.test` });
  [courseA, courseB] = await Promise.all([makeCourse({ teacherId: teacher.id, title: `Course, "A" ${tag}` }), makeCourse({ teacherId: teacher.id })]);
  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  ids.anaA = (await makeEnrollment({ studentId: ana.id, courseId: courseA.id, status: "IN_PROGRESS", progressPercentage: 40, enrolledAt: day(1) })).id;
  ids.budiA = (await makeEnrollment({ studentId: budi.id, courseId: courseA.id, status: "COMPLETED", progressPercentage: 100, enrolledAt: day(2) })).id;
  ids.anaB = (await makeEnrollment({ studentId: ana.id, courseId: courseB.id, status: "UNPAID", enrolledAt: day(3) })).id;
});

const list = async (input: Record<string, unknown>) => (await listAllEnrollments(actorOf(admin), input)).enrollments.map((e) => e.id);

describe("the admins' enrolments list", () => {
  it("filters by course, status, student id and name or email search, newest first", async () => {
    expect(await list({ courseId: courseA.id })).toEqual([ids.budiA, ids.anaA]);
    expect(await list({ courseId: courseA.id, status: "In Progress" })).toEqual([ids.anaA]);
    expect(await list({ studentId: ana.id })).toEqual([ids.anaB, ids.anaA]);
    expect(await list({ q: ana.email.toUpperCase() })).toEqual([ids.anaB, ids.anaA]);
    expect(await list({ q: budi.fullName.slice(1, 12), courseId: courseA.id })).toEqual([ids.budiA]);
    expect(await list({ courseId: courseA.id, sort: "oldest" })).toEqual([ids.anaA, ids.budiA]);
    expect(await list({ courseId: courseA.id, sort: "progress-asc" })).toEqual([ids.anaA, ids.budiA]);
  });

  it("shows who and which course with each row, and pages", async () => {
    const { enrollments, pagination } = await listAllEnrollments(actorOf(admin), { studentId: ana.id, limit: 1, page: 2 });
    expect(enrollments).toEqual([
      expect.objectContaining({ id: ids.anaA, status: "In Progress", progressPercentage: 40, student: { id: ana.id, fullName: ana.fullName, email: ana.email }, courseTitle: courseA.title }),
    ]);
    expect(pagination).toMatchObject({ totalRecords: 2, currentPage: 2, totalPages: 2, prevPage: 1, nextPage: null });
  });

  it("is for admins only, and refuses a bad filter with 400", async () => {
    const error = await listAllEnrollments(actorOf(ana), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(403);
    const bad = (await listAllEnrollments(actorOf(admin), { courseId: "x", sort: "sideways" }).catch((e: unknown) => e)) as AppError;
    expect(bad.status).toBe(400);
    expect(bad.fieldErrors.map((e) => e.field).sort()).toEqual(["courseId", "sort"]);
  });

  it("exports the same rows as CSV, quoted, formula-safe, in the reader's language", async () => {
    const now = new Date(Date.UTC(2026, 10, 24, 10));
    const { csv, fileName } = await enrollmentsCsv(actorOf(admin), { courseId: courseA.id }, "id", now);
    const budiRow = await db.enrollment.findUniqueOrThrow({ where: { id: ids.budiA } });
    expect(fileName).toBe("enrollments-2026-11-24.csv");
    expect(csv).toBe(
      "\uFEFF" +
        [
          "ID,Siswa,Email,Kursus,Status,Kemajuan (%),Terdaftar pada (UTC),Selesai pada (UTC),Dibatalkan pada (UTC)",
          `${ids.budiA},'${budi.fullName},${budi.email},"${courseA.title.replaceAll('"', '""')}",Selesai,100,2026-01-02T00:00:00.000Z,${budiRow.completedAt!.toISOString()},`,
          `${ids.anaA},${ana.fullName},${ana.email},"${courseA.title.replaceAll('"', '""')}",Sedang berjalan,40,2026-01-01T00:00:00.000Z,,`,
        ].join("\r\n") +
        "\r\n",
    );
  });
});
