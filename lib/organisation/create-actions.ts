"use server";

import { keepFormOnOutage } from "@/lib/forms/database-outage-action";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireMemberForAction } from "@/lib/auth/guard";
import type { ActionState } from "@/lib/forms/action-state";
import { createOrganisation } from "./create";
import { setCurrentOrganisation } from "./current";
import { formInput } from "@/lib/forms/action-input";

export type CreateOrganisationState = ActionState<{ legalName: string; slug: string }>;

export const createOrganisationAction = keepFormOnOutage(async function createOrganisationAction(_previous: CreateOrganisationState, formData: FormData): Promise<CreateOrganisationState> {
  formData = formInput(formData);
  // Any member may ask; createOrganisation admits only owners of some organisation.
  const member = await requireMemberForAction("VIEWER");
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value.slice(0, 1000) : "";
  };
  const values = { legalName: field("legalName"), slug: field("slug") };
  const result = await createOrganisation(member, values);
  if (!result.ok) return { values, fieldErrors: result.fieldErrors, formError: result.formError };
  await setCurrentOrganisation(result.organisation.id);
  revalidatePath("/", "layout");
  redirect("/");
});
