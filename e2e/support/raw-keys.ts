// A catalog key shown instead of its message ("Header.signIn"): what next-intl renders in
// production for a key a catalog lacks. Found in the page's text and in the attributes a
// person reads or hears (title, aria-label, placeholder, alt, value of buttons).
import type { Page } from "@playwright/test";
import en from "@/messages/en.json" with { type: "json" };

const KEY = new RegExp(`\\b(?:${Object.keys(en).join("|")})\\.[A-Za-z][\\w.]*\\b`, "g");

export async function rawKeysOn(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const attributes = ["title", "aria-label", "placeholder", "alt"];
    const found = [document.title, document.body?.innerText ?? ""];
    for (const element of document.querySelectorAll("*")) {
      for (const name of attributes) {
        const value = element.getAttribute(name);
        if (value) found.push(value);
      }
    }
    return found;
  });
  return [...new Set(texts.flatMap((text) => text.match(KEY) ?? []))];
}
