"use server";

import { requireMemberForAction } from "@/lib/auth/guard";
import type { ActionState } from "@/lib/forms/action-state";
import { revalidatePath } from "next/cache";
import { formInput } from "@/lib/forms/action-input";
import { message } from "@/lib/i18n/message";
import { saveColumnVisibility, saveLocalePreference } from "./queries";

/** Remembers which columns the signed-in user shows in a table. A preference, so viewers may set it too. */
export async function saveColumnVisibilityAction(input: unknown): Promise<ActionState> {
  const member = await requireMemberForAction("VIEWER");
  const saved = await saveColumnVisibility(member.user.id, input);
  return saved ? { ok: true } : { ok: false, formError: message("account.errors.columnsNotSaved") };
}

/**
 * Saves the dashboard language of the signed-in user (account page). The next
 * render uses it: i18n/request.ts reads it for every request.
 */
export async function saveLocaleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  formData = formInput(formData);
  const member = await requireMemberForAction("VIEWER");
  const saved = await saveLocalePreference(member.user.id, { locale: formData.get("locale") });
  if (!saved) return { ok: false, formError: message("account.language.notSaved") };
  revalidatePath("/", "layout");
  return { ok: true, message: message("account.language.saved") };
}
