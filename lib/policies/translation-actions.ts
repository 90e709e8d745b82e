"use server";

/**
 * Filling a missing translation in place from the policy editor: the same
 * audited mutations as the translations view (lib/translations/mutations.ts),
 * with the translation the editor started from as `base`, so a concurrent
 * edit of the same text is a visible conflict rather than lost.
 */
import { revalidatePath } from "next/cache";
import { requireMemberForAction } from "@/lib/auth/guard";
import { saveTranslations, setVerbatim } from "@/lib/translations/mutations";
import { message } from "@/lib/i18n/message";

export type TranslateInPlaceResult = { ok: true } | { ok: false; message: string; conflict?: boolean };

type TextInput = { entity: string; id: string; field: string };

export async function translateInPlaceAction(text: TextInput & { language: string; value: string; base: string }): Promise<TranslateInPlaceResult> {
  const member = await requireMemberForAction("EDITOR");
  const item = { entity: text?.entity, id: text?.id, field: text?.field, language: text?.language, value: text?.value, base: text?.base };
  const result = await saveTranslations(member, [item]);
  if (!result.ok) return { ok: false, message: result.formError ?? message("policyEditor.errors.translationNotSaved"), conflict: result.kind === "conflict" };
  revalidatePath("/policies", "layout");
  return { ok: true };
}

/** "Keep as written": a proper name (a company, a product) reads the same in every language. */
export async function keepAsWrittenAction(text: TextInput): Promise<TranslateInPlaceResult> {
  const member = await requireMemberForAction("EDITOR");
  const result = await setVerbatim(member, { entity: text?.entity, id: text?.id, field: text?.field, verbatim: true });
  if (!result.ok) return { ok: false, message: result.formError ?? message("policyEditor.errors.textNotMarked") };
  revalidatePath("/policies", "layout");
  return { ok: true };
}
