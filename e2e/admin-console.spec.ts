// The admin console in a real browser: the overview's figures and charts, the sections'
// navigation, the course list's status and teacher changes, and the audit log finding what
// was done over the API, in English at desktop width and in Indonesian on a phone, with
// screenshots (test-results/…/admin-console-*.png, to look at).
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { unique } from "../tests/factories";
import { tokens } from "./api/matrix/types";
import { expect, test } from "./support/fixtures";

test.use({ role: "ADMIN" });

// Clicks before the scripts have loaded would be lost.
const hydrated = (page: Page) => page.waitForLoadState("networkidle");
const inIndonesian = (page: Page) => page.context().addCookies([{ name: "lms-locale", value: "id", domain: "127.0.0.1", path: "/" }]);
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`admin-console-${name}.png`), fullPage: true });

test("in English at desktop width: the overview's figures, the sections, and an API change found in the audit log", async ({ signedInPage: page, user, make, request }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const [from, to] = [await make.user({ role: "TEACHER" }), await make.user({ role: "TEACHER" })];
  const course = await make.course({ teacherId: from.id, title: unique("Reassigned") });
  const { accessToken } = await tokens(request, user.email);
  const reassigned = await request.patch(`/api/v1/courses/${course.id}`, { data: { teacherId: to.id }, headers: { Authorization: `Bearer ${accessToken}` } });
  expect(reassigned.status()).toBe(200);

  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
  const nav = page.getByRole("navigation", { name: "Administration sections" });
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Revenue this month")).toBeVisible();
  await expect(page.getByText(/^IDR\s[\d,]+$/).first()).toBeVisible();
  // Each chart carries its figures as a table for screen readers: twelve weeks, twelve months.
  for (const chart of ["Sign-ups per week", "Enrolments per week", "Course completions per week", "Revenue per month"]) {
    await expect(page.getByRole("table", { name: chart }).getByRole("row")).toHaveCount(13);
  }
  await expect(page.getByRole("heading", { name: "Users by role" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Top courses" })).toBeVisible();
  await shot(page, "en-desktop-overview");

  await hydrated(page);
  await nav.getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(nav.getByRole("link", { name: "Audit log" })).toHaveAttribute("aria-current", "page");
  const filters = page.getByRole("search", { name: "Filter the audit log" });
  await filters.getByLabel("Who").fill(user.email);
  await filters.getByLabel("Action").selectOption("course.reassign");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=course\.reassign/);
  const table = page.getByRole("table", { name: "Audit log, 1 entry" });
  await expect(table).toContainText(`${user.fullName} gave course #${course.id} to user #${to.id} (was user #${from.id})`);
  await shot(page, "en-desktop-audit");

  // The same entry over the API.
  const listed = await request.get(`/api/v1/audit-logs?actorId=${user.id}&action=course.reassign`, { headers: { Authorization: `Bearer ${accessToken}` } });
  expect(listed.status()).toBe(200);
  const body = await listed.json();
  expect(body.data.auditLogs).toEqual([expect.objectContaining({ action: "course.reassign", entity: "Course", entityId: course.id, data: { from: from.id, to: to.id } })]);
  expect(body.pagination).toMatchObject({ totalRecords: 1 });

  await nav.getByRole("link", { name: "Courses" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Courses");
  await shot(page, "en-desktop-courses");
});

test("in Indonesian on a phone: changing a course's teacher and status, refusals as toasts, and the change in the audit log", async ({ signedInPage: page, user, make }) => {
  await inIndonesian(page);
  await page.setViewportSize({ width: 390, height: 844 });
  const [from, to] = [await make.user({ role: "TEACHER", fullName: unique("Guru Lama") }), await make.user({ role: "TEACHER", fullName: unique("Guru Baru") })];
  const course = await make.course({ teacherId: from.id, title: unique("Kursus Kosong"), status: "DRAFT" });

  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ringkasan");
  await expect(page.getByText("Pendapatan bulan ini")).toBeVisible();
  await shot(page, "id-phone-overview");

  await page.goto(`/admin/courses?q=${encodeURIComponent(course.title)}`);
  await expect(page.getByRole("navigation", { name: "Bagian administrasi" }).getByRole("link", { name: "Kursus" })).toHaveAttribute("aria-current", "page");
  await hydrated(page);
  const toasts = page.getByRole("status", { name: "Notifikasi" });
  // A course without content cannot be published: the rule's 409 comes back as a toast.
  await page.getByLabel(`Status ${course.title}`).selectOption("Published");
  await page.getByRole("button", { name: `Simpan perubahan pada ${course.title}` }).click();
  await expect(toasts).toContainText("sebelum menerbitkan kursus ini");
  await expect(page.getByLabel(`Status ${course.title}`)).toHaveValue("Draft");

  await page.getByLabel(`Pengajar ${course.title}`).selectOption(String(to.id));
  await page.getByRole("button", { name: `Simpan perubahan pada ${course.title}` }).click();
  await expect(toasts).toContainText(`“${course.title}” telah disimpan.`);
  await expect.poll(async () => (await db.course.findUniqueOrThrow({ where: { id: course.id } })).teacherId).toBe(to.id);
  await expect(page.getByRole("button", { name: `Simpan perubahan pada ${course.title}` })).toBeEnabled();
  await shot(page, "id-phone-courses");

  await page.goto(`/admin/audit?actorId=${user.id}&entity=Course`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log audit");
  await expect(page.getByRole("table", { name: "Log audit, 1 entri" })).toContainText(`${user.fullName} menyerahkan kursus #${course.id} kepada pengguna #${to.id} (sebelumnya pengguna #${from.id})`);
  await shot(page, "id-phone-audit");
});
