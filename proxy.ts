// Early redirects for the signed-in areas, read from the session cookie alone. This is only
// a convenience: every page, action and route checks the user again in lib/.
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";

const areas: { prefix: string; roles: string[] | null }[] = [
  { prefix: "/admin", roles: ["ADMIN"] },
  { prefix: "/teach", roles: ["TEACHER", "ADMIN"] },
  { prefix: "/dashboard", roles: null },
  { prefix: "/settings", roles: null },
];

export async function proxy(req: NextRequest) {
  const area = areas.find(({ prefix }) => req.nextUrl.pathname === prefix || req.nextUrl.pathname.startsWith(`${prefix}/`));
  if (!area) return NextResponse.next();
  const { AUTH_SECRET, APP_URL } = env();
  const token = await getToken({ req, secret: AUTH_SECRET, secureCookie: APP_URL.startsWith("https://") }).catch(() => null);
  if (!token) {
    const login = new URL("/login", req.url);
    login.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
    return NextResponse.redirect(login);
  }
  if (area.roles && !area.roles.includes(String(token.role))) return NextResponse.redirect(new URL("/no-access", req.url));
  return NextResponse.next();
}

export const config = { matcher: ["/admin/:path*", "/teach/:path*", "/dashboard/:path*", "/settings/:path*"] };
