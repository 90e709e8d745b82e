"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireMemberForAction } from "@/lib/auth/guard";
import { formObject } from "@/lib/forms/field-rules";
import type { MutationResult } from "@/lib/catalogues/mutations";
import { updateOrganisationProfile } from "./mutations";
import { keepFormOnOutage } from "@/lib/forms/database-outage-action";

export const updateOrganisationProfileAction = keepFormOnOutage(async function updateOrganisationProfileAction(_previous: MutationResult, formData: FormData): Promise<MutationResult> {
  const member = await requireMemberForAction("DPO");
  const result = await updateOrganisationProfile(member, formObject(formData));
  if (!result.ok) return result;
  // The name appears in the shell and the organisation switcher of every page.
  revalidatePath("/", "layout");
  redirect("/settings?saved=1");
});
