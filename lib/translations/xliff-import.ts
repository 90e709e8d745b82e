/**
 * What an XLIFF file from a translator would change, and changing it. The
 * plan is pure (the file against the view's rows), so the summary shown
 * before the import is the one applied after it. All or nothing per file: a
 * file with any refused unit changes nothing.
 */
import type { Actor } from "@/lib/mutations/actor";
import { failure, type MutationResult } from "@/lib/mutations/result";
import { refuseRole } from "@/lib/mutations/actor";
import { isLanguage, type Language } from "./languages";
import { MAX_TRANSLATION_LENGTH, saveTranslations, type TranslationInput } from "./mutations";
import type { TranslationRow } from "./overview";
import { loadTranslationRows } from "./view-queries";
import { normaliseLineEnds, parseUnitId, readXliff, unitId, type ParsedXliff } from "./xliff";
import { textKey } from "./fields";
import { message } from "@/lib/i18n/message";

export type RefusedUnit = { unitId: string; reason: string };

export type XliffPlan = {
  language: Language;
  /** Translations the file adds or changes; `outdated` when the file's source is not the current one. */
  updates: { unitId: string; description: string; before: string; after: string; outdated: boolean }[];
  unchanged: number;
  /** Units without a target: left as they are. */
  empty: number;
  refused: RefusedUnit[];
  items: TranslationInput[];
};

const same = (a: string, b: string) => normaliseLineEnds(a).trim() === normaliseLineEnds(b).trim();

/** A language tag's primary subtag ("de-CH" → "de"): tools often write regional tags. */
function primary(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

export type PlanResult = { ok: true; plan: XliffPlan } | { ok: false; error: string };

export function planXliffImport(file: ParsedXliff, rows: readonly TranslationRow[], defaultLanguage: Language, language: Language): PlanResult {
  if (!file.ok) return { ok: false, error: file.error };
  if (primary(file.sourceLanguage) !== defaultLanguage) {
    return { ok: false, error: message("translationMessages.xliff.sourceLanguage", { file: file.sourceLanguage, records: defaultLanguage }) };
  }
  if (primary(file.targetLanguage) !== language) {
    return { ok: false, error: file.targetLanguage
        ? message("translationMessages.xliff.targetLanguage", { file: file.targetLanguage, language })
        : message("translationMessages.xliff.noTargetLanguage", { language }), };
  }
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const plan: XliffPlan = { language, updates: [], unchanged: 0, empty: 0, refused: [], items: [] };
  const seen = new Set<string>();
  for (const unit of file.units) {
    const ref = parseUnitId(unit.unitId);
    const row = ref && byKey.get(textKey(ref));
    if (!ref || !row) {
      plan.refused.push({ unitId: unit.unitId, reason: message("translationMessages.xliff.unknownUnit") });
      continue;
    }
    if (seen.has(row.key)) {
      plan.refused.push({ unitId: unit.unitId, reason: message("translationMessages.xliff.duplicateUnit") });
      continue;
    }
    seen.add(row.key);
    const target = normaliseLineEnds(unit.target).trim();
    if (!target) {
      plan.empty += 1;
      continue;
    }
    if (target.length > MAX_TRANSLATION_LENGTH) {
      plan.refused.push({ unitId: unit.unitId, reason: message("translationMessages.xliff.tooLong", { max: MAX_TRANSLATION_LENGTH }) });
      continue;
    }
    const current = same(unit.source, row.source);
    if (current && same(target, row.translation) && row.state !== "outdated") {
      plan.unchanged += 1;
      continue;
    }
    // Made from another source text than the current one: stored with that text's hash, so it shows as outdated.
    plan.updates.push({ unitId: unitId(ref), description: row.description, before: row.translation, after: target, outdated: !current });
    plan.items.push({ ...ref, language, value: target, ...(current ? {} : { source: normaliseLineEnds(unit.source) }) });
  }
  return { ok: true, plan };
}

export type XliffImportResult = MutationResult<{ plan: XliffPlan; applied: boolean }>;

/**
 * Checks a file (apply: false) or imports it (apply: true). The plan is made
 * again when applying, against the records as they are then.
 */
export async function importXliff(actor: Actor, input: { language: string; xml: string; apply: boolean }): Promise<XliffImportResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  if (!isLanguage(input.language)) return failure("invalid", { formError: message("translationMessages.xliff.chooseLanguage") });
  const loaded = await loadTranslationRows(actor.organisation.id, input.language);
  if (!loaded) return failure("not-found", { formError: message("translationMessages.organisationGone") });
  if (input.language === loaded.defaultLanguage) return failure("invalid", { formError: message("translationMessages.xliff.defaultLanguage") });
  if (!loaded.languages.includes(input.language)) return failure("invalid", { formError: message("translationMessages.xliff.languageNotKept") });
  const planned = planXliffImport(await readXliff(input.xml), loaded.rows, loaded.defaultLanguage, input.language);
  if (!planned.ok) return failure("invalid", { formError: planned.error });
  const { plan } = planned;
  if (!input.apply) return { ok: true, plan, applied: false };
  if (plan.refused.length) return failure("invalid", { formError: message("translationMessages.xliff.nothingImported", { count: plan.refused.length }) });
  if (!plan.items.length) return { ok: true, plan, applied: true };
  const saved = await saveTranslations(actor, plan.items);
  if (!saved.ok) return saved;
  return { ok: true, plan, applied: true };
}
