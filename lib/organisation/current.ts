/**
 * The current organisation: the one a signed-in user is working in, among
 * their memberships. The browser names it in a cookie; requireMember
 * (lib/auth/guard.ts) checks the choice against the memberships on every
 * request.
 */
import "server-only";
import { cookies, headers } from "next/headers";
import { ORG_COOKIE } from "./cookie";

/**
 * Whether the browser reached the app over HTTPS: its Origin says so, or the
 * TLS-terminating proxy does (X-Forwarded-Proto, which Auth.js trusts too for
 * its __Secure- session cookie).
 */
async function overHttps(): Promise<boolean> {
  const request = await headers();
  const forwarded = request.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwarded === "https" || (request.get("origin") ?? "").startsWith("https://");
}

/**
 * Makes the organisation the current one for this browser. requireMember
 * checks the choice against the user's memberships on every request, so the
 * cookie grants nothing by itself. Secure whenever the app is served over
 * HTTPS; a plain-HTTP intranet install would otherwise lose the choice.
 */
export async function setCurrentOrganisation(organisationId: string) {
  (await cookies()).set(ORG_COOKIE, organisationId, {
    httpOnly: true,
    sameSite: "lax",
    secure: await overHttps(),
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
}
