"use server";

import { requireMemberForAction } from "@/lib/auth/guard";
import type { ActionState } from "@/lib/forms/action-state";
import { saveColumnVisibility } from "./queries";

/** Remembers which columns the signed-in user shows in a table. A preference, so viewers may set it too. */
export async function saveColumnVisibilityAction(input: unknown): Promise<ActionState> {
  const member = await requireMemberForAction("VIEWER");
  const saved = await saveColumnVisibility(member.user.id, input);
  return saved ? { ok: true } : { ok: false, formError: "The column choice could not be saved." };
}
