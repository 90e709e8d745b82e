"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireMemberForAction } from "@/lib/auth/guard";
import { formObject } from "@/lib/forms/field-rules";
import { createCatalogueEntry, deleteCatalogueEntry, updateCatalogueEntry, type MutationResult } from "./mutations";
import { isCatalogueType } from "./schema";

function catalogueType(value: string) {
  if (!isCatalogueType(value)) throw new Error(`Unknown catalogue: ${value}`);
  return value;
}

export async function createCatalogueEntryAction(type: string, _previous: MutationResult, formData: FormData): Promise<MutationResult> {
  const member = await requireMemberForAction("EDITOR");
  const kind = catalogueType(type);
  const result = await createCatalogueEntry(member, kind, formObject(formData));
  if (!result.ok) return result;
  revalidatePath("/catalogues", "layout");
  redirect(`/catalogues/${kind}/${result.id}?saved=1`);
}

export async function updateCatalogueEntryAction(type: string, id: string, _previous: MutationResult, formData: FormData): Promise<MutationResult> {
  const member = await requireMemberForAction("EDITOR");
  const kind = catalogueType(type);
  const result = await updateCatalogueEntry(member, kind, id, formObject(formData));
  if (!result.ok) return result;
  revalidatePath("/catalogues", "layout");
  redirect(`/catalogues/${kind}/${id}?saved=1`);
}

export async function deleteCatalogueEntryAction(type: string, id: string, _previous: MutationResult, formData: FormData): Promise<MutationResult> {
  const member = await requireMemberForAction("DPO");
  const kind = catalogueType(type);
  const result = await deleteCatalogueEntry(member, kind, id, formObject(formData));
  if (!result.ok) return result;
  revalidatePath("/catalogues", "layout");
  revalidatePath("/activities", "layout");
  redirect(`/catalogues?deleted=${encodeURIComponent(result.message ?? "")}#${kind}`);
}
