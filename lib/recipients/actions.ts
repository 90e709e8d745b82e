"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireMemberForAction } from "@/lib/auth/guard";
import { formObject } from "@/lib/forms/field-rules";
import type { Uses } from "@/lib/catalogues/usage";
import type { FormState } from "@/lib/forms/action-state";
import { createRecipient, deleteRecipient, updateRecipient } from "./mutations";
import { keepFormOnOutage } from "@/lib/forms/database-outage-action";
import { idInput } from "@/lib/forms/action-input";

export const createRecipientAction = keepFormOnOutage(async function createRecipientAction(_previous: FormState<{ uses?: Uses }>, formData: FormData): Promise<FormState<{ uses?: Uses }>> {
  const member = await requireMemberForAction("EDITOR");
  const result = await createRecipient(member, formObject(formData));
  if (!result.ok) return result;
  revalidatePath("/recipients", "layout");
  redirect(`/recipients/${result.id}?saved=1`);
});

export const updateRecipientAction = keepFormOnOutage(async function updateRecipientAction(id: string, _previous: FormState<{ uses?: Uses }>, formData: FormData): Promise<FormState<{ uses?: Uses }>> {
  const member = await requireMemberForAction("EDITOR");
  const result = await updateRecipient(member, idInput(id), formObject(formData));
  if (!result.ok) return result;
  revalidatePath("/recipients", "layout");
  redirect(`/recipients/${id}?saved=1`);
});

export const deleteRecipientAction = keepFormOnOutage(async function deleteRecipientAction(id: string, _previous: FormState<{ uses?: Uses }>, formData: FormData): Promise<FormState<{ uses?: Uses }>> {
  const member = await requireMemberForAction("DPO");
  const result = await deleteRecipient(member, idInput(id), formObject(formData));
  if (!result.ok) return result;
  revalidatePath("/recipients", "layout");
  revalidatePath("/activities", "layout");
  redirect(`/recipients?deleted=${encodeURIComponent(result.message ?? "")}`);
});
