// Server text is named by catalog key, so it exists in both languages (the key is typed
// against the English catalog; the catalog test holds Indonesian to the same keys). Literal
// text would reach Indonesian readers in English: only tests may write it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const sources = () =>
  ["lib", "app/api"].flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((path) => /\.tsx?$/.test(path) && !path.startsWith("generated"))
      .map((path) => join(root, path)),
  );

describe("server text", () => {
  it("names errors and API messages by key, never by literal text", () => {
    const literal = /new AppError\(\s*"[A-Z_]+",\s*["`]|\bmessage:\s*["`]/;
    const offenders = sources().filter((path) => literal.test(readFileSync(path, "utf8")));
    expect(offenders).toEqual([]);
  });
});
