// Runs before Next for two kinds of request (see `config`):
// - server action POSTs: one from another origin than APP_URL is refused with 403;
// - the signed-in areas: an early redirect read from the session cookie alone (a
//   convenience: every page, action and route checks the user again in lib/), and the
//   strict nonce-based Content-Security-Policy, which suits these pages because they read
//   the session and so are rendered per request anyway (lib/security/security-headers.ts).
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { ADMIN_ROLES, TEACHING_ROLES } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";
import { isForeignServerAction } from "@/lib/security/action-origin";
import { contentSecurityPolicy } from "@/lib/security/security-headers";

const areas: { prefix: string; roles: readonly Role[] | null }[] = [
  { prefix: "/admin", roles: ADMIN_ROLES },
  { prefix: "/teach", roles: TEACHING_ROLES },
  { prefix: "/dashboard", roles: null },
  { prefix: "/settings", roles: null },
];

let appOrigin: string | undefined;

function withNonce(req: NextRequest): NextResponse {
  const policy = contentSecurityPolicy({ nonce: crypto.randomUUID().replaceAll("-", ""), dev: process.env.NODE_ENV === "development" });
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  const headers = new Headers(req.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export async function proxy(req: NextRequest) {
  appOrigin ??= new URL(env().APP_URL).origin;
  if (isForeignServerAction(req, appOrigin)) return new NextResponse("Cross-origin request refused.", { status: 403 });

  const area = areas.find(({ prefix }) => req.nextUrl.pathname === prefix || req.nextUrl.pathname.startsWith(`${prefix}/`));
  if (!area) return NextResponse.next();
  const { AUTH_SECRET, APP_URL } = env();
  const token = await getToken({ req, secret: AUTH_SECRET, secureCookie: APP_URL.startsWith("https://") }).catch(() => null);
  if (!token) {
    const login = new URL("/login", req.url);
    login.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
    return NextResponse.redirect(login);
  }
  if (area.roles && !area.roles.some((role) => role === token.role)) return NextResponse.redirect(new URL("/no-access", req.url));
  return withNonce(req);
}

export const config = {
  matcher: [
    "/admin/:path*",
    "/teach/:path*",
    "/dashboard/:path*",
    "/settings/:path*",
    // Only requests that can be server actions pay for the origin check.
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
