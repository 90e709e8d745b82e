"use server";

import { forbidden, redirect } from "next/navigation";
import { currentMember } from "@/lib/auth/guard";
import { formInput } from "@/lib/forms/action-input";
import { setCurrentOrganisation } from "./current";

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
