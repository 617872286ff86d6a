// The enrollments API over real HTTP (seed 001): bodies and messages exactly as the contract
// shows them, the invoice of a paid enrolment, 403 for teachers, 409 for a second enrol,
// leaving, and the admin's PATCH and DELETE.
import { unique } from "../../tests/factories";
import { expect, test } from "../support/fixtures";

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const anyDate = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

test.describe("/api/v1/users/{userId}/enrollments", () => {
  test("enrols in a paid course with an invoice, then lists, reads, leaves", async ({ request, make, apiTokenFor }) => {
    const teacher = await make.user({ role: "TEACHER" });
    const student = await make.user({ role: "STUDENT" });
    const course = await make.course({ teacherId: teacher.id, priceIDR: 150_000, title: unique("Paid course") });
    const token = await apiTokenFor(student);

    const created = await request.post(`/api/v1/users/${student.id}/enrollments`, { headers: auth(token), data: { programId: course.id } });
    expect(created.status()).toBe(201);
    const body = await created.json();
    expect(body).toEqual({
      success: true,
      statusCode: 201,
      message: "Successfully enrolled to a program. Please complete the payment to access the contents.",
      data: {
        enrollment: { id: expect.any(Number), userId: student.id, programId: course.id, courseId: course.id, progressPercentage: 0, status: "Unpaid", enrolledAt: anyDate, completedAt: null, cancelledAt: null },
        invoice: expect.objectContaining({
          id: expect.any(Number),
          virtualAccountNumber: expect.stringMatching(/^\d{13,16}$/),
          amountIDR: 150_000,
          paymentDueDatetime: expect.stringMatching(/T16:59:59\.999Z$/),
          status: "Pending",
        }),
      },
      errors: null,
    });
    const { enrollment } = body.data;

    const again = await request.post(`/api/v1/users/${student.id}/enrollments`, { headers: auth(token), data: { courseId: course.id } });
    expect(again.status()).toBe(409);
    expect((await again.json()).message).toBe("You are already enrolled in this course.");

    const list = await request.get(`/api/v1/users/${student.id}/enrollments?status=unpaid`, { headers: auth(token) });
    expect(await list.json()).toEqual({
      success: true,
      statusCode: 200,
      message: "Successfully retrieved all program enrollments.",
      data: { enrollments: [enrollment] },
      pagination: { currentRecords: 1, totalRecords: 1, currentPage: 1, totalPages: 1, nextPage: null, prevPage: null },
      errors: null,
    });
    const one = await request.get(`/api/v1/users/${student.id}/enrollments/${enrollment.id}`, { headers: auth(token) });
    expect(await one.json()).toEqual({ success: true, statusCode: 200, message: "Successfully retrieved program enrollment details.", data: { enrollment }, errors: null });

    const left = await request.post(`/api/v1/users/${student.id}/enrollments/${enrollment.id}/leave`, { headers: auth(token) });
    expect(left.status()).toBe(200);
    expect(await left.json()).toMatchObject({ message: "Successfully left the program.", data: { enrollment: { status: "Cancelled", cancelledAt: anyDate } } });
    const invoices = await (await request.get(`/api/v1/users/${student.id}/invoices`, { headers: auth(token) })).json();
    expect(invoices).toMatchObject({ message: "Successfully retrieved all invoices.", data: { invoices: [{ id: body.data.invoice.id, status: "Cancelled", courseTitle: course.title }] } });
  });

  test("opens a free course at once; teachers are told to preview", async ({ request, make, apiTokenFor }) => {
    const teacher = await make.user({ role: "TEACHER" });
    const student = await make.user({ role: "STUDENT" });
    const course = await make.course({ teacherId: teacher.id, outline: [{ title: "M", contents: [{ title: "L", type: "LESSON" }] }] });
    const created = await request.post(`/api/v1/users/${student.id}/enrollments`, { headers: auth(await apiTokenFor(student)), data: { programId: course.id } });
    expect(created.status()).toBe(201);
    const body = await created.json();
    expect(body.message).toBe("Successfully enrolled to a program. You can access the contents now.");
    expect(body.data).toEqual({ enrollment: expect.objectContaining({ status: "In Progress", progressPercentage: 0 }) });

    const refused = await request.post(`/api/v1/users/${teacher.id}/enrollments`, { headers: auth(await apiTokenFor(teacher)), data: { programId: course.id } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).message).toBe("Only students can enrol. Teachers and admins can preview a course instead.");
  });

  test("admins complete (with a certificate) and delete an enrolment, with the contract's messages", async ({ request, make, apiTokenFor }) => {
    const teacher = await make.user({ role: "TEACHER" });
    const student = await make.user({ role: "STUDENT" });
    const admin = await make.user({ role: "ADMIN" });
    const course = await make.course({ teacherId: teacher.id });
    const created = await (await request.post(`/api/v1/users/${student.id}/enrollments`, { headers: auth(await apiTokenFor(student)), data: { programId: course.id } })).json();
    const path = `/api/v1/users/${student.id}/enrollments/${created.data.enrollment.id}`;
    const adminToken = await apiTokenFor(admin);

    const patched = await request.patch(path, { headers: auth(adminToken), data: { status: "Completed" } });
    expect(patched.status()).toBe(200);
    expect(await patched.json()).toEqual({
      success: true,
      statusCode: 200,
      message: "Successfully updated program enrollment details.",
      data: { enrollment: expect.objectContaining({ id: created.data.enrollment.id, programId: course.id, status: "Completed", completedAt: anyDate, certificateId: expect.any(Number) }) },
      errors: null,
    });
    const deleted = await request.delete(path, { headers: auth(adminToken) });
    expect(await deleted.json()).toEqual({ success: true, statusCode: 200, message: "Successfully deleted a program enrollment.", data: null, errors: null });
    expect((await request.get(path, { headers: auth(adminToken) })).status()).toBe(404);
  });
});
