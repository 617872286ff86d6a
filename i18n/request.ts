// next-intl's per-request configuration, without locale routing. Public pages must not read
// the database for the locale (they are served from the read cache), so the saved
// preference reaches them as the locale cookie, which sign-in and the language switch set
// from it (lib/auth/session-hint-events.ts, lib/i18n/save-locale.ts). The time zone comes
// from a cookie as well (./time-zone.ts); pages read it with getTimeZone/useTimeZone.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { messageFallback, onMessageError } from "@/lib/i18n/missing-messages";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { resolveTimeZone, TIME_ZONE_COOKIE } from "./time-zone";

export default getRequestConfig(async () => {
  const [cookieJar, headerList] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale({ cookie: cookieJar.get(LOCALE_COOKIE)?.value, acceptLanguage: headerList.get("accept-language") });
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: resolveTimeZone(cookieJar.get(TIME_ZONE_COOKIE)?.value, locale),
    onError: onMessageError,
    getMessageFallback: messageFallback,
  };
});
