// The browser's wording of zod issues: one locale's catalog and zod's messages in that
// language, imported when a form first validates, never with the page.
import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { loadMessages } from "./messages";
import type { ValidationWording } from "./validation-text";

const zodLocales: Record<Locale, (() => Promise<{ default: () => { localeError: ValidationWording["localeError"] } }>) | null> = {
  en: null,
  id: () => import("zod/v4/locales/id.js"),
};

/** lang: the page's <html lang>; anything but one of our locales (or none) reads as English. */
export async function loadValidationWording(lang: string | undefined): Promise<ValidationWording> {
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const [messages, zodLocale] = await Promise.all([loadMessages(locale), zodLocales[locale]?.()]);
  const t = createTranslator({ locale, messages, namespace: "Validation" });
  return { messages: messages.Validation, t: t as unknown as ValidationWording["t"], localeError: zodLocale?.default().localeError };
}
