import "server-only";
import { cookies, headers } from "next/headers";
import { ORG_COOKIE } from "@/lib/auth/guard";

/**
 * Makes the organisation the current one for this browser. requireMember
 * checks the choice against the user's memberships on every request, so the
 * cookie grants nothing by itself.
 */
export async function setCurrentOrganisation(organisationId: string) {
  // Secure whenever the app is served over HTTPS, as the organisation switcher does.
  const origin = (await headers()).get("origin") ?? "";
  (await cookies()).set(ORG_COOKIE, organisationId, {
    httpOnly: true,
    sameSite: "lax",
    secure: origin.startsWith("https://"),
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
}
