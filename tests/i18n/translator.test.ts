import { createElement, isValidElement } from "react";
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";

describe("process-wide translators", () => {
  it("is made once per locale and namespace", () => {
    expect(translatorFor("id", "CourseCard")).toBe(translatorFor("id", "CourseCard"));
    expect(translatorFor("en", "CourseCard")).not.toBe(translatorFor("id", "CourseCard"));
  });

  it("formats plurals and numbers in its locale, the same on every call", () => {
    const en = translatorFor("en", "CourseCard");
    const id = translatorFor("id", "CourseCard");
    expect(en("modules", { count: 1 })).toBe("1 module");
    expect(en("modules", { count: 1204 })).toBe("1,204 modules");
    expect(id("modules", { count: 1204 })).toBe("1.204 modul");
    // A remembered answer never leaks into another value or locale.
    expect(en("modules", { count: 1 })).toBe("1 module");
    expect(en("students", { count: 1 })).toBe("1 student");
  });

  it("keeps rich text (markup with components) working", () => {
    const node = translatorFor("id", "SiteFooter").rich("tagline", { brand: (chunks) => createElement("strong", null, chunks) });
    expect(Array.isArray(node)).toBe(true);
    expect((node as unknown[]).some((part) => isValidElement(part))).toBe(true);
  });

  it("fails loudly on a missing key outside production", () => {
    const t = translatorFor("en", "CourseCard") as unknown as (key: string) => string;
    expect(() => t("noSuchKey")).toThrow(/noSuchKey/);
  });
});
