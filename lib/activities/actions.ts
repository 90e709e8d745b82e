"use server";

/**
 * The server actions of processing activities. Each runs the guard first,
 * takes the organisation from the session, and hands the submitted input to
 * the plain functions in mutations.ts, which validate it with the same schema
 * as the form and write the change with its audit event in one transaction.
 */
import { message } from "@/lib/i18n/message";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireMemberForAction } from "@/lib/auth/guard";
import type { ActionState } from "@/lib/forms/action-state";
import { createActivity, deleteActivity, duplicateActivity, retireActivity, updateActivity, type ActivityResult } from "./mutations";
import { quickCreateEntry, type QuickCreateResult } from "./quick-create";
import type { ActivityFormValues } from "./schema";
import { getActivityFormValues } from "./form-options";
import { keepFormOnOutage } from "@/lib/forms/database-outage-action";
import { idInput, versionInput } from "@/lib/forms/action-input";

export type ActivityActionState = ActionState<ActivityFormValues>;

function toState(result: Exclude<ActivityResult, { ok: true }>, values?: ActivityFormValues): ActivityActionState {
  return { ok: false, fieldErrors: result.fieldErrors, formError: result.formError, conflict: result.conflict, values };
}

function revalidate(id?: string) {
  revalidatePath("/activities");
  revalidatePath("/");
  if (id) revalidatePath(`/activities/${id}`);
}

/** Saves the activity form: creates when no id is given, else updates the version the form was opened at. */
export const saveActivityAction = keepFormOnOutage(async function saveActivityAction(id: string | null, values: ActivityFormValues): Promise<ActivityActionState> {
  const member = await requireMemberForAction("EDITOR");
  const result = id ? await updateActivity(member, idInput(id), values) : await createActivity(member, values);
  if (!result.ok) return toState(result, values);
  revalidate(result.id);
  redirect(`/activities/${result.id}?saved=1`);
});

export const duplicateActivityAction = keepFormOnOutage(async function duplicateActivityAction(id: string): Promise<ActionState> {
  const member = await requireMemberForAction("EDITOR");
  const result = await duplicateActivity(member, idInput(id));
  if (!result.ok) return toState(result);
  revalidate();
  redirect(`/activities/${result.id}/edit?duplicated=1`);
});

export const retireActivityAction = keepFormOnOutage(async function retireActivityAction(id: string, version: number): Promise<ActionState> {
  const member = await requireMemberForAction("EDITOR");
  const result = await retireActivity(member, idInput(id), versionInput(version));
  if (!result.ok) return toState(result);
  revalidate(id);
  return { ok: true, message: message("activityRecord.notices.retired") };
});

export const deleteActivityAction = keepFormOnOutage(async function deleteActivityAction(id: string): Promise<ActionState> {
  const member = await requireMemberForAction("EDITOR");
  const result = await deleteActivity(member, idInput(id));
  if (!result.ok) return toState(result);
  revalidate();
  redirect("/activities?deleted=1");
});

/** Creates a catalogue entry from a picker of the activity form. */
export const quickCreateEntryAction = keepFormOnOutage(async function quickCreateEntryAction(values: unknown): Promise<QuickCreateResult> {
  const member = await requireMemberForAction("EDITOR");
  const result = await quickCreateEntry(member, values);
  if (result.ok) revalidatePath("/catalogues");
  return result;
});

/** The activity as it is saved now, for reapplying the user's edits on top after a conflict. */
export async function currentActivityValuesAction(id: string) {
  const member = await requireMemberForAction("EDITOR");
  return getActivityFormValues(member.organisation.id, idInput(id));
}
