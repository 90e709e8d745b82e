import { NextResponse, type NextRequest } from "next/server";

// A convenience redirect to the login page for visitors without a session
// cookie. The real checks are requireMember() in every page, action and route
// handler. This deliberately does not run Auth.js here: its proxy wrapper
// re-issues the session cookie on every request, and a prefetch answered after
// a sign-out would then sign the user back in.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const OPEN_PATHS = ["/login", "/api/auth", "/p/", "/invite"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (OPEN_PATHS.some((path) => pathname === path || pathname.startsWith(path.endsWith("/") ? path : `${path}/`))) {
    return NextResponse.next();
  }
  const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIES.some((name) => cookie.name.startsWith(name)));
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|p/).*)"],
};
