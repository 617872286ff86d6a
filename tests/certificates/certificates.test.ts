import { beforeAll, describe, expect, it } from "vitest";
import { certificatePdf } from "@/lib/certificates/certificate-pdf";
import { createCertificate } from "@/lib/certificates/create-certificate";
import { deleteCertificate } from "@/lib/certificates/delete-certificate";
import { getCertificate } from "@/lib/certificates/get-certificate";
import { certificateCode, issueCertificate } from "@/lib/certificates/issue-certificate";
import { listCertificates } from "@/lib/certificates/list-certificates";
import { updateCertificate } from "@/lib/certificates/update-certificate";
import { findCertificateByCode, verifyCertificate } from "@/lib/certificates/verify-certificate";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { makeCourse, makeEnrollment, makeUser, type TestUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

let teacher: TestUser;
let admin: TestUser;

beforeAll(async () => {
  [teacher, admin] = await Promise.all([makeUser({ role: "TEACHER", fullName: "Budi Santoso" }), makeUser({ role: "ADMIN" })]);
});

/** A student who completed a course and holds its certificate (issued as completion issues it). */
async function certified(opts: { fullName?: string; courseTitle?: string } = {}) {
  const student = await makeUser({ fullName: opts.fullName });
  const course = await makeCourse({ teacherId: teacher.id, title: opts.courseTitle });
  const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "COMPLETED", progressPercentage: 100 });
  const certificate = await db.$transaction((tx) => issueCertificate(tx, enrollment));
  return { student, course, enrollment, certificate };
}

const auditOf = (certificateId: number) => db.auditLog.findMany({ where: { entity: "Certificate", entityId: certificateId }, orderBy: { id: "asc" } });

describe("certificate codes", () => {
  it("are 130 random bits in a 32-letter alphabet without look-alikes, grouped for reading, and never repeat", () => {
    const codes = Array.from({ length: 2000 }, certificateCode);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{5}(-[A-HJ-NP-Z2-9]{5}){3}-[A-HJ-NP-Z2-9]{6}$/);
    expect(new Set(codes).size).toBe(codes.length);
    // Every letter of the alphabet turns up: the code is not drawn from a narrower set.
    expect(new Set(codes.join("").replaceAll("-", "")).size).toBe(32);
  });

  it("are unique in the database: a second certificate with the same code is refused", async () => {
    const { certificate } = await certified();
    const other = await certified();
    await db.certificate.delete({ where: { id: other.certificate.id } });
    await expect(
      db.certificate.create({ data: { code: certificate.code, userId: other.student.id, courseId: other.course.id, enrollmentId: other.enrollment.id } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});

describe("public verification", () => {
  it("reports a valid certificate with the student, course, teacher and its verification address", async () => {
    const { course, certificate } = await certified({ fullName: "Siti Nurhaliza Ñuñez", courseTitle: "Dasar-dasar SQL" });
    expect(await verifyCertificate(certificate.code)).toEqual({
      code: certificate.code,
      status: "Valid",
      valid: true,
      studentName: "Siti Nurhaliza Ñuñez",
      courseTitle: "Dasar-dasar SQL",
      courseSlug: course.slug,
      teacherName: "Budi Santoso",
      issuedAt: certificate.issuedAt.toISOString(),
      revokedAt: null,
      verificationUrl: `${env().APP_URL}/certificates/${certificate.code}`,
    });
  });

  it("never verifies a revoked certificate", async () => {
    const { student, certificate } = await certified();
    await updateCertificate(actorOf(admin), student.id, certificate.id, { revoked: true });
    const verdict = await verifyCertificate(certificate.code);
    expect(verdict).toMatchObject({ status: "Revoked", valid: false });
    expect(verdict.revokedAt).not.toBeNull();
  });

  it("finds nothing for an unknown, malformed or deleted code", async () => {
    const { student, certificate } = await certified();
    expect(await findCertificateByCode(certificateCode())).toBeNull();
    expect(await findCertificateByCode("../../etc/passwd")).toBeNull();
    expect(await findCertificateByCode("x".repeat(65))).toBeNull();
    await deleteCertificate(actorOf(admin), student.id, certificate.id);
    expect((await fail(verifyCertificate(certificate.code)))?.status).toBe(404);
  });
});

describe("reading certificates", () => {
  it("lists a student's own certificates, newest first, paginated", async () => {
    const { student, certificate: first } = await certified();
    const course = await makeCourse({ teacherId: teacher.id });
    const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "COMPLETED" });
    const second = await db.$transaction((tx) => issueCertificate(tx, enrollment, new Date(first.issuedAt.getTime() + 60_000)));
    const page1 = await listCertificates(actorOf(student), student.id, { limit: 1 });
    expect(page1.certificates.map((c) => c.id)).toEqual([second.id]);
    expect(page1.pagination).toEqual({ currentRecords: 1, totalRecords: 2, currentPage: 1, totalPages: 2, nextPage: 2, prevPage: null });
    const oldest = await listCertificates(actorOf(student), student.id, { sort: "oldest" });
    expect(oldest.certificates.map((c) => c.id)).toEqual([first.id, second.id]);
    expect(oldest.certificates[0]).toMatchObject({
      code: first.code,
      userId: student.id,
      courseId: first.courseId,
      programId: first.courseId,
      enrollmentId: first.enrollmentId,
      revokedAt: null,
      verificationUrl: `${env().APP_URL}/certificates/${first.code}`,
      teacherName: "Budi Santoso",
    });
  });

  it("shows another student's certificates to nobody but admins: 404 for the list and the certificate", async () => {
    const { student, certificate } = await certified();
    const other = await makeUser();
    expect((await fail(listCertificates(actorOf(other), student.id)))?.status).toBe(404);
    expect((await fail(getCertificate(actorOf(other), student.id, certificate.id)))?.status).toBe(404);
    expect((await fail(getCertificate(actorOf(teacher), student.id, certificate.id)))?.status).toBe(404);
    // The student's own id in the path with someone else's certificate id finds nothing either.
    const theirs = await certified();
    expect((await fail(getCertificate(actorOf(student), student.id, theirs.certificate.id)))?.status).toBe(404);
    expect((await getCertificate(actorOf(admin), student.id, certificate.id)).code).toBe(certificate.code);
    expect((await listCertificates(actorOf(admin), student.id)).certificates).toHaveLength(1);
    expect((await fail(listCertificates(actorOf(admin), 2_000_000_000)))?.status).toBe(404);
  });
});

describe("admins issuing a certificate", () => {
  it("issues one for a completed enrolment named by id or by course, audited", async () => {
    const student = await makeUser();
    const [courseA, courseB] = await Promise.all([makeCourse({ teacherId: teacher.id }), makeCourse({ teacherId: teacher.id })]);
    const a = await makeEnrollment({ studentId: student.id, courseId: courseA.id, status: "COMPLETED" });
    const b = await makeEnrollment({ studentId: student.id, courseId: courseB.id, status: "COMPLETED" });
    const byId = await createCertificate(actorOf(admin), student.id, { enrollmentId: a.id });
    const byCourse = await createCertificate(actorOf(admin), student.id, { programId: courseB.id });
    expect([byId.enrollmentId, byCourse.enrollmentId]).toEqual([a.id, b.id]);
    expect(byId.code).toMatch(/^[A-HJ-NP-Z2-9]{5}(-[A-HJ-NP-Z2-9]{5}){3}-[A-HJ-NP-Z2-9]{6}$/);
    expect(await auditOf(byId.id)).toMatchObject([{ actorId: admin.id, action: "certificate.create", data: { userId: student.id, enrollmentId: a.id, courseId: courseA.id } }]);
  });

  it("refuses with 409 when the enrolment already has one, or is not completed", async () => {
    const { student, enrollment } = await certified();
    const existing = await fail(createCertificate(actorOf(admin), student.id, { enrollmentId: enrollment.id }));
    expect(existing).toMatchObject({ status: 409, message: "This enrollment already has a certificate." });
    const course = await makeCourse({ teacherId: teacher.id });
    const inProgress = await makeEnrollment({ studentId: student.id, courseId: course.id });
    const notCompleted = await fail(createCertificate(actorOf(admin), student.id, { enrollmentId: inProgress.id }));
    expect(notCompleted).toMatchObject({ status: 409, message: "A certificate can only be issued for a completed enrollment." });
    expect(await db.certificate.count({ where: { enrollmentId: { in: [enrollment.id, inProgress.id] } } })).toBe(1);
  });

  it("issues exactly one when two admins try at once", async () => {
    const student = await makeUser();
    const course = await makeCourse({ teacherId: teacher.id });
    const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "COMPLETED" });
    const outcomes = await Promise.allSettled([0, 1, 2].map(() => createCertificate(actorOf(admin), student.id, { enrollmentId: enrollment.id })));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "rejected").map((o) => (o as PromiseRejectedResult).reason.status)).toEqual([409, 409]);
    expect(await db.certificate.count({ where: { enrollmentId: enrollment.id } })).toBe(1);
  });

  it("answers 404 for another user's enrolment, 400 without a target, 403 for non-admins", async () => {
    const { enrollment } = await certified();
    const stranger = await makeUser();
    expect((await fail(createCertificate(actorOf(admin), stranger.id, { enrollmentId: enrollment.id })))?.status).toBe(404);
    const missing = await fail(createCertificate(actorOf(admin), stranger.id, {}));
    expect(missing).toMatchObject({ status: 400, fieldErrors: [{ field: "enrollmentId" }] });
    expect((await fail(createCertificate(actorOf(teacher), stranger.id, { enrollmentId: enrollment.id })))?.status).toBe(403);
  });
});

describe("admins revoking, reinstating and deleting", () => {
  it("revokes once (keeping the first date), reinstates, and audits each change", async () => {
    const { student, certificate } = await certified();
    const at = new Date("2026-05-01T10:00:00Z");
    const revoked = await updateCertificate(actorOf(admin), student.id, certificate.id, { revoked: true }, { now: at });
    expect(revoked.revokedAt).toBe(at.toISOString());
    const again = await updateCertificate(actorOf(admin), student.id, certificate.id, { revoked: true }, { now: new Date("2026-06-01T00:00:00Z") });
    expect(again.revokedAt).toBe(at.toISOString());
    const reinstated = await updateCertificate(actorOf(admin), student.id, certificate.id, { revoked: false });
    expect(reinstated.revokedAt).toBeNull();
    expect((await verifyCertificate(certificate.code)).status).toBe("Valid");
    expect((await auditOf(certificate.id)).map((entry) => entry.action)).toEqual(["certificate.revoke", "certificate.reinstate"]);
  });

  it("refuses students (403) and finds nothing under another user's id (404)", async () => {
    const { student, certificate } = await certified();
    expect((await fail(updateCertificate(actorOf(student), student.id, certificate.id, { revoked: true })))?.status).toBe(403);
    expect((await fail(deleteCertificate(actorOf(student), student.id, certificate.id)))?.status).toBe(403);
    expect((await fail(updateCertificate(actorOf(admin), admin.id, certificate.id, { revoked: true })))?.status).toBe(404);
    expect((await fail(updateCertificate(actorOf(admin), student.id, certificate.id, {})))?.status).toBe(400);
  });

  it("deletes with an audit entry that keeps the code", async () => {
    const { student, certificate } = await certified();
    await deleteCertificate(actorOf(admin), student.id, certificate.id);
    expect(await db.certificate.count({ where: { id: certificate.id } })).toBe(0);
    expect(await auditOf(certificate.id)).toMatchObject([{ action: "certificate.delete", data: { code: certificate.code, userId: student.id } }]);
  });
});

describe("the PDF", () => {
  it("is an A4 landscape PDF that embeds a Unicode font for any name", async () => {
    const { certificate } = await certified({ fullName: "Đặng Thị Ngọc Ánh", courseTitle: "Дизайн" });
    const pdf = await certificatePdf({ certificate: await verifyCertificate(certificate.code), locale: "en", issuedOn: "1 May 2026", revokedOn: null });
    const text = pdf.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    expect(text).toContain("DejaVuSans");
  });
});
