// axe-core scans of every page a test visits: each distinct URL path once per test, when it
// has loaded (a full load, or a client-side navigation), against WCAG 2.0/2.1/2.2 A and AA
// and heading order; the same scan fails on a catalog key shown instead of its message.
// A scan cut off by the test moving on is repeated at the end of the test in a new tab of
// the same browser context.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { rawKeysOn } from "./raw-keys";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
// axe files heading-order under "best practice", not WCAG; our pages must not skip levels either.
const EXTRA_RULES = { "heading-order": { enabled: true } };

/**
 * Violations a test may allow, with the reason next to it in the test: rule id → the paths it
 * is allowed on. An object, not a list: Playwright reads an array option as a fixture tuple.
 */
export type AllowedViolations = Record<string, RegExp>;

type Violation = { id: string; impact?: string | null; help: string; helpUrl: string; nodes: { target: unknown[] }[] };

function describe(path: string, violation: Violation): string {
  const targets = violation.nodes.map((node) => node.target.map(String).join(" "));
  const shown = targets.length > 5 ? [...targets.slice(0, 5), `and ${targets.length - 5} more`] : targets;
  return `${path}: [${violation.impact ?? "unknown"}] ${violation.id} — ${violation.help}\n    on: ${shown.join(", ")}\n    see: ${violation.helpUrl}`;
}

async function violationsOf(page: Page, allowed: AllowedViolations, path: string): Promise<Violation[]> {
  const { violations } = await new AxeBuilder({ page }).options({ rules: EXTRA_RULES }).withTags(WCAG_TAGS).analyze();
  return violations.filter((violation) => !allowed[violation.id]?.test(path));
}

/**
 * Violations on the page's current document, or null when it is no HTML page (a JSON answer,
 * a file). Findings are confirmed by a second scan a moment later: a client-side navigation
 * changes the URL before it has swapped the old page's <title> for the new one.
 */
async function scan(page: Page, allowed: AllowedViolations): Promise<{ path: string; found: string[] } | null> {
  const path = new URL(page.url()).pathname;
  if ((await page.evaluate(() => document.contentType)) !== "text/html") return null;
  const rawKeys = (await rawKeysOn(page)).map((key) => `${path}: raw message key "${key}" shown instead of its text`);
  const first = await violationsOf(page, allowed, path);
  if (!first.length) return { path, found: rawKeys };
  await page.waitForTimeout(500);
  if (new URL(page.url()).pathname !== path) throw new Error("moved on");
  const confirmed = (await violationsOf(page, allowed, path)).filter((violation) => first.some(({ id }) => id === violation.id));
  return { path, found: [...rawKeys, ...confirmed.map((violation) => describe(path, violation))] };
}

/** Watches the pages of one test; `finish` scans what is left and returns every violation found. */
export function accessibilityWatch(allowed: AllowedViolations) {
  const scanned = new Set<string>();
  const missed = new Map<string, Page>();
  const violations: string[] = [];
  let queue = Promise.resolve();

  const scanNow = (page: Page, url: string) => {
    const { protocol, pathname } = new URL(url);
    if (!protocol.startsWith("http") || scanned.has(pathname)) return;
    scanned.add(pathname);
    queue = queue.then(async () => {
      try {
        if (page.isClosed() || new URL(page.url()).pathname !== pathname) throw new Error("moved on");
        await page.waitForLoadState("load");
        const result = await scan(page, allowed);
        if (result) violations.push(...result.found);
      } catch {
        missed.set(url, page);
      }
    });
  };

  return {
    watch(page: Page) {
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) scanNow(page, frame.url());
      });
    },
    /** Violations found since the last call: each is reported once, by whichever fixture finishes first. */
    async finish(): Promise<string[]> {
      await queue;
      const retries = [...missed];
      missed.clear();
      for (const [url, page] of retries) {
        if (page.isClosed()) continue;
        const tab = await page.context().newPage();
        try {
          await tab.goto(url);
          const result = await scan(tab, allowed);
          if (result) violations.push(...result.found);
        } catch {
          // The path now sends this browser elsewhere at once (e.g. /login once signed in).
        } finally {
          await tab.close();
        }
      }
      return violations.splice(0);
    },
  };
}
