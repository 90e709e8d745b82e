"use server";

import { forbidden, redirect } from "next/navigation";
import { signOut } from "@/lib/auth";
import { currentMember, requireMemberForAction } from "@/lib/auth/guard";
import { endAllSessions } from "@/lib/session/sessions";
import { setCurrentOrganisation } from "@/lib/organisations/current-cookie";
import { formInput } from "@/lib/forms/action-input";

/** Makes another of the user's organisations the current one. */
export async function switchOrganisationAction(formData: FormData) {
  formData = formInput(formData);
  const member = await currentMember();
  if (!member) redirect("/login");
  const organisationId = formData.get("organisationId");
  // The select only offers the user's own memberships; anything else is a forged request.
  if (typeof organisationId !== "string" || !member.memberships.some((m) => m.organisationId === organisationId)) {
    forbidden();
  }
  await setCurrentOrganisation(organisationId);
  redirect("/");
}

/** Ends this session: Auth.js deletes the cookie, and its signOut event the server-side session (lib/auth/session-callbacks.ts). */
export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}

/** Ends every session of the member's account, on every browser, this one included (for a lost device or a copied cookie). */
export async function signOutEverywhereAction() {
  const member = await requireMemberForAction("VIEWER");
  await endAllSessions(member.user.id);
  await signOut({ redirectTo: "/login" });
}
