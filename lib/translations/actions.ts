"use server";

import { revalidatePath } from "next/cache";
import { requireMemberForAction } from "@/lib/auth/guard";
import { keepFormOnOutage } from "@/lib/forms/database-outage-action";
import type { FormState } from "@/lib/forms/action-state";
import { getStoredTranslation } from "./queries";
import { isLanguage } from "./languages";
import { saveTranslations, setVerbatim } from "./mutations";
import { updateLanguageSettings } from "./settings";
import { importXliff, type XliffPlan } from "./xliff-import";
import { MAX_XLIFF_BYTES } from "./xliff";
import { message } from "@/lib/i18n/message";

export type TranslationEditState = {
  ok: boolean;
  formError?: string;
  /** On a conflict: the translation someone else stored meanwhile, shown beside what the user typed. */
  current?: string;
};

type EditInput = { entity: string; id: string; field: string; language: string; value: string; base: string };

/** Saves one translation from the translations view; `base` is what the editor started from, so a concurrent edit is a conflict. */
export async function saveTranslationAction(input: EditInput): Promise<TranslationEditState> {
  const member = await requireMemberForAction("EDITOR");
  const result = await saveTranslations(member, [input]);
  if (result.ok) {
    revalidatePath("/translations");
    return { ok: true };
  }
  if (result.kind === "conflict") return { ok: false, formError: result.formError, current: await getStoredTranslation(member.organisation.id, input) };
  return { ok: false, formError: result.formError };
}

/** Marks a text as kept as written in every language (a proper name), or as one to translate. */
export async function setVerbatimAction(input: { entity: string; id: string; field: string; verbatim: boolean }): Promise<TranslationEditState> {
  const member = await requireMemberForAction("EDITOR");
  const result = await setVerbatim(member, input);
  if (!result.ok) return { ok: false, formError: result.formError };
  revalidatePath("/translations");
  return { ok: true };
}

export type XliffImportState = { ok?: boolean; formError?: string; plan?: Omit<XliffPlan, "items">; applied?: boolean; fileName?: string };

/**
 * Checks an uploaded XLIFF file and shows what it would change; with
 * `apply=1` imports it (all or nothing). The file is read again on apply, so
 * what is applied is checked against the records as they are then.
 */
export async function importXliffAction(_previous: XliffImportState, formData: FormData): Promise<XliffImportState> {
  const member = await requireMemberForAction("EDITOR");
  const language = String(formData.get("language") ?? "");
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, formError: message("translationMessages.xliff.chooseFile") };
  if (file.size > MAX_XLIFF_BYTES) return { ok: false, formError: message("translationMessages.xliff.tooLarge", { megabytes: MAX_XLIFF_BYTES / 1024 / 1024 }) };
  if (!isLanguage(language)) return { ok: false, formError: message("translationMessages.xliff.chooseLanguage") };
  const apply = formData.get("apply") === "1";
  const result = await importXliff(member, { language, xml: await file.text(), apply });
  if (!result.ok) return { ok: false, formError: result.formError, fileName: file.name };
  if (apply) revalidatePath("/translations");
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { items, ...plan } = result.plan;
  return { ok: true, plan, applied: result.applied, fileName: file.name };
}

export type LanguageSettingsState = FormState<{ kind?: string; lacking?: number; lackingLanguage?: string }>;

/** Settings → Languages (DPO and owner). */
export const updateLanguageSettingsAction = keepFormOnOutage(async function updateLanguageSettingsAction(_previous: LanguageSettingsState, formData: FormData): Promise<LanguageSettingsState> {
  const member = await requireMemberForAction("DPO");
  const input = { languages: formData.getAll("languages").map(String), defaultLanguage: String(formData.get("defaultLanguage") ?? ""), version: formData.get("version") };
  const result = await updateLanguageSettings(member, input);
  if (!result.ok) return { ...result, values: input };
  // The languages appear in the translations view, the policy editor and the register exports.
  revalidatePath("/", "layout");
  return { ok: true, message: result.swapped ? message("translationMessages.settings.savedSwapped", { count: result.swapped }) : message("translationMessages.settings.saved") };
});
