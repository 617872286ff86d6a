// Typed keys and locales for next-intl: a key missing from the English catalog is a type error.
import type { Locale } from "@/lib/i18n/locales";
import type messages from "@/messages/en.json";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
