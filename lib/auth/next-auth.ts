// Web sessions: NextAuth with email-or-username + password. Sessions are JWT cookies
// (httpOnly, SameSite=Lax, Secure over https) that carry the user's sessionVersion; every
// request re-reads the user, so a bumped version, a disabled account or a deleted one ends
// the session at once, and a role change takes effect immediately.
import type { AuthOptions } from "next-auth";
import { cookies } from "next/headers";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, wordError } from "@/lib/errors";
import { getLocale } from "next-intl/server";
import { log } from "@/lib/log";
import { clientIp } from "@/lib/security/client-ip";
import { authenticate } from "./authenticate";
import { DEVICE_COOKIE, DEVICE_TOKEN_TTL_SECONDS } from "./device-tokens";
import { sessionHintEvents } from "./session-hint-events";

const SESSION_ENDED = "session-ended";

/** The sign-in error as the login form receives it: the code decides what it offers next. */
export type SignInFailure = { code: string; message: string };
export const encodeSignInFailure = (failure: SignInFailure) => JSON.stringify(failure);

export function authOptions(): AuthOptions {
  const { AUTH_SECRET, APP_URL } = env();
  process.env.NEXTAUTH_URL ??= APP_URL;
  return {
    secret: AUTH_SECRET,
    useSecureCookies: APP_URL.startsWith("https://"),
    session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    events: sessionHintEvents,
    providers: [
      CredentialsProvider({
        name: "Email or username",
        credentials: { identifier: { label: "Email or username", type: "text" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          try {
            const cookieJar = await cookies();
            const user = await authenticate(
              { identifier: credentials?.identifier ?? "", password: credentials?.password ?? "", deviceToken: cookieJar.get(DEVICE_COOKIE)?.value },
              { ip: clientIp(req.headers ?? {}) },
            );
            // Only the sign-in request needs it, so it goes nowhere else.
            cookieJar.set(DEVICE_COOKIE, user.deviceToken, {
              httpOnly: true,
              secure: APP_URL.startsWith("https://"),
              sameSite: "lax",
              path: "/api/auth/callback/credentials",
              maxAge: DEVICE_TOKEN_TTL_SECONDS,
            });
            return { id: String(user.id), name: user.fullName, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
          } catch (error) {
            // NextAuth hands the message to the client: send the code and the text in the page's language.
            if (error instanceof AppError) {
              const detail = error.says("notActivated") ? "NOT_ACTIVATED" : error.code;
              const { message } = await wordError(error, await getLocale());
              throw new Error(encodeSignInFailure({ code: detail, message }));
            }
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) return { ...token, uid: Number(user.id), role: user.role, sv: user.sessionVersion };
        const current = await db.user.findUnique({
          where: { id: token.uid },
          select: { role: true, sessionVersion: true, disabledAt: true, fullName: true, email: true, avatarUrl: true },
        });
        // Throwing makes NextAuth clear the cookie and answer with no session.
        if (!current || current.disabledAt || current.sessionVersion !== token.sv) throw new Error(SESSION_ENDED);
        return { ...token, role: current.role, name: current.fullName, email: current.email, picture: current.avatarUrl };
      },
      async session({ session, token }) {
        session.user = { id: token.uid, role: token.role, name: token.name ?? "", email: token.email ?? "", image: token.picture ?? null };
        return session;
      },
    },
    logger: {
      error(code, metadata) {
        if (metadata instanceof Error ? metadata.message === SESSION_ENDED : (metadata as { message?: string })?.message === SESSION_ENDED) return;
        log.error({ code, metadata }, "next-auth error");
      },
      warn(code) {
        log.warn({ code }, "next-auth warning");
      },
      debug() {},
    },
  };
}
