// The certificate page, its PDF and public verification; the student's dashboard before the
// first enrolment and with a course in every state; the certificates list. State comes from
// the factories, so the browser only does what each test is about.
import type { Page } from "@playwright/test";
import { readFile, writeFile } from "node:fs/promises";
import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { db } from "@/lib/db";
import { makeEnrollment, makeInvoice, unique } from "../tests/factories";
import { expect, type Make, test } from "./support/fixtures";

const DAY = 24 * 60 * 60 * 1000;
const PHONE = { width: 390, height: 844 };
const inIndonesian = (page: Page) => page.context().addCookies([{ name: "lms-locale", value: "id", domain: "127.0.0.1", path: "/" }]);
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

/** A student (with a name beyond ASCII) who completed a course and holds its certificate. */
async function certified(make: Make) {
  const teacher = await make.user({ role: "TEACHER", fullName: "Dewi Lestari" });
  const student = await make.user({ fullName: "Ñoño Ðặng Sürücü" });
  const course = await make.course({ teacherId: teacher.id, title: unique("Analisis Data") });
  const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "COMPLETED", progressPercentage: 100 });
  const certificate = await db.$transaction((tx) => issueCertificate(tx, enrollment));
  return { teacher, student, course, certificate };
}

test.describe("the certificate page", () => {
  // The unknown code's 404 document answers "Failed to load resource" in the console.
  test.use({ allowedConsoleErrors: [/the server responded with a status of 404/] });

  test("shows the certificate with its QR code, downloads as a PDF, prints on one A4 landscape sheet", async ({ page, make, request }) => {
    const { student, course, certificate } = await certified(make);
    await page.goto(`/certificates/${certificate.code}`);
    await expect(page).toHaveTitle(`Certificate of ${student.fullName} · Lumen`);
    await expect(page.getByTestId("certificate-status")).toContainText("Valid");
    await expect(page.getByTestId("certificate-status")).toContainText("This certificate was issued by Lumen and is valid.");
    await expect(page.getByRole("heading", { level: 1, name: "Certificate of completion" })).toBeVisible();
    await expect(page.getByTestId("certificate-student")).toHaveText("Ñoño Ðặng Sürücü");
    await expect(page.getByTestId("certificate-course")).toHaveText(course.title);
    await expect(page.getByText("Dewi Lestari")).toBeVisible();
    await expect(page.getByText(certificate.code, { exact: true })).toBeVisible();
    const qr = page.getByRole("img", { name: "QR code of this certificate's verification address" });
    await expect(qr.locator("svg")).toBeVisible();
    await shot(page, "certificate-en-desktop");

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download PDF" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`certificate-${certificate.code}.pdf`);
    expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe("%PDF-");
    const pdf = await request.get(`/certificates/${certificate.code}/pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["content-disposition"]).toBe(`attachment; filename="certificate-${certificate.code}.pdf"`);

    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 1123, height: 794 });
    await expect(page.getByRole("link", { name: "Download PDF" })).toBeHidden();
    await expect(page.locator("body > header")).toBeHidden();
    await shot(page, "certificate-en-print");
    const sheet = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeFile(test.info().outputPath("certificate-en-print.pdf"), sheet);
    const printed = sheet.toString("latin1");
    expect(printed.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(printed).toMatch(/\/MediaBox \[0 0 841\.9\d* 59[45]\.\d+\]/);
  });

  test("an anonymous visitor sees Valid, and Revoked once an admin revokes it; an unknown code is a 404 page", async ({ page, make, request, apiTokenFor }) => {
    const { student, certificate } = await certified(make);
    await page.goto(`/certificates/${certificate.code}`);
    await expect(page.getByTestId("certificate-status")).toContainText("Valid");
    const admin = await apiTokenFor(await make.user({ role: "ADMIN" }));
    const revoked = await request.patch(`/api/v1/users/${student.id}/certificates/${certificate.id}`, {
      headers: { authorization: `Bearer ${admin}` },
      data: { revoked: true },
    });
    expect(revoked.status()).toBe(200);
    await page.reload();
    const status = page.getByTestId("certificate-status");
    await expect(status).toContainText("Revoked");
    await expect(status).toContainText(/This certificate was revoked on .+ and is no longer valid\./);
    await expect(status).not.toContainText("Valid");
    await shot(page, "certificate-en-revoked");

    const missing = await page.goto("/certificates/AAAAA-BBBBB-CCCCC-DDDDD-EEEEEE");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No certificate has this code");
  });

  test("in Indonesian at phone width", async ({ page, make }) => {
    const { certificate } = await certified(make);
    await inIndonesian(page);
    await page.setViewportSize(PHONE);
    await page.goto(`/certificates/${certificate.code}`);
    await expect(page.getByTestId("certificate-status")).toContainText("Sah");
    await expect(page.getByRole("heading", { level: 1, name: "Sertifikat penyelesaian" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Unduh PDF" })).toBeVisible();
    await shot(page, "certificate-id-phone");
  });
});

test.describe("the student's dashboard", () => {
  test("a brand-new student gets a first-run welcome with popular courses, not a welcome back", async ({ make, signIn, page }) => {
    const teacher = await make.user({ role: "TEACHER" });
    await make.course({ teacherId: teacher.id, title: unique("Suggested course") });
    const student = await make.user({ fullName: "Rina Kusuma" });
    await signIn(student);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to Lumen, Rina");
    await expect(page.getByText("Welcome back")).toHaveCount(0);
    const suggested = page.getByTestId("dashboard-suggested");
    await expect(suggested.getByRole("heading", { level: 2, name: "Popular courses" })).toBeVisible();
    await expect(suggested.getByTestId("course-card").first()).toBeVisible();
    await expect(suggested.getByRole("link", { name: "Browse all courses" })).toHaveAttribute("href", "/courses");
    await shot(page, "dashboard-en-first-run");
  });

  /** One course in each state the dashboard shows, for a student signed in on page. */
  async function studentWithCourses(make: Make) {
    const teacher = await make.user({ role: "TEACHER" });
    const student = await make.user({ fullName: "Bayu Pratama" });
    const lessons = [{ title: "Basics", contents: [{ title: "Welcome", type: "LESSON" as const }, { title: "Next", type: "LESSON" as const }] }];
    const [studying, finished, unpaid, upcoming] = await Promise.all([
      make.course({ teacherId: teacher.id, title: unique("Studying"), outline: lessons }),
      make.course({ teacherId: teacher.id, title: unique("Finished") }),
      make.course({ teacherId: teacher.id, title: unique("Unpaid"), priceIDR: 250_000 }),
      make.course({ teacherId: teacher.id, title: unique("Upcoming"), releaseDate: new Date(Date.now() + 20 * DAY) }),
    ]);
    const content = await db.content.findFirstOrThrow({ where: { module: { courseId: studying.id } }, orderBy: { position: "desc" } });
    const inProgress = await makeEnrollment({ studentId: student.id, courseId: studying.id, progressPercentage: 50 });
    await db.enrollment.update({ where: { id: inProgress.id }, data: { lastContentId: content.id, lastActivityAt: new Date() } });
    const completed = await makeEnrollment({ studentId: student.id, courseId: finished.id, status: "COMPLETED", progressPercentage: 100 });
    const certificate = await db.$transaction((tx) => issueCertificate(tx, completed));
    const awaiting = await makeEnrollment({ studentId: student.id, courseId: unpaid.id, status: "UNPAID" });
    const invoice = await makeInvoice({ enrollmentId: awaiting.id, amountIDR: 250_000 });
    await makeEnrollment({ studentId: student.id, courseId: upcoming.id });
    return { student, studying, finished, unpaid, upcoming, content, certificate, invoice };
  }

  test("a student with courses sees each in its section, with Continue, View certificate and Pay now", async ({ make, signIn, page }) => {
    const { student, studying, finished, unpaid, upcoming, content, certificate, invoice } = await studentWithCourses(make);
    await signIn(student);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome back, Bayu");

    const inProgress = page.getByTestId("dashboard-in-progress");
    await expect(inProgress.getByRole("heading", { level: 2 })).toHaveText("In progress");
    await expect(inProgress.getByRole("heading", { level: 3 })).toHaveText(studying.title);
    await expect(inProgress.getByRole("progressbar", { name: `Progress in ${studying.title}` })).toHaveAttribute("aria-valuenow", "50");
    await expect(inProgress.getByRole("link", { name: `Continue · ${studying.title}` })).toHaveAttribute("href", `/learn/${studying.slug}/${content.id}`);

    const completed = page.getByTestId("dashboard-completed");
    await expect(completed.getByRole("heading", { level: 2 })).toHaveText("Completed");
    await expect(completed.getByRole("heading", { level: 3 })).toHaveText(finished.title);
    await expect(completed.getByRole("link", { name: `View certificate · ${finished.title}` })).toHaveAttribute("href", `/certificates/${certificate.code}`);

    const awaiting = page.getByTestId("dashboard-unpaid");
    await expect(awaiting.getByRole("heading", { level: 2 })).toHaveText("Awaiting payment");
    await expect(awaiting.getByRole("heading", { level: 3 })).toHaveText(unpaid.title);
    await expect(awaiting).toContainText("IDR 250,000, due");
    await expect(awaiting.getByRole("link", { name: `Pay now · ${unpaid.title}` })).toHaveAttribute("href", `/dashboard/invoices/${invoice.id}`);

    const opening = page.getByTestId("dashboard-upcoming");
    await expect(opening.getByRole("heading", { level: 2 })).toHaveText("Upcoming releases");
    await expect(opening.getByRole("heading", { level: 3 })).toHaveText(upcoming.title);
    await expect(opening).toContainText("Opens on");

    await expect(page.getByRole("main").getByRole("link", { name: "Invoices" })).toHaveAttribute("href", "/dashboard/invoices");
    await expect(page.getByRole("main").getByRole("link", { name: "Certificates" })).toHaveAttribute("href", "/dashboard/certificates");
    await expect(page.getByRole("banner").getByRole("link", { name: "My learning" })).toHaveAttribute("aria-current", "page");
    await shot(page, "dashboard-en-desktop");
  });

  test("in Indonesian at phone width", async ({ make, signIn, page }) => {
    const { student, studying } = await studentWithCourses(make);
    await signIn(student);
    await inIndonesian(page);
    await page.setViewportSize(PHONE);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Selamat datang kembali, Bayu");
    await expect(page.getByTestId("dashboard-in-progress").getByRole("heading", { level: 2 })).toHaveText("Sedang berjalan");
    await expect(page.getByRole("link", { name: `Lanjutkan · ${studying.title}` })).toBeVisible();
    await expect(page.getByTestId("dashboard-unpaid")).toContainText("Rp 250.000, jatuh tempo");
    await expect(page.getByRole("link", { name: /^Bayar sekarang/ })).toBeVisible();
    await expect(page.getByTestId("dashboard-upcoming")).toContainText("Dibuka pada");
    await shot(page, "dashboard-id-phone");

    const newcomer = await make.user({ fullName: "Intan Permata" });
    await signIn(newcomer);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Selamat datang di Lumen, Intan");
    await expect(page.getByRole("heading", { level: 2, name: "Kursus populer" })).toBeVisible();
    await shot(page, "dashboard-id-phone-first-run");
  });
});

test("the certificates list shows each certificate with its page and PDF", async ({ make, signIn, page }) => {
  const { student, course, certificate } = await certified(make);
  await signIn(student);
  await page.goto("/dashboard/certificates");
  await expect(page).toHaveTitle("My certificates · Lumen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My certificates");
  const card = page.getByTestId("certificate-card");
  await expect(card.getByRole("heading", { level: 2 })).toHaveText(course.title);
  await expect(card.getByRole("link", { name: `View certificate · ${course.title}` })).toHaveAttribute("href", `/certificates/${certificate.code}`);
  await expect(card.getByRole("link", { name: `Download PDF · ${course.title}` })).toHaveAttribute("href", `/certificates/${certificate.code}/pdf`);
  await expect(page.getByRole("banner").getByRole("link", { name: "Certificates" })).toHaveAttribute("aria-current", "page");
  await shot(page, "certificates-en-desktop");
  // The header's student links still fit beside the account menu at the smallest desktop
  // width; below it (a tablet) they are in the menu.
  for (const width of [1024, 768]) {
    await page.setViewportSize({ width, height: 600 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
  }
  await shot(page, "certificates-en-tablet");

  const newcomer = await make.user();
  await signIn(newcomer);
  await page.goto("/dashboard/certificates");
  await expect(page.getByRole("heading", { level: 2, name: "No certificates yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to my learning" })).toHaveAttribute("href", "/dashboard");
});
