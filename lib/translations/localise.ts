/**
 * The records in one language: every translatable text (fields.ts) replaced
 * by its translation, country names from CLDR. Pure, over the read model
 * (lib/records/read-model.ts), so the policy composer and the register
 * exports read localised records exactly as they read the source ones.
 *
 * A text the language lacks keeps its source value and is reported as missing
 * (a "text") — never silently mixed in: the caller decides (a policy version
 * refuses it, a register export marks it). Proper names ("name" texts, and
 * texts marked as kept as written) are shown as written.
 */
import type { OrganisationRecords } from "../records/read-model";
import { textKey, textKind, type TextKind, type TextRef, type TranslatableEntity } from "./fields";
import { sourceHash } from "./hash";
import { asLanguage, countryName, type Language } from "./languages";

export type StoredTranslation = { value: string; sourceHash: string };

/** The translations of one organisation into one language, as loaded (queries.ts). */
export type TranslationSet = {
  language: Language;
  /** By textKey. */
  values: ReadonlyMap<string, StoredTranslation>;
  /** Texts kept as written in every language, by textKey. */
  verbatim: ReadonlySet<string>;
};

export type SourceText = TextRef & { source: string; kind: TextKind };

export type TextState = "source" | "translated" | "outdated" | "verbatim" | "missing";

export type LocalisedText = SourceText & { state: TextState; value: string };

type Visit = (ref: TextRef, value: string) => string;

/** Rewrites every translatable text of the records through `visit` (returning a copy). */
function mapTexts(records: OrganisationRecords, visit: Visit): OrganisationRecords {
  const text = <E extends TranslatableEntity>(entity: E, id: string, field: string, value: string) => visit({ entity, id, field }, value);
  const fields = <T extends Record<string, unknown>>(entity: TranslatableEntity, id: string, row: T, names: readonly (keyof T & string)[]): T => {
    const copy = { ...row };
    for (const name of names) {
      const value = row[name];
      if (typeof value === "string") (copy as Record<string, unknown>)[name] = text(entity, id, name, value);
    }
    return copy;
  };
  const o = records.organisation;
  return {
    ...records,
    organisation: fields("organisation", o.id, o, ["legalName", "address", "privacyContactName", "privacyContactAddress", "representativeName", "representativeAddress", "dpoName", "dpoOrganisation", "dpoAddress", "supervisoryAuthorityName"]),
    legalBases: records.legalBases.map((b) => fields("legalBasis", b.id, b, ["name", "description"])),
    dataCategories: records.dataCategories.map((c) => fields("dataCategory", c.id, c, ["name", "description", "defaultRetention"])),
    dataSubjectCategories: records.dataSubjectCategories.map((c) => fields("dataSubjectCategory", c.id, c, ["name", "description"])),
    securityMeasures: records.securityMeasures.map((m) => fields("securityMeasure", m.id, m, ["name", "description"])),
    recipients: records.recipients.map((r) => fields("recipient", r.id, r, ["name", "services"])),
    activities: records.activities.map((a) => ({
      ...fields("activity", a.id, a, [
        "name",
        "description",
        "publicTitle",
        "publicDescription",
        "department",
        "owner",
        "jointControllerArrangement",
        "dataSourceDescription",
        "provisionConsequences",
        "automatedDecisionLogic",
        "automatedDecisionConsequences",
        "consentWithdrawalInstructions",
        "storageLocation",
        "securityDescription",
      ]),
      purposes: a.purposes.map((p) => fields("purpose", p.id, p, ["description", "legitimateInterests"])),
      dataCategories: a.dataCategories.map((c) => fields("activityDataCategory", c.id, c, ["details", "retention"])),
      parties: a.parties.map((p) => ({ ...p, note: text("activityRecipient", `${a.id}:${p.recipientId}`, "note", p.note) })),
      transfers: a.transfers.map((t) => fields("transfer", t.id, t, ["internationalOrganisation", "safeguardDetails"])),
    })),
  };
}

/** Every non-empty translatable text of the records, in the default language. */
export function recordTexts(records: OrganisationRecords): SourceText[] {
  const texts: SourceText[] = [];
  mapTexts(records, (ref, value) => {
    if (value.trim()) texts.push({ ...ref, source: value, kind: textKind(ref.entity, ref.field) });
    return value;
  });
  return texts;
}

/** What one text reads as in the set's language, and why. */
export function localiseText(text: SourceText, set: TranslationSet, defaultLanguage: Language): LocalisedText {
  if (set.language === defaultLanguage) return { ...text, state: "source", value: text.source };
  const key = textKey(text);
  const stored = set.values.get(key);
  if (stored && stored.value.trim()) {
    return { ...text, state: stored.sourceHash === sourceHash(text.source) ? "translated" : "outdated", value: stored.value };
  }
  if (set.verbatim.has(key)) return { ...text, state: "verbatim", value: text.source };
  return { ...text, state: text.kind === "name" ? "verbatim" : "missing", value: text.source };
}

export type LocalisedRecords = {
  records: OrganisationRecords;
  language: Language;
  /** Texts ("text" kind) the language has no translation of; their source value stands in. */
  missing: SourceText[];
  /** Translations made from an earlier source text (still used). */
  outdated: SourceText[];
};

/** The records in the set's language (the records themselves for the default language, with country names in it). */
export function localiseRecords(records: OrganisationRecords, set: TranslationSet): LocalisedRecords {
  const defaultLanguage = asLanguage(records.organisation.defaultLanguage);
  const missing: SourceText[] = [];
  const outdated: SourceText[] = [];
  const localised =
    set.language === defaultLanguage
      ? records
      : mapTexts(records, (ref, value) => {
          if (!value.trim()) return value;
          const result = localiseText({ ...ref, source: value, kind: textKind(ref.entity, ref.field) }, set, defaultLanguage);
          const { state, value: shown, ...text } = result;
          if (state === "missing") missing.push(text);
          if (state === "outdated") outdated.push(text);
          return shown;
        });
  return {
    records: { ...localised, countries: localised.countries.map((c) => ({ ...c, name: countryName(c.code, set.language) })) },
    language: set.language,
    missing,
    outdated,
  };
}

/** A set with no translations (the default language, or tests). */
export function emptyTranslationSet(language: Language): TranslationSet {
  return { language, values: new Map(), verbatim: new Set() };
}
