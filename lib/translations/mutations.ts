/**
 * Saving translations of the records' texts and marking texts as kept as
 * written: from the translations view, the policy editor's "fill in place"
 * and an imported XLIFF file alike. Every change is an audit event (who,
 * when, before, after) in the same transaction.
 */
import { z } from "zod";
import { failure, type MutationResult } from "@/lib/mutations/result";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { RollBack, writeAudited } from "@/lib/mutations/audited";
import { loadOrganisationRecords } from "@/lib/records/queries";
import { isTranslatable, textKey, type TextRef } from "./fields";
import { sourceHash } from "./hash";
import { isLanguage, organisationLanguages, type Language } from "./languages";
import { recordTexts } from "./localise";
import { writeTranslations, writeVerbatim } from "./store";
import { message } from "@/lib/i18n/message";

const textRef = z.object({
  entity: z.string().min(1).max(40),
  id: z.string().min(1).max(200),
  field: z.string().min(1).max(60),
});

/** The longest translation accepted, from the editor or an XLIFF file. */
export const MAX_TRANSLATION_LENGTH = 20_000;

export const translationInputSchema = textRef.extend({
  language: z.string().refine(isLanguage, message("translationMessages.unsupportedLanguage")),
  value: z.string().max(MAX_TRANSLATION_LENGTH, message("translationMessages.save.tooLong", { max: MAX_TRANSLATION_LENGTH })),
  /** The translation the editor started from ("" when there was none); a different stored one is a conflict. Omitted: no check (an imported file replaces). */
  base: z.string().optional(),
  /**
   * The source text the translation was made from, when it is not the current
   * one (an imported file's source): the translation is stored with that
   * text's hash, so it shows as outdated until someone checks it.
   */
  source: z.string().max(MAX_TRANSLATION_LENGTH).optional(),
});

export type TranslationInput = z.infer<typeof translationInputSchema>;

export type SaveTranslationsResult = MutationResult<{ changed: number }, { failures?: { index: number; message: string }[] }>;

export const MAX_TRANSLATIONS_PER_SAVE = 5_000;

/**
 * Saves translations into the organisation's languages other than the
 * default (whose text is the record's own column). All or nothing: one
 * unknown text, unsupported language or conflicting edit leaves every text as
 * it was, and the answer names each failing entry.
 */
export async function saveTranslations(actor: Actor, input: unknown): Promise<SaveTranslationsResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const parsed = z.array(translationInputSchema).max(MAX_TRANSLATIONS_PER_SAVE, message("translationMessages.save.tooMany", { max: MAX_TRANSLATIONS_PER_SAVE })).safeParse(input);
  if (!parsed.success) return failure("invalid", { formError: parsed.error.issues[0]?.message ?? message("translationMessages.save.unreadable") });
  const items = parsed.data;
  const organisationId = actor.organisation.id;

  return writeAudited(actor, async (tx, audit) => {
    const records = await loadOrganisationRecords(organisationId, {}, tx);
    if (!records) return failure("not-found", { formError: message("translationMessages.organisationGone") });
    const languages = organisationLanguages(records.organisation.defaultLanguage, records.organisation.languages);
    const sources = new Map(recordTexts(records).map((text) => [textKey(text), text.source]));
    const existing = await tx.translation.findMany({
      where: { organisationId, language: { in: [...new Set(items.map((item) => item.language))] } },
      select: { entityType: true, entityId: true, field: true, language: true, value: true, sourceHash: true },
    });
    const current = new Map(existing.map((row) => [`${row.language}\u0000${textKey({ entity: row.entityType as TextRef["entity"], id: row.entityId, field: row.field })}`, row]));

    // `conflict`: someone else's edit came first, which the editor shows beside the user's text.
    const failures: { index: number; message: string; conflict?: true }[] = [];
    const rows: Parameters<typeof writeTranslations>[2] = [];
    const events: { ref: TextRef; language: Language; before: string | null; after: string | null }[] = [];
    items.forEach((item, index) => {
      if (!isTranslatable(item.entity, item.field)) return void failures.push({ index, message: message("translationMessages.save.notTranslatableField", { text: `${item.entity}.${item.field}` }) });
      const language = item.language as Language;
      if (language === languages[0]) return void failures.push({ index, message: message("translationMessages.save.defaultLanguage") });
      if (!languages.includes(language)) return void failures.push({ index, message: message("translationMessages.save.languageNotKept", { language }) });
      const ref: TextRef = { entity: item.entity, id: item.id, field: item.field };
      const source = sources.get(textKey(ref));
      if (source === undefined) return void failures.push({ index, message: message("translationMessages.save.sourceGone") });
      const stored = current.get(`${language}\u0000${textKey(ref)}`);
      if (item.base !== undefined && item.base.trim() !== (stored?.value ?? "")) {
        return void failures.push({ index, message: message("translationMessages.save.conflict"), conflict: true });
      }
      const value = item.value.trim();
      const madeFrom = item.source ?? source;
      // Saving the same text again confirms it against the current source (an outdated translation checked and kept).
      if ((stored?.value ?? "") === value && (!stored || stored.sourceHash === sourceHash(madeFrom))) return;
      rows.push({ ...ref, language, value, source: madeFrom });
      events.push({ ref, language, before: stored?.value ?? null, after: value || null });
    });
    if (failures.length) {
      const conflict = failures.some((f) => f.conflict);
      throw new RollBack(failure(conflict ? "conflict" : "invalid", { formError: failures[0].message, failures }));
    }
    await writeTranslations(tx, organisationId, rows, actor.user.id);
    for (const event of events) {
      await audit({
        action: event.before === null ? "CREATE" : event.after === null ? "DELETE" : "UPDATE",
        entityType: "Translation",
        entityId: `${event.ref.entity}:${event.ref.id}:${event.ref.field}:${event.language}`,
        before: event.before === null ? undefined : { language: event.language, value: event.before },
        after: event.after === null ? undefined : { language: event.language, value: event.after },
      });
    }
    return { ok: true as const, changed: rows.length };
  });
}

/** Marks a text as kept as written in every language (a proper name), or as one to translate again. */
export async function setVerbatim(actor: Actor, input: unknown): Promise<MutationResult<{ verbatim: boolean }>> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const parsed = textRef.extend({ verbatim: z.boolean() }).safeParse(input);
  if (!parsed.success || !isTranslatable(parsed.data.entity, parsed.data.field)) return failure("invalid", { formError: message("translationMessages.save.notTranslatable") });
  const { verbatim, ...ref } = parsed.data as TextRef & { verbatim: boolean };
  const organisationId = actor.organisation.id;
  return writeAudited(actor, async (tx, audit) => {
    const records = await loadOrganisationRecords(organisationId, {}, tx);
    const exists = records && recordTexts(records).some((text) => textKey(text) === textKey(ref));
    if (!exists) return failure("not-found", { formError: message("translationMessages.save.textGone") });
    const marked = (await tx.verbatimText.count({ where: { organisationId, entityType: ref.entity, entityId: ref.id, field: ref.field } })) > 0;
    if (marked !== verbatim) {
      await writeVerbatim(tx, organisationId, [ref], verbatim);
      await audit({ action: "UPDATE", entityType: "VerbatimText", entityId: `${ref.entity}:${ref.id}:${ref.field}`, before: { verbatim: marked }, after: { verbatim } });
    }
    return { ok: true as const, verbatim };
  });
}
