"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireMemberForAction } from "@/lib/auth/guard";
import { formObject } from "@/lib/forms/field-rules";
import type { FormState } from "@/lib/forms/action-state";
import { updateOrganisationProfile } from "./mutations";
import { keepFormOnOutage } from "@/lib/forms/database-outage-action";

export const updateOrganisationProfileAction = keepFormOnOutage(async function updateOrganisationProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMemberForAction("DPO");
  const result = await updateOrganisationProfile(member, formObject(formData));
  if (!result.ok) return result;
  // The name appears in the shell and the organisation switcher of every page.
  revalidatePath("/", "layout");
  redirect("/settings?saved=1");
});
