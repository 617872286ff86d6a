// NextAuth events that set and clear the session hint cookie (see ./session-hint.ts), so the
// cacheable public pages know when to ask who is signed in.
import type { EventCallbacks } from "next-auth";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { SESSION_HINT_COOKIE } from "./session-hint";

// Matches the session cookie's lifetime; the header clears a hint that outlives its session.
const MAX_AGE = 7 * 24 * 60 * 60;

export const sessionHintEvents: Partial<EventCallbacks> = {
  async signIn() {
    (await cookies()).set(SESSION_HINT_COOKIE, "1", {
      path: "/",
      sameSite: "lax",
      secure: env().APP_URL.startsWith("https://"),
      maxAge: MAX_AGE,
    });
  },
  async signOut() {
    (await cookies()).delete(SESSION_HINT_COOKIE);
  },
};
