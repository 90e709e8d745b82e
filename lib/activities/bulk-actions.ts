"use server";

/**
 * The server actions of the activities table's bulk bar and of the "mark as
 * reviewed" button. The guard runs first (editors and up); the organisation
 * comes from the session; the work is done by the plain functions in bulk.ts.
 */
import { revalidatePath } from "next/cache";
import { requireMemberForAction } from "@/lib/auth/guard";
import type { ActionState } from "@/lib/forms/action-state";
import { bulkUpdateActivities, markActivityReviewed } from "./bulk";
import type { BulkActivityInput } from "./bulk-schema";
import type { MarkReviewedInput } from "./review";
import { keepFormOnOutage } from "@/lib/forms/database-outage-action";
import { formInput } from "@/lib/forms/action-input";

export const bulkUpdateActivitiesAction = keepFormOnOutage(async function bulkUpdateActivitiesAction(input: BulkActivityInput): Promise<ActionState> {
  const member = await requireMemberForAction("EDITOR");
  const result = await bulkUpdateActivities(member, input);
  if (!result.ok) return { ok: false, formError: result.formError, fieldErrors: result.fieldErrors };
  revalidatePath("/activities", "layout");
  revalidatePath("/");
  return { ok: true, message: result.message };
});

export type MarkReviewedState = ActionState<MarkReviewedInput> & { nextReviewOn?: string };

export const markActivityReviewedAction = keepFormOnOutage(async function markActivityReviewedAction(_previous: MarkReviewedState, formData: FormData): Promise<MarkReviewedState> {
  formData = formInput(formData);
  const member = await requireMemberForAction("EDITOR");
  const values = {
    id: String(formData.get("id") ?? ""),
    version: String(formData.get("version") ?? ""),
    reviewedOn: String(formData.get("reviewedOn") ?? ""),
    nextReviewOn: String(formData.get("nextReviewOn") ?? ""),
  };
  const result = await markActivityReviewed(member, values);
  if (!result.ok) return { ok: false, formError: result.formError, fieldErrors: result.fieldErrors, conflict: result.conflict, values };
  revalidatePath("/activities", "layout");
  revalidatePath("/");
  return { ok: true, message: result.message, nextReviewOn: result.nextReviewOn, values };
});
