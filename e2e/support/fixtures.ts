// Playwright fixtures: fresh users made by the same factories as the integration tests,
// signed-in pages and API tokens for them, cleanup of everything they made, and a test
// that fails on any browser console error or uncaught page error it did not declare, or on
// any accessibility violation axe finds on a page it visits.
import "./database";
import { type APIRequestContext, type BrowserContext, test as base, expect, type Page } from "@playwright/test";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeCategory, makeCourse, makeUser, TEST_PASSWORD, type TestUser } from "../../tests/factories";
import { type AllowedViolations, accessibilityWatch } from "./accessibility";
import { deleteMade, type Made } from "./cleanup";

export { expect, TEST_PASSWORD, type TestUser };

type Tracked<F extends (...args: never[]) => unknown> = (...args: Parameters<F>) => Promise<Awaited<ReturnType<F>>>;
export type Make = { user: Tracked<typeof makeUser>; course: Tracked<typeof makeCourse>; category: Tracked<typeof makeCategory> };

type Fixtures = {
  /** The role of the `user` fixture: `test.use({ role: "TEACHER" })`. */
  role: Role;
  /** Console errors a test provokes on purpose (e.g. the 404 a not-found page answers with). */
  allowedConsoleErrors: RegExp[];
  /** axe violations a test must live with, each with a comment saying why. */
  allowedAxeViolations: AllowedViolations;
  /** Scans every page the test visits through `page`, `signedInPage` or `newDevicePage`. */
  accessibility: ReturnType<typeof accessibilityWatch>;
  /** Factories whose rows, and what hangs off them, are deleted after the test. */
  make: Make;
  /** A fresh, active user of `role`, who signs in with TEST_PASSWORD. */
  user: TestUser;
  /** Signs the user in for the page's browser context (default: `page`) without the login form. */
  signIn: (user: TestUser, page?: Page) => Promise<void>;
  /** `page`, signed in as `user`. */
  signedInPage: Page;
  /** An /api/v1 access token of `user`. */
  apiToken: string;
  /** An /api/v1 access token of any user. */
  apiTokenFor: (user: TestUser) => Promise<string>;
  /** A page in a new browser context (another device, its own cookies), watched like `page`. */
  newDevicePage: () => Promise<Page>;
};

type WorkerFixtures = { disconnectDatabase: void };

/** Collects console errors and uncaught errors of every page in the context. */
function watchErrors(context: BrowserContext) {
  const errors: string[] = [];
  context.on("console", (message) => {
    if (message.type() === "error") errors.push(`console error on ${message.page()?.url()}: ${message.text()}`);
  });
  context.on("weberror", (error) => errors.push(`uncaught error on ${error.page()?.url()}: ${error.error().message}`));
  return errors;
}

function expectNoViolations(violations: string[]) {
  expect(violations.length, `accessibility violations (axe, WCAG A/AA):\n${violations.join("\n")}\n`).toBe(0);
}

function expectNoUndeclaredErrors(errors: string[], allowed: RegExp[]) {
  expect(errors.filter((error) => !allowed.some((pattern) => pattern.test(error))), "browser console errors or uncaught page errors").toEqual([]);
}

/** NextAuth's credentials sign-in as its own client script does it: CSRF token, then the callback. */
async function signInContext(context: BrowserContext, user: TestUser) {
  const { csrfToken } = await (await context.request.get("/api/auth/csrf")).json();
  const response = await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, identifier: user.email, password: TEST_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  if (!session) throw new Error(`Signing in ${user.email} failed: ${response.status()} ${await response.text()}`);
}

async function accessToken(request: APIRequestContext, user: TestUser): Promise<string> {
  const response = await request.post("/api/v1/auth/login", { data: { email: user.email, password: TEST_PASSWORD } });
  const body = await response.json();
  if (!response.ok()) throw new Error(`API login of ${user.email} failed: ${response.status()} ${body.message}`);
  return body.data.accessToken;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  role: ["STUDENT", { option: true }],
  allowedConsoleErrors: [[], { option: true }],
  allowedAxeViolations: [{}, { option: true }],

  disconnectDatabase: [
    async ({}, provide) => {
      await provide();
      await db.$disconnect();
    },
    { scope: "worker", auto: true },
  ],

  context: async ({ context, allowedConsoleErrors }, provide) => {
    const errors = watchErrors(context);
    await provide(context);
    expectNoUndeclaredErrors(errors, allowedConsoleErrors);
  },

  // Depends on `make` so that the rows a test made outlive the last scans, which may revisit
  // a page the test passed through (a redirect) after the test body has ended.
  accessibility: async ({ allowedAxeViolations, make: _rowsOutliveScans }, provide) => {
    await provide(accessibilityWatch(allowedAxeViolations));
  },

  page: async ({ page, accessibility }, provide) => {
    accessibility.watch(page);
    await provide(page);
    expectNoViolations(await accessibility.finish());
  },

  newDevicePage: async ({ browser, allowedConsoleErrors, accessibility }, provide) => {
    const opened: { context: BrowserContext; errors: string[] }[] = [];
    await provide(async () => {
      const context = await browser.newContext();
      opened.push({ context, errors: watchErrors(context) });
      const page = await context.newPage();
      accessibility.watch(page);
      return page;
    });
    const violations = await accessibility.finish();
    for (const { context, errors } of opened) {
      await context.close();
      expectNoUndeclaredErrors(errors, allowedConsoleErrors);
    }
    expectNoViolations(violations);
  },

  make: async ({}, provide) => {
    const made: Made = { users: [], courseIds: [], categoryIds: [] };
    await provide({
      user: async (opts) => {
        const user = await makeUser(opts);
        made.users.push(user);
        return user;
      },
      course: async (opts) => {
        const course = await makeCourse(opts);
        made.courseIds.push(course.id);
        return course;
      },
      category: async (opts) => {
        const category = await makeCategory(opts);
        made.categoryIds.push(category.id);
        return category;
      },
    });
    await deleteMade(made);
  },

  user: async ({ make, role }, provide) => {
    await provide(await make.user({ role }));
  },

  signIn: async ({ page }, provide) => {
    await provide((user, target = page) => signInContext(target.context(), user));
  },

  signedInPage: async ({ page, user, signIn }, provide) => {
    await signIn(user, page);
    await provide(page);
  },

  apiTokenFor: async ({ request }, provide) => {
    await provide((user) => accessToken(request, user));
  },

  apiToken: async ({ user, apiTokenFor }, provide) => {
    await provide(await apiTokenFor(user));
  },
});
