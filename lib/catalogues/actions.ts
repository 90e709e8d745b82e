"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireMemberForAction } from "@/lib/auth/guard";
import { formObject } from "@/lib/forms/field-rules";
import { createCatalogueEntry, deleteCatalogueEntry, updateCatalogueEntry } from "./mutations";
import type { Uses } from "./usage";
import type { FormState } from "@/lib/forms/action-state";
import { isCatalogueType } from "./schema";
import { keepFormOnOutage } from "@/lib/forms/database-outage-action";
import { idInput } from "@/lib/forms/action-input";

// The type is bound in the browser (action.bind(null, type)), so a forged request can send any value: no such catalogue.
function catalogueType(value: unknown) {
  if (typeof value !== "string" || !isCatalogueType(value)) notFound();
  return value;
}

export const createCatalogueEntryAction = keepFormOnOutage(async function createCatalogueEntryAction(type: string, _previous: FormState<{ uses?: Uses }>, formData: FormData): Promise<FormState<{ uses?: Uses }>> {
  const member = await requireMemberForAction("EDITOR");
  const kind = catalogueType(type);
  const result = await createCatalogueEntry(member, kind, formObject(formData));
  if (!result.ok) return result;
  revalidatePath("/catalogues", "layout");
  redirect(`/catalogues/${kind}/${result.id}?saved=1`);
});

export const updateCatalogueEntryAction = keepFormOnOutage(async function updateCatalogueEntryAction(type: string, id: string, _previous: FormState<{ uses?: Uses }>, formData: FormData): Promise<FormState<{ uses?: Uses }>> {
  const member = await requireMemberForAction("EDITOR");
  const kind = catalogueType(type);
  const result = await updateCatalogueEntry(member, kind, idInput(id), formObject(formData));
  if (!result.ok) return result;
  revalidatePath("/catalogues", "layout");
  redirect(`/catalogues/${kind}/${id}?saved=1`);
});

export const deleteCatalogueEntryAction = keepFormOnOutage(async function deleteCatalogueEntryAction(type: string, id: string, _previous: FormState<{ uses?: Uses }>, formData: FormData): Promise<FormState<{ uses?: Uses }>> {
  const member = await requireMemberForAction("DPO");
  const kind = catalogueType(type);
  const result = await deleteCatalogueEntry(member, kind, idInput(id), formObject(formData));
  if (!result.ok) return result;
  revalidatePath("/catalogues", "layout");
  revalidatePath("/activities", "layout");
  redirect(`/catalogues?deleted=${encodeURIComponent(result.message ?? "")}#${kind}`);
});
