/**
 * The register's records in the language of an export: every text of the
 * records in that language (lib/translations/localise.ts), and each text
 * without a translation shown in the default language with a mark after it
 * (UNTRANSLATED_MARKER), never silently mixed in. The JSON export takes the
 * records without the marks and lists the untranslated texts instead, so the
 * file stays importable. Pure: the translations come loaded.
 */
import { sourceHash } from "@/lib/translations/hash";
import { asLanguage, languageName, type Language } from "@/lib/translations/languages";
import { localiseRecords, type SourceText, type TranslationSet } from "@/lib/translations/localise";
import { textKey } from "@/lib/translations/fields";
import type { RegisterSource } from "./source";
import { registerWording, UNTRANSLATED_MARKER } from "./wording";

export type RegisterLocalisation = {
  language: Language;
  defaultLanguage: Language;
  /** The texts of the records the language has no translation of: shown in the default language and marked. */
  untranslated: SourceText[];
  /** What the mark means, in the export's language; null when no text is marked. */
  legend: string | null;
};

export type LocalisedRegisterSource = {
  /** For the documents a person reads: the untranslated texts carry the mark. */
  marked: RegisterSource;
  /** For the JSON: the same texts without the mark. */
  unmarked: RegisterSource;
  localisation: RegisterLocalisation;
};

export const markUntranslated = (text: string) => `${text} ${UNTRANSLATED_MARKER}`;

export function localiseRegisterSource(source: RegisterSource, translations: TranslationSet): LocalisedRegisterSource {
  const defaultLanguage = asLanguage(source.organisation.defaultLanguage);
  const language = translations.language;
  const first = localiseRecords(source, translations);
  const unmarked: RegisterSource = { ...first.records, filters: source.filters, generatedAt: source.generatedAt };
  const localisation: RegisterLocalisation = { language, defaultLanguage, untranslated: first.missing, legend: null };
  if (first.missing.length === 0) return { marked: unmarked, unmarked, localisation };
  // The same localisation again, with each missing text "translated" into itself plus the mark:
  // the localiser places it exactly where the text is used, in every copy of the records.
  const values = new Map(translations.values);
  for (const text of first.missing) values.set(textKey(text), { value: markUntranslated(text.source), sourceHash: sourceHash(text.source) });
  const second = localiseRecords(source, { ...translations, values });
  return {
    marked: { ...second.records, filters: source.filters, generatedAt: source.generatedAt },
    unmarked,
    localisation: { ...localisation, legend: registerWording(language).untranslated(languageName(defaultLanguage, language)) },
  };
}
