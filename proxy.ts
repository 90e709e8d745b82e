import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { badAddressResponse, validAddress } from "@/lib/http/address";
import { publicOrigin } from "@/lib/http/public-origin";

// Three jobs, all before anything renders:
//
// 0. Addresses that cannot name anything are refused with 400 before any
//    route runs (lib/http/address.ts).
//
// 1. A Content-Security-Policy with a fresh nonce for every request. Next.js
//    reads the nonce from the request's CSP header while it renders and puts
//    it on its own scripts, so only those run ('strict-dynamic' lets them load
//    the page's chunks); an injected <script> has no nonce and is refused.
//    The root layout renders per request for this reason (app/layout.tsx).
//    The proxy does not run for the public policy pages under /p/: they
//    carry no scripts, set a stricter policy of their own
//    (lib/policies/http.ts) and check their addresses themselves; they take
//    the real traffic, and running the proxy for them cost about 2 ms of CPU
//    per response and 40 % of their throughput.
//
// 2. A convenience redirect to the login page for visitors without a session
//    cookie. The real checks are requireMember() in every page, action and
//    route handler. This deliberately does not run Auth.js here: its proxy
//    wrapper re-issues the session cookie on every request, and a prefetch
//    answered after a sign-out would then sign the user back in.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
// /api/v1 authenticates every request by its bearer token (lib/api/handler.ts), not by a session.
const OPEN_PATHS = ["/login", "/api/auth", "/invite", "/api/v1"];

/** Whether the browser's request reached us over TLS (directly or through a proxy that terminates it). */
function overHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwarded === "https" || request.nextUrl.protocol === "https:";
}

function contentSecurityPolicy(nonce: string, { https, development }: { https: boolean; development: boolean }): string {
  return [
    "default-src 'self'",
    // React uses eval() only in development, to rebuild server error stacks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Tailwind is a stylesheet under /_next/static and Next.js puts the nonce on
    // its inline <style>s, so no 'unsafe-inline': a style attribute in server
    // HTML is refused (components use classes; see docs/security.md).
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only behind HTTPS: on a plain-HTTP install it would break every subresource.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

function withPolicy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = contentSecurityPolicy(nonce, { https: overHttps(request), development: env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  if (!validAddress(pathname, searchParams)) return badAddressResponse();
  if (OPEN_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) {
    return withPolicy(request);
  }
  const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIES.some((name) => cookie.name.startsWith(name)));
  if (hasSession) return withPolicy(request);
  const login = new URL("/login", publicOrigin(request));
  if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // The icons are static files that every page, signed in or not, asks for.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|p/).*)"],
};
