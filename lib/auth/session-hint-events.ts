// NextAuth events that set and clear the session hint cookie (see ./session-hint.ts), so the
// cacheable public pages know when to ask who is signed in. Sign-in also copies the user's
// saved language into the locale cookie: pages resolve the locale from the cookie alone,
// so public pages never query the database for it (lib/i18n/resolve-locale.ts).
import type { EventCallbacks } from "next-auth";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/locales";
import { savedLocale } from "@/lib/users/locale";
import { SESSION_HINT_COOKIE } from "./session-hint";

// Matches the session cookie's lifetime; the header clears a hint that outlives its session.
const MAX_AGE = 7 * 24 * 60 * 60;

export const sessionHintEvents: Partial<EventCallbacks> = {
  async signIn({ user }) {
    const cookieJar = await cookies();
    const secure = env().APP_URL.startsWith("https://");
    cookieJar.set(SESSION_HINT_COOKIE, "1", { path: "/", sameSite: "lax", secure, maxAge: MAX_AGE });
    const locale = await savedLocale(Number(user.id));
    if (locale) cookieJar.set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", secure, maxAge: LOCALE_COOKIE_MAX_AGE });
  },
  async signOut() {
    (await cookies()).delete(SESSION_HINT_COOKIE);
  },
};
