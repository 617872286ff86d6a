// The admin's round of issue 10, in one go: the overview's figures and charts, finding a user
// and changing their role, marking an invoice paid, and finding that payment in the audit
// log — in English at desktop width and in Indonesian on a phone, labels from the catalogs.
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import en from "../messages/en.json" with { type: "json" };
import id from "../messages/id.json" with { type: "json" };
import { makeEnrollment, makeInvoice, unique } from "../tests/factories";
import { expect, test } from "./support/fixtures";

const RUNS = [
  { locale: "en", text: en, viewport: { width: 1280, height: 900 } },
  { locale: "id", text: id, viewport: { width: 390, height: 844 } },
] as const;

test.use({ role: "ADMIN" });

// Clicks before the scripts have loaded would be lost.
const hydrated = (page: Page) => page.waitForLoadState("networkidle");
const fill = (message: string, values: Record<string, string | number>) => message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
/** An ICU plural message worded for one, e.g. "{count, plural, one {# entry} other {# entries}}" → "1 entry". */
const one = (message: string) => message.replace(/\{count, plural, (?:one \{# ([^}]*)\} )?other \{# ([^}]*)\}\}/, (_, single?: string, other?: string) => `1 ${single ?? other}`);

for (const { locale, text, viewport } of RUNS) {
  test(`in ${locale} at ${viewport.width}px: figures and charts, a user's new role, an invoice marked paid and found in the audit log`, async ({ signedInPage: page, user: admin, make }) => {
    test.slow();
    await page.setViewportSize(viewport);
    await page.context().addCookies([{ name: "lms-locale", value: locale, domain: "127.0.0.1", path: "/" }]);
    const teacher = await make.user({ role: "TEACHER" });
    const student = await make.user({ fullName: unique("Sari Wulandari") });
    const course = await make.course({ teacherId: teacher.id, title: unique("Paid Python"), priceIDR: 300_000 });
    const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "UNPAID" });
    const invoice = await makeInvoice({ enrollmentId: enrollment.id, amountIDR: 300_000 });
    const nav = page.getByRole("navigation", { name: text.AdminNav.label });
    const toasts = page.getByRole("status", { name: text.UI.notifications });

    // The overview: its tiles and each chart with its figures (a table for screen readers).
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.AdminOverview.title);
    await expect(page.getByText(text.AdminOverview.revenueTile)).toBeVisible();
    for (const chart of [text.AdminOverview.signupsTitle, text.AdminOverview.enrolmentsTitle, text.AdminOverview.completionsTitle, text.AdminOverview.revenueTitle]) {
      await expect(page.getByRole("table", { name: chart }).getByRole("row")).toHaveCount(13);
    }
    await expect(page.getByRole("heading", { name: text.AdminOverview.byRoleTitle })).toBeVisible();
    await expect(page.getByRole("heading", { name: text.AdminOverview.topCoursesTitle })).toBeVisible();

    // Find the student and make them a teacher.
    await hydrated(page);
    await nav.getByRole("link", { name: text.AdminNav.users }).click();
    const filters = page.getByRole("search", { name: text.AdminUsers.filterLabel });
    await filters.getByLabel(text.AdminUsers.searchLabel).fill(student.fullName);
    await filters.getByRole("button", { name: text.UI.applyFilters }).click();
    await page.getByRole("table", { name: one(text.AdminUsers.caption) }).getByRole("link", { name: student.fullName }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(student.fullName);
    const role = page.getByLabel(text.AdminUsersForms.role, { exact: true });
    const save = page.getByRole("button", { name: text.AdminUsersForms.save, exact: true });
    // A choice made before the form's script has loaded does not count: choose until Save wakes up.
    await expect(async () => {
      await role.selectOption("Admin");
      await role.selectOption("Teacher");
      await expect(save).toBeEnabled({ timeout: 1000 });
    }).toPass();
    await save.click();
    await expect(toasts).toContainText(fill(text.AdminUsersForms.saved, { name: student.fullName }));
    await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: student.id } })).role).toBe("TEACHER");

    // Mark the invoice paid.
    await page.goto(`/admin/invoices?courseId=${course.id}`);
    await hydrated(page);
    await page.getByRole("row").filter({ hasText: student.fullName }).getByRole("button", { name: text.AdminInvoices.markPaid }).click();
    await page.getByRole("dialog", { name: fill(text.AdminInvoices.markPaidTitle, { id: invoice.id }) }).getByRole("button", { name: text.AdminInvoices.markPaidConfirm }).click();
    await expect(page.getByText(fill(text.AdminInvoices.markedPaid, { id: invoice.id }))).toBeVisible();
    await expect.poll(async () => (await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("PAID");

    // The audit log has both, each worded for a person.
    await hydrated(page);
    await nav.getByRole("link", { name: text.AdminNav.audit }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.AdminAudit.title);
    const audit = page.getByRole("search", { name: text.AdminAudit.filterLabel });
    await audit.getByLabel(text.AdminAudit.actorLabel).fill(admin.email);
    await audit.getByLabel(text.AdminAudit.action).selectOption("invoice.markPaid");
    await audit.getByRole("button", { name: text.UI.applyFilters }).click();
    await expect(page).toHaveURL(/action=invoice\.markPaid/);
    await expect(page.getByRole("table", { name: one(text.AdminAudit.caption) })).toContainText(
      fill(text.AuditActions.invoice.markPaid, { actor: admin.fullName, id: invoice.id, userId: student.id }),
    );
    await page.goto(`/admin/audit?actorId=${admin.id}&action=user.role_change`);
    await expect(page.getByRole("table", { name: one(text.AdminAudit.caption) })).toContainText(`#${student.id}`);
    await page.screenshot({ path: test.info().outputPath(`admin-journey-${locale}-audit.png`), fullPage: true });
  });
}
