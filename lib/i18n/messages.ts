import type { Locale } from "./locales";

/** One locale's catalog, imported on demand so a bundle never holds both. */
export async function loadMessages(locale: Locale) {
  return locale === "id" ? (await import("@/messages/id.json")).default : (await import("@/messages/en.json")).default;
}
