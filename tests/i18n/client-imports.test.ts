// Client components run outside any next-intl provider (docs/i18n.md: they read plain text
// through components/i18n/client-text.tsx), so a next-intl hook in one fails its page.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

it("no client component imports a value from next-intl", () => {
  const offenders = ["app", "components", "lib"]
    .flatMap(sources)
    .filter((file) => {
      const source = readFileSync(file, "utf8");
      return /^\s*(\/\/[^\n]*\n\s*)*["']use client["']/.test(source) && /^import (?!type )[^;]*from "next-intl(\/[\w-]+)?";/m.test(source);
    });
  expect(offenders).toEqual([]);
});
