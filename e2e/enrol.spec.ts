// A student enrols in a paid course from its page, lands on the invoice (virtual account,
// amount, countdown, bank instructions), pays through the demo's signed callback, and the
// course opens. Screenshots of the invoice at desktop and phone width, in English and
// Indonesian, in test-results/…/invoice-*.png.
import { db } from "@/lib/db";
import { makeEnrollment, makeInvoice, unique } from "../tests/factories";
import { expect, test } from "./support/fixtures";

test("a student enrols in a paid course, pays by the simulated callback, and continues learning", async ({ signedInPage: page, user, make }) => {
  test.slow();
  const teacher = await make.user({ role: "TEACHER" });
  const title = unique("Data Analysis with Python");
  const course = await make.course({ teacherId: teacher.id, title, priceIDR: 399_000, outline: [{ title: "Start", contents: [{ title: "Welcome", type: "LESSON", body: "Hi." }] }] });

  await page.goto(`/courses/${course.slug}`);
  await page.getByRole("button", { name: "Enrol", exact: true }).click();
  await page.waitForURL(/\/dashboard\/invoices\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: `Invoice for ${title}` })).toBeVisible();
  const invoice = await db.invoice.findFirstOrThrow({ where: { enrollment: { studentId: user.id, courseId: course.id } } });
  await expect(page.getByText(invoice.virtualAccountNumber, { exact: true })).toBeVisible();
  await expect(page.getByText("IDR 399,000").first()).toBeVisible();
  await expect(page.getByRole("timer")).toHaveText(/^\d+d \d+h \d+m \d+s$/);
  await expect(page.getByRole("heading", { name: /^How to pay with / })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("invoice-en-desktop.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("invoice-en-phone.png"), fullPage: true });
  await page.context().addCookies([{ name: "lms-locale", value: "id", domain: "127.0.0.1", path: "/" }]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: `Tagihan untuk ${title}` })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("invoice-id-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath("invoice-id-desktop.png"), fullPage: true });
  await page.context().clearCookies({ name: "lms-locale" });
  await page.reload();

  await page.getByRole("button", { name: "Simulate payment" }).click();
  await expect(page.getByText("Paid", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start learning" })).toHaveAttribute("href", `/learn/${course.slug}`);
  expect((await db.enrollment.findFirstOrThrow({ where: { studentId: user.id, courseId: course.id } })).status).toBe("IN_PROGRESS");

  await page.goto(`/courses/${course.slug}`);
  await expect(page.getByRole("link", { name: "Continue learning" })).toHaveAttribute("href", `/learn/${course.slug}`);
  await expect(page.getByRole("button", { name: "Leave course" })).toBeVisible();
});

test("an expired invoice offers a new one, and the course page asks to complete the payment", async ({ signedInPage: page, user, make }) => {
  const teacher = await make.user({ role: "TEACHER" });
  const course = await make.course({ teacherId: teacher.id, priceIDR: 150_000 });
  const enrollment = await makeEnrollment({ studentId: user.id, courseId: course.id, status: "UNPAID" });
  const expired = await makeInvoice({ enrollmentId: enrollment.id, paymentDueAt: new Date(Date.now() - 60_000) });

  await page.goto(`/dashboard/invoices/${expired.id}`);
  await expect(page.getByText("Expired", { exact: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("invoice-expired.png"), fullPage: true });
  await page.getByRole("button", { name: "Request a new invoice" }).click();
  await page.waitForURL((url) => url.pathname !== `/dashboard/invoices/${expired.id}` && url.pathname.startsWith("/dashboard/invoices/"));
  await expect(page.getByText("Pending", { exact: true })).toBeVisible();
  const fresh = Number(page.url().split("/").pop());

  await page.goto(`/courses/${course.slug}`);
  await expect(page.getByRole("link", { name: "Complete your payment" })).toHaveAttribute("href", `/dashboard/invoices/${fresh}`);
  await page.screenshot({ path: test.info().outputPath("course-unpaid.png"), fullPage: true });
  await page.getByRole("button", { name: "Leave course" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Leave course" }).click();
  await expect(page.getByRole("button", { name: "Enrol", exact: true })).toBeVisible();
  await page.goto("/dashboard/invoices");
  await expect(page.getByRole("link", { name: course.title })).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath("invoices-list.png"), fullPage: true });
});

test.describe("the admins' invoices", () => {
  test.use({ role: "ADMIN" });

  test("marks a pending invoice paid after confirming", async ({ signedInPage: page, make }) => {
    const teacher = await make.user({ role: "TEACHER" });
    const student = await make.user({ role: "STUDENT", fullName: unique("Siti Rahma") });
    const course = await make.course({ teacherId: teacher.id, priceIDR: 250_000 });
    const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "UNPAID" });
    const invoice = await makeInvoice({ enrollmentId: enrollment.id, amountIDR: 250_000 });

    await page.goto(`/admin/invoices?status=Pending&q=${invoice.virtualAccountNumber}`);
    await expect(page.getByRole("heading", { level: 1, name: "Invoices" })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("admin-invoices-desktop.png"), fullPage: true });
    await page.getByRole("button", { name: "Mark as paid" }).click();
    await expect(page.getByRole("dialog")).toContainText(`Mark invoice #${invoice.id} as paid?`);
    await page.getByRole("dialog").getByRole("button", { name: "Mark as paid" }).click();
    await expect(page.getByText(`Invoice #${invoice.id} is paid.`)).toBeVisible();
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).status).toBe("IN_PROGRESS");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/admin/invoices");
    await page.screenshot({ path: test.info().outputPath("admin-invoices-phone.png"), fullPage: true });
  });
});
