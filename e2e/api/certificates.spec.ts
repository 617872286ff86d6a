// The certificates API over real HTTP: the contract's envelope and messages for the
// student's reads and the admin's writes, another student's 404, and public verification
// that follows a revocation at once.
import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { db } from "@/lib/db";
import { makeEnrollment } from "../../tests/factories";
import { expect, type Make, test } from "../support/fixtures";

const auth = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });

/** A student with a completed course and its certificate, made directly in the database. */
async function certifiedStudent(make: Make) {
  const teacher = await make.user({ role: "TEACHER", fullName: "Dewi Lestari" });
  const student = await make.user({ fullName: "Ahmad Fauzi" });
  const course = await make.course({ teacherId: teacher.id, title: "Data Analysis with SQL" });
  const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "COMPLETED", progressPercentage: 100 });
  const certificate = await db.$transaction((tx) => issueCertificate(tx, enrollment));
  return { teacher, student, course, enrollment, certificate };
}

test("a student lists and reads their own certificates; another student is told they do not exist", async ({ request, make, apiTokenFor, baseURL }) => {
  const { student, course, enrollment, certificate } = await certifiedStudent(make);
  const token = await apiTokenFor(student);
  const view = {
    id: certificate.id,
    code: certificate.code,
    userId: student.id,
    courseId: course.id,
    programId: course.id,
    enrollmentId: enrollment.id,
    issuedAt: certificate.issuedAt.toISOString(),
    revokedAt: null,
    verificationUrl: `${baseURL}/certificates/${certificate.code}`,
    courseTitle: "Data Analysis with SQL",
    courseSlug: course.slug,
    studentName: "Ahmad Fauzi",
    teacherName: "Dewi Lestari",
  };
  const list = await request.get(`/api/v1/users/${student.id}/certificates`, { headers: auth(token) });
  expect(await list.json()).toEqual({
    success: true,
    statusCode: 200,
    message: "Successfully retrieved all certificates.",
    data: { certificates: [view] },
    pagination: { currentRecords: 1, totalRecords: 1, currentPage: 1, totalPages: 1, nextPage: null, prevPage: null },
    errors: null,
  });
  const one = await request.get(`/api/v1/users/${student.id}/certificates/${certificate.id}`, { headers: auth(token) });
  expect(await one.json()).toEqual({ success: true, statusCode: 200, message: "Successfully retrieved certificate details.", data: { certificate: view }, errors: null });

  const other = await apiTokenFor(await make.user());
  const probe = await request.get(`/api/v1/users/${student.id}/certificates/${certificate.id}`, { headers: auth(other) });
  expect(probe.status()).toBe(404);
  expect((await request.get(`/api/v1/users/${student.id}/certificates`, { headers: auth(other) })).status()).toBe(404);
});

test("anyone verifies a code; after an admin revokes it, it verifies as revoked; a deleted or unknown code is 404", async ({ request, make, apiTokenFor }) => {
  const { student, certificate } = await certifiedStudent(make);
  const verify = () => request.get(`/api/v1/certificates/${certificate.code}`);
  const valid = await verify();
  expect(valid.status()).toBe(200);
  expect(valid.headers()["cache-control"] ?? "").not.toContain("public");
  expect(await valid.json()).toMatchObject({
    success: true,
    statusCode: 200,
    message: "Successfully verified a certificate. It is valid.",
    data: { certificate: { code: certificate.code, status: "Valid", valid: true, studentName: "Ahmad Fauzi", courseTitle: "Data Analysis with SQL", teacherName: "Dewi Lestari", revokedAt: null } },
  });

  const admin = await apiTokenFor(await make.user({ role: "ADMIN" }));
  const path = `/api/v1/users/${student.id}/certificates/${certificate.id}`;
  const revoke = await request.patch(path, { headers: auth(admin), data: { revoked: true } });
  expect(await revoke.json()).toMatchObject({ statusCode: 200, message: "Successfully updated certificate details.", data: { certificate: { id: certificate.id, revokedAt: expect.any(String) } } });
  expect(await (await verify()).json()).toMatchObject({
    statusCode: 200,
    message: "This certificate has been revoked and is no longer valid.",
    data: { certificate: { status: "Revoked", valid: false, revokedAt: expect.any(String) } },
  });
  const inIndonesian = await request.get(`/api/v1/certificates/${certificate.code}`, { headers: { "accept-language": "id" } });
  expect((await inIndonesian.json()).message).toBe("Sertifikat ini telah dicabut dan tidak berlaku lagi.");

  const removed = await request.delete(path, { headers: auth(admin) });
  expect(await removed.json()).toEqual({ success: true, statusCode: 200, message: "Successfully deleted a certificate.", data: null, errors: null });
  const gone = await verify();
  expect(gone.status()).toBe(404);
  expect(await gone.json()).toMatchObject({ success: false, statusCode: 404, message: "Certificate not found.", data: null });
  expect((await request.get("/api/v1/certificates/NOPE-NOT-A-CODE")).status()).toBe(404);
});

test("an admin issues a certificate for a completed enrolment once: 201, then 409; not for an unfinished one", async ({ request, make, apiTokenFor }) => {
  const teacher = await make.user({ role: "TEACHER" });
  const student = await make.user();
  const [done, ongoing] = await Promise.all([make.course({ teacherId: teacher.id }), make.course({ teacherId: teacher.id })]);
  const completed = await makeEnrollment({ studentId: student.id, courseId: done.id, status: "COMPLETED" });
  await makeEnrollment({ studentId: student.id, courseId: ongoing.id });
  const admin = await apiTokenFor(await make.user({ role: "ADMIN" }));
  const post = (data: unknown) => request.post(`/api/v1/users/${student.id}/certificates`, { headers: auth(admin), data });

  const created = await post({ programId: done.id });
  expect(created.status()).toBe(201);
  expect(await created.json()).toMatchObject({
    success: true,
    statusCode: 201,
    message: "Successfully created a certificate.",
    data: { certificate: { userId: student.id, courseId: done.id, programId: done.id, enrollmentId: completed.id, revokedAt: null } },
  });
  const again = await post({ enrollmentId: completed.id });
  expect(again.status()).toBe(409);
  expect((await again.json()).message).toBe("This enrollment already has a certificate.");
  const unfinished = await post({ courseId: ongoing.id });
  expect(unfinished.status()).toBe(409);
  expect((await unfinished.json()).message).toBe("A certificate can only be issued for a completed enrollment.");
  const nothing = await post({});
  expect(nothing.status()).toBe(400);
  expect((await nothing.json()).errors).toEqual([{ field: "enrollmentId", message: "Name the enrollment (enrollmentId) or its course (courseId or programId)." }]);
});
