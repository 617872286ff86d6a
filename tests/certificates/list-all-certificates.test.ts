import { beforeAll, describe, expect, it } from "vitest";
import { certificatesCsv } from "@/lib/certificates/certificates-csv";
import { createCertificateByEmail } from "@/lib/certificates/issue-by-email";
import { listAllCertificates } from "@/lib/certificates/list-all-certificates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeCertificate, makeCourse, makeEnrollment, makeUser, type TestUser, unique } from "../factories";
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
  const tag = unique("crt");
  [ana, budi] = await Promise.all([makeUser({ fullName: `Ana ${tag}` }), makeUser({ fullName: `Budi ${tag}` })]);
  [courseA, courseB] = await Promise.all([makeCourse({ teacherId: teacher.id, title: `Course A ${tag}` }), makeCourse({ teacherId: teacher.id })]);
  const completed = (studentId: number, courseId: number) => makeEnrollment({ studentId, courseId, status: "COMPLETED" });
  const anaA = await completed(ana.id, courseA.id);
  const budiA = await completed(budi.id, courseA.id);
  const anaB = await completed(ana.id, courseB.id);
  ids.anaA = (await makeCertificate(anaA)).id;
  ids.budiA = (await makeCertificate(budiA)).id;
  ids.anaB = (await makeCertificate(anaB)).id;
  await db.certificate.update({ where: { id: ids.budiA }, data: { revokedAt: new Date(Date.UTC(2026, 5, 1)) } });
});

const list = async (input: Record<string, unknown>) => (await listAllCertificates(actorOf(admin), input)).certificates.map((c) => c.id);

describe("the admins' certificates list", () => {
  it("filters by course, student, search and status, newest first", async () => {
    expect(await list({ courseId: courseA.id })).toEqual([ids.budiA, ids.anaA]);
    expect(await list({ courseId: courseA.id, status: "valid" })).toEqual([ids.anaA]);
    expect(await list({ courseId: courseA.id, status: "revoked" })).toEqual([ids.budiA]);
    expect(await list({ studentId: ana.id, sort: "oldest" })).toEqual([ids.anaA, ids.anaB]);
    expect(await list({ q: ana.email.toUpperCase() })).toEqual([ids.anaB, ids.anaA]);
    expect(await list({ q: budi.fullName })).toEqual([ids.budiA]);
  });

  it("is for admins only; a bad status is 400", async () => {
    expect(((await listAllCertificates(actorOf(ana), {}).catch((e: unknown) => e)) as AppError).status).toBe(403);
    const bad = (await listAllCertificates(actorOf(admin), { status: "lost" }).catch((e: unknown) => e)) as AppError;
    expect([bad.status, bad.fieldErrors.map((e) => e.field)]).toEqual([400, ["status"]]);
  });

  it("exports the same rows as CSV", async () => {
    const certificate = (id: number) => db.certificate.findUniqueOrThrow({ where: { id } });
    const [a, b] = await Promise.all([certificate(ids.anaA), certificate(ids.budiA)]);
    const { csv, fileName } = await certificatesCsv(actorOf(admin), { courseId: courseA.id }, "en", new Date(Date.UTC(2026, 10, 24)));
    const views = (await listAllCertificates(actorOf(admin), { courseId: courseA.id })).certificates;
    expect(fileName).toBe("certificates-2026-11-24.csv");
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFID,Code,Student,Email,Course,Status,Issued at (UTC),Revoked at (UTC),Verification address",
      `${b.id},${b.code},${budi.fullName},${budi.email},${courseA.title},Revoked,${b.issuedAt.toISOString()},2026-06-01T00:00:00.000Z,${views[0]?.verificationUrl}`,
      `${a.id},${a.code},${ana.fullName},${ana.email},${courseA.title},Valid,${a.issuedAt.toISOString()},,${views[1]?.verificationUrl}`,
      "",
    ]);
  });
});

describe("issuing a certificate by the student's email", () => {
  it("issues it for the student's completed enrolment in the course, and says which field is wrong otherwise", async () => {
    const [student, teacher] = await Promise.all([makeUser(), makeUser({ role: "TEACHER" })]);
    const course = await makeCourse({ teacherId: teacher.id });
    await makeEnrollment({ studentId: student.id, courseId: course.id, status: "COMPLETED" });
    const issued = await createCertificateByEmail(actorOf(admin), { studentEmail: ` ${student.email.toUpperCase()} `, courseId: String(course.id) }, { ip: "198.51.100.7" });
    expect(issued).toMatchObject({ userId: student.id, courseId: course.id, revokedAt: null });
    expect(await db.auditLog.findMany({ where: { entity: "Certificate", entityId: issued.id }, select: { actorId: true, action: true, ip: true } })).toEqual([
      { actorId: admin.id, action: "certificate.create", ip: "198.51.100.7" },
    ]);
    const missing = (await createCertificateByEmail(actorOf(admin), { studentEmail: "nobody@example.test", courseId: course.id }).catch((e: unknown) => e)) as AppError;
    expect([missing.status, missing.fieldErrors.map((e) => e.field)]).toEqual([404, ["studentEmail"]]);
    const again = (await createCertificateByEmail(actorOf(admin), { studentEmail: student.email, courseId: course.id }).catch((e: unknown) => e)) as AppError;
    expect([again.status, again.text]).toEqual([409, { key: "certificateExists" }]);
    expect(((await createCertificateByEmail(actorOf(student), { studentEmail: student.email, courseId: course.id }).catch((e: unknown) => e)) as AppError).status).toBe(403);
  });
});
