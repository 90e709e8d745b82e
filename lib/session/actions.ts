"use server";

import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { signOut } from "@/lib/auth";
import { currentMember, ORG_COOKIE } from "@/lib/auth/guard";

/** Makes another of the user's organisations the current one. */
export async function switchOrganisationAction(formData: FormData) {
  const member = await currentMember();
  if (!member) redirect("/login");
  const organisationId = formData.get("organisationId");
  // The select only offers the user's own memberships; anything else is a forged request.
  if (typeof organisationId !== "string" || !member.memberships.some((m) => m.organisationId === organisationId)) {
    forbidden();
  }
  // Secure whenever the app is served over HTTPS, as Auth.js decides for its
  // session cookie; a plain-HTTP intranet install would otherwise lose the choice.
  const origin = (await headers()).get("origin") ?? "";
  (await cookies()).set(ORG_COOKIE, organisationId, {
    httpOnly: true,
    sameSite: "lax",
    secure: origin.startsWith("https://"),
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  redirect("/");
}

export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
