"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireMemberForAction } from "@/lib/auth/guard";
import { composeDraft } from "./draft";
import { publishPolicy, type PublishFormState } from "./publish";
import { publishFormValues } from "./publish-schema";
import { keepFormOnOutage } from "@/lib/forms/database-outage-action";

export const publishPolicyAction = keepFormOnOutage(async function publishPolicyAction(_previous: PublishFormState, formData: FormData): Promise<PublishFormState> {
  const member = await requireMemberForAction("DPO");
  const result = await publishPolicy(member, publishFormValues(formData), (orgId, policyId) => composeDraft(orgId, policyId));
  if (!result.ok) return result;
  const policyId = String(formData.get("policyId"));
  revalidatePath("/policies");
  revalidatePath(`/policies/${policyId}`, "layout");
  revalidatePath("/");
  redirect(`/policies/${policyId}/versions?published=${result.number}`);
});
