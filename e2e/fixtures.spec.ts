// The fixtures themselves: factory-made users sign in, get tokens, and leave nothing behind,
// and a browser error the test did not declare fails it.
import { db } from "@/lib/db";
import { expect, test } from "./support/fixtures";

test.describe.serial("made rows", () => {
  test.use({ role: "TEACHER" });
  let made: { userId: number; courseId: number; categoryId: number } | undefined;

  test("a teacher made for the test signs in and gets a token", async ({ make, signedInPage: page, apiToken, user, request }) => {
    const category = await make.category();
    const course = await make.course({ teacherId: user.id, categoryId: category.id, status: "DRAFT" });
    made = { userId: user.id, courseId: course.id, categoryId: category.id };
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(user.fullName.split(" ")[0]!);
    const me = await request.get("/api/v1/users/me", { headers: { Authorization: `Bearer ${apiToken}` } });
    expect((await me.json()).data.user).toMatchObject({ id: user.id, role: "Teacher" });
  });

  test("are gone after it", async () => {
    expect(made).toBeDefined();
    const { userId, courseId, categoryId } = made!;
    const left = await Promise.all([
      db.user.count({ where: { id: userId } }),
      db.course.count({ where: { id: courseId } }),
      db.category.count({ where: { id: categoryId } }),
      db.auditLog.count({ where: { OR: [{ actorId: userId }, { entity: "User", entityId: userId }] } }),
    ]);
    expect(left).toEqual([0, 0, 0, 0]);
  });
});

test.describe("browser errors", () => {
  test("an uncaught page error fails the test", async ({ page }) => {
    test.fail();
    await page.goto("/");
    await page.evaluate(() => setTimeout(() => { throw new Error("thrown on purpose"); }));
    await page.waitForTimeout(100);
  });

  test("a console error fails the test", async ({ page }) => {
    test.fail();
    await page.goto("/");
    await page.evaluate(() => console.error("logged on purpose"));
  });

  test.describe("unless declared", () => {
    test.use({ allowedConsoleErrors: [/logged on purpose/] });

    test("a declared console error passes", async ({ page }) => {
      await page.goto("/");
      await page.evaluate(() => console.error("logged on purpose"));
    });
  });
});
