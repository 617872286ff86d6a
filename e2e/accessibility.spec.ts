// axe at phone width on the main public pages (the fixtures scan every visited page; these
// visits add the 390 px layout), and the scan itself: it finds violations, says where, and
// lets a test allow one it must live with.
import { expect, test } from "./support/fixtures";

const PROBE = "/a11y-probe";
const brokenPage = (head: string) => `<!doctype html><html ${head}><body><main><img src="/og-image.png"></main></body></html>`;

test.describe("at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the public pages have no accessibility violations", async ({ page, make }) => {
    const teacher = await make.user({ role: "TEACHER" });
    const course = await make.course({ teacherId: teacher.id, description: "## What you will learn\n\nTypes.\n\n### Week one\n\nBasics." });
    for (const path of ["/", "/courses", `/courses/${course.slug}`, "/login", "/register"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    }
  });
});

test.describe("the scan", () => {
  test("reports each violation with its rule, impact, targets and help", async ({ page, accessibility }) => {
    await page.context().route(`**${PROBE}`, (route) => route.fulfill({ contentType: "text/html", body: brokenPage('lang="en"><head><title>Probe</title></head') }));
    await page.goto(PROBE);
    const violations = await accessibility.finish();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^\/a11y-probe: \[critical\] image-alt — .+\n {4}on: img\n {4}see: https:\/\/dequeuniversity\.com\/rules\/axe\/4\.10\/image-alt/);
  });

  test("finds a skipped heading level", async ({ page, accessibility }) => {
    const skipping = '<!doctype html><html lang="en"><head><title>Probe</title></head><body><main><h1>Course</h1><h2>About</h2><h4>Goals</h4></main></body></html>';
    await page.context().route(`**${PROBE}`, (route) => route.fulfill({ contentType: "text/html", body: skipping }));
    await page.goto(PROBE);
    const violations = await accessibility.finish();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^\/a11y-probe: \[moderate\] heading-order — .+\n {4}on: h4\n/);
  });

  test("finds a catalog key shown instead of its message, in text and in labels", async ({ page, accessibility }) => {
    const untranslated =
      '<!doctype html><html lang="en"><head><title>Probe</title></head><body><main><h1>Courses</h1><p>Course.aboutTitle</p><button aria-label="Header.menu">≡</button><p>See lib.i18n or e.g. this.</p></main></body></html>';
    await page.context().route(`**${PROBE}`, (route) => route.fulfill({ contentType: "text/html", body: untranslated }));
    await page.goto(PROBE);
    expect(await accessibility.finish()).toEqual([
      '/a11y-probe: raw message key "Course.aboutTitle" shown instead of its text',
      '/a11y-probe: raw message key "Header.menu" shown instead of its text',
    ]);
  });

  test("fails the test it finds a violation in", async ({ page }) => {
    test.fail();
    await page.context().route(`**${PROBE}`, (route) => route.fulfill({ contentType: "text/html", body: brokenPage("") }));
    await page.goto(PROBE);
  });

  test.describe("with an allowed violation", () => {
    // The probe's missing alt text is the point of this test.
    test.use({ allowedAxeViolations: { "image-alt": /^\/a11y-probe$/ } });

    test("passes, and still reports the others", async ({ page, accessibility }) => {
      await page.context().route(`**${PROBE}`, (route) => route.fulfill({ contentType: "text/html", body: brokenPage("") }));
      await page.goto(PROBE);
      const rules = (await accessibility.finish()).map((violation) => /\] (\S+) —/.exec(violation)?.[1]);
      expect(rules.sort()).toEqual(["document-title", "html-has-lang"]);
    });
  });
});
