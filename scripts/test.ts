// npm test — every check the project has, in order: lint, types, migration drift,
// unit/integration tests on real PostgreSQL, a production build, end-to-end tests in
// Chromium. Runs them all even after a failure, then prints one summary line.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

type Step = { name: string; command: string[]; env?: Record<string, string>; needs?: string };
const reports = path.resolve(".test-reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const bin = (name: string) => path.resolve("node_modules/.bin", name);
const steps: Step[] = [
  { name: "lint", command: [bin("eslint"), ".", "--max-warnings", "0"] },
  { name: "typecheck", command: [bin("tsc"), "--noEmit"] },
  { name: "db:check", command: [bin("tsx"), "scripts/db/check.ts"] },
  { name: "unit+integration", command: [bin("vitest"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${reports}/vitest.json`] },
  { name: "build", command: [bin("next"), "build"] },
  { name: "js-budget", command: [bin("tsx"), "scripts/js-budget.ts"], needs: "build" },
  {
    name: "e2e",
    command: [bin("playwright"), "test"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` },
    needs: "build",
  },
];

const run = (step: Step) =>
  new Promise<number>((resolve) => {
    const [command, ...args] = step.command as [string, ...string[]];
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...step.env } });
    child.on("close", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });

const outcomes = new Map<string, { ok: boolean; seconds: number }>();
for (const step of steps) {
  if (step.needs && !outcomes.get(step.needs)?.ok) {
    outcomes.set(step.name, { ok: false, seconds: 0 });
    console.log(`\n▶ ${step.name}: skipped, ${step.needs} failed`);
    continue;
  }
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const code = await run(step);
  outcomes.set(step.name, { ok: code === 0, seconds: (Date.now() - started) / 1000 });
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}
const vitest = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number }>(`${reports}/vitest.json`);
const playwright = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(`${reports}/playwright.json`);
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats.expected ?? 0) + (playwright?.stats.flaky ?? 0);
const failedTests = (vitest?.numFailedTests ?? 0) + (playwright?.stats.unexpected ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (playwright?.stats.skipped ?? 0);
const failedSteps = [...outcomes].filter(([, outcome]) => !outcome.ok).map(([name]) => name);

console.log("\nSteps:");
for (const [name, { ok, seconds }] of outcomes) console.log(`  ${ok ? "✔" : "✘"} ${name.padEnd(18)} ${seconds.toFixed(1)} s`);
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(", ")}`);
// A failed step that ran no test (lint, types, build) still counts as a failure.
const failed = failedTests + (failedTests === 0 && failedSteps.length ? failedSteps.length : 0);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failedSteps.length ? 1 : 0);
