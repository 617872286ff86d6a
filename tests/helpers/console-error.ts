// A console.error during a test fails it: React, Next and our logger's fallbacks report real
// problems there. A test that provokes one on purpose declares it with expectConsoleError.
import { afterEach, beforeEach } from "vitest";
import { format } from "node:util";

let expected: RegExp[] = [];
let seen: string[] = [];

/** This test deliberately causes a console.error matching the pattern (and fails if it does not). */
export function expectConsoleError(pattern: RegExp) {
  expected.push(pattern);
}

/** Registers the hooks; tests/setup/console-error.ts calls it for every test file. */
export function failOnConsoleError() {
  const original = console.error;

  beforeEach(() => {
    expected = [];
    seen = [];
    // A plain replacement, not vi.spyOn, so a test's vi.restoreAllMocks() cannot remove it.
    console.error = (...args: unknown[]) => {
      seen.push(format(...args));
    };
  });

  afterEach(() => {
    console.error = original;
    const unexpected = seen.filter((message) => !expected.some((pattern) => pattern.test(message)));
    const missing = expected.filter((pattern) => !seen.some((message) => pattern.test(message)));
    if (unexpected.length) throw new Error(`console.error was called during the test:\n${unexpected.join("\n---\n")}`);
    if (missing.length) throw new Error(`Expected a console.error matching ${missing.join(", ")}, but none came.`);
  });
}
