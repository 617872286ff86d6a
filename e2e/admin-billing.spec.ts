// The admin console's enrolments, invoices and certificates: an admin filters invoices by
// course and status, marks one paid and cancels another, completes the paid enrolment (its
// certificate is issued), revokes that certificate and issues one by hand. Then the three
// pages at phone width in Indonesian. Screenshots in test-results/…/admin-*.png.
import type { Locator, Page } from "@playwright/test";
import { db } from "@/lib/db";
import { makeEnrollment, makeInvoice, unique } from "../tests/factories";
import { expect, type Make, test } from "./support/fixtures";

test.use({ role: "ADMIN" });

/** Two students with an unpaid enrolment and a pending invoice each in one paid course, and a third whose enrolment is completed without a certificate. */
async function world(make: Make) {
  const teacher = await make.user({ role: "TEACHER" });
  const course = await make.course({ teacherId: teacher.id, title: unique("Billing Basics"), priceIDR: 250_000, status: "PUBLISHED" });
  const [ayu, bima, citra] = await Promise.all([make.user({ fullName: unique("Ayu Lestari") }), make.user({ fullName: unique("Bima Putra") }), make.user({ fullName: unique("Citra Dewi") })]);
  const ayuEnrollment = await makeEnrollment({ studentId: ayu.id, courseId: course.id, status: "UNPAID" });
  const bimaEnrollment = await makeEnrollment({ studentId: bima.id, courseId: course.id, status: "UNPAID" });
  const ayuInvoice = await makeInvoice({ enrollmentId: ayuEnrollment.id, amountIDR: 250_000 });
  const bimaInvoice = await makeInvoice({ enrollmentId: bimaEnrollment.id, amountIDR: 250_000 });
  await makeEnrollment({ studentId: citra.id, courseId: course.id, status: "COMPLETED", progressPercentage: 100 });
  return { course, ayu, bima, citra, ayuEnrollment, ayuInvoice, bimaInvoice };
}

/** Clicks a row's action and confirms it in its dialog (whose confirm button says the same). */
async function confirmIn(page: Page, row: Locator, button: string) {
  await row.getByRole("button", { name: button }).click();
  await page.getByRole("dialog").getByRole("button", { name: button }).click();
}

test("an admin settles invoices, completes an enrolment and manages certificates", async ({ signedInPage: page, user: admin, make }) => {
  test.slow();
  const w = await world(make);

  // Invoices: filtered by course and status, one marked paid, the other cancelled.
  await page.goto("/admin/invoices");
  await page.getByLabel("Course").selectOption({ label: w.course.title });
  await page.getByLabel("Status").selectOption("Pending");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`courseId=${w.course.id}`));
  await expect(page.getByRole("table").getByRole("button", { name: "Mark as paid" })).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath("admin-invoices-en-desktop.png"), fullPage: true });
  await confirmIn(page, page.getByRole("row").filter({ hasText: w.ayu.fullName }), "Mark as paid");
  await expect(page.getByText(`Invoice #${w.ayuInvoice.id} is paid.`)).toBeVisible();
  await confirmIn(page, page.getByRole("row").filter({ hasText: w.bima.fullName }), "Cancel invoice");
  await expect(page.getByText(`Invoice #${w.bimaInvoice.id} is cancelled.`)).toBeVisible();
  await expect(page.getByRole("table").getByRole("button")).toHaveCount(0);
  expect(await db.invoice.findUniqueOrThrow({ where: { id: w.bimaInvoice.id }, select: { status: true } })).toEqual({ status: "CANCELLED" });
  expect(await db.auditLog.findFirst({ where: { action: "invoice.cancel", entityId: w.bimaInvoice.id }, select: { actorId: true } })).toEqual({ actorId: admin.id });
  // The CSV holds the rows of the filter shown: the course's invoices, every status.
  await page.goto(`/admin/invoices?courseId=${w.course.id}`);
  const csv = await page.request.get((await page.getByRole("link", { name: "Download CSV" }).getAttribute("href"))!);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const lines = (await csv.text()).split("\r\n");
  expect(lines).toHaveLength(4);
  expect(lines[1]).toMatch(new RegExp(`^${w.bimaInvoice.id},${w.bima.fullName},.*,Cancelled,`));
  expect(lines[2]).toMatch(new RegExp(`^${w.ayuInvoice.id},${w.ayu.fullName},.*,Paid,`));

  // Enrolments: Ayu's (now In Progress) is marked completed, which issues her certificate.
  await page.goto(`/admin/enrollments?courseId=${w.course.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Enrolments" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("admin-enrollments-en-desktop.png"), fullPage: true });
  const ayuRow = page.getByRole("row").filter({ hasText: w.ayu.fullName });
  await expect(ayuRow).toContainText("In progress");
  await confirmIn(page, ayuRow, "Mark completed");
  await expect(page.getByText(`${w.ayu.fullName} has completed ${w.course.title}.`)).toBeVisible();
  await expect(ayuRow).toContainText("Completed");
  const certificate = await db.certificate.findUniqueOrThrow({ where: { enrollmentId: w.ayuEnrollment.id } });

  // Certificates: Ayu's revoked; Citra's issued by hand.
  await page.goto(`/admin/certificates?courseId=${w.course.id}`);
  const certificateRow = page.getByRole("row").filter({ hasText: w.ayu.fullName });
  await expect(certificateRow.getByRole("link", { name: `Verify certificate ${certificate.code}` })).toHaveAttribute("href", `/certificates/${certificate.code}`);
  await confirmIn(page, certificateRow, "Revoke");
  await expect(page.getByText(`The certificate ${certificate.code} is revoked.`)).toBeVisible();
  await expect(certificateRow).toContainText("Revoked");
  await page.getByLabel("Student email").fill(w.citra.email);
  await page.locator("#issue-certificate-course").selectOption({ label: w.course.title });
  await page.getByRole("button", { name: "Issue certificate" }).click();
  await expect(page.getByRole("row").filter({ hasText: w.citra.fullName })).toContainText("Valid");
  await page.screenshot({ path: test.info().outputPath("admin-certificates-en-desktop.png"), fullPage: true });
  expect(await db.auditLog.count({ where: { actorId: admin.id, action: { in: ["invoice.markPaid", "invoice.cancel", "enrollment.update", "certificate.revoke", "certificate.create"] } } })).toBe(5);
});

test("the three pages read in Indonesian at phone width", async ({ signedInPage: page, make }) => {
  const w = await world(make);
  await page.context().addCookies([{ name: "lms-locale", value: "id", domain: "127.0.0.1", path: "/" }]);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [path, heading, shot] of [
    [`/admin/invoices?courseId=${w.course.id}`, "Tagihan", "invoices"],
    [`/admin/enrollments?courseId=${w.course.id}`, "Pendaftaran", "enrollments"],
    ["/admin/certificates", "Sertifikat", "certificates"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`admin-${shot}-id-phone.png`), fullPage: true });
  }
  await page.goto(`/admin/enrollments?courseId=${w.course.id}`);
  await confirmIn(page, page.getByRole("row").filter({ hasText: w.citra.fullName }), "Hapus");
  await expect(page.getByText("Pendaftaran telah dihapus.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: w.citra.fullName })).toHaveCount(0);
});

test("the API lists the same rows as JSON or CSV, and cancels an invoice", async ({ request, apiToken, make }) => {
  const w = await world(make);
  const headers = { Authorization: `Bearer ${apiToken}` };
  const listed = await request.get(`/api/v1/invoices?courseId=${w.course.id}&status=Pending`, { headers });
  expect(listed.status()).toBe(200);
  const body = await listed.json();
  expect(body.message).toBe("Successfully retrieved all invoices.");
  expect(body.data.invoices.map((i: { id: number }) => i.id)).toEqual([w.bimaInvoice.id, w.ayuInvoice.id]);
  const cancelled = await request.post(`/api/v1/users/${w.bima.id}/invoices/${w.bimaInvoice.id}/cancel`, { headers });
  expect([cancelled.status(), (await cancelled.json()).data.invoice.status]).toEqual([200, "Cancelled"]);
  expect((await request.post(`/api/v1/users/${w.bima.id}/invoices/${w.bimaInvoice.id}/cancel`, { headers })).status()).toBe(409);
  const csv = await request.get(`/api/v1/enrollments?courseId=${w.course.id}&status=Completed`, { headers: { ...headers, Accept: "text/csv" } });
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="enrollments-\d{4}-\d{2}-\d{2}\.csv"$/);
  const lines = (await csv.text()).split("\r\n");
  expect([lines.length, lines[1]?.startsWith(`${(await db.enrollment.findFirstOrThrow({ where: { studentId: w.citra.id } })).id},${w.citra.fullName},`)]).toEqual([3, true]);
  const certificates = await request.get(`/api/v1/certificates?courseId=${w.course.id}&format=csv`, { headers });
  expect(await certificates.text()).toBe("\uFEFFID,Code,Student,Email,Course,Status,Issued at (UTC),Revoked at (UTC),Verification address\r\n");
});
