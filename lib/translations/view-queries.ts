// No "server-only" marker: the benchmark script (plain Node) loads the view's data too.
import { loadOrganisationRecords } from "@/lib/records/queries";
import { asLanguage, organisationLanguages, type Language } from "./languages";
import { translationRows, type TranslationRow } from "./overview";
import { loadTranslationSet } from "./queries";

export type LoadedTranslationRows = { defaultLanguage: Language; languages: Language[]; rows: TranslationRow[] };

/** Every translatable text of an organisation's records with its translation into `language`. */
export async function loadTranslationRows(organisationId: string, language: Language): Promise<LoadedTranslationRows | null> {
  const [records, set] = await Promise.all([loadOrganisationRecords(organisationId), loadTranslationSet(organisationId, language)]);
  if (!records) return null;
  const defaultLanguage = asLanguage(records.organisation.defaultLanguage);
  return { defaultLanguage, languages: organisationLanguages(defaultLanguage, records.organisation.languages), rows: translationRows(records, set) };
}
