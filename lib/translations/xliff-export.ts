/** The XLIFF file of one language's texts, for a translation agency (lib/translations/xliff.ts). */
import type { Language } from "./languages";
import { filterTranslationRows } from "./overview";
import { loadTranslationRows } from "./view-queries";
import { writeXliff } from "./xliff";

/** "all" texts, or only the "open" ones (missing or outdated). Null when the organisation is gone or does not translate into the language. */
export async function exportXliff(organisationId: string, language: Language, which: "all" | "open"): Promise<string | null> {
  const loaded = await loadTranslationRows(organisationId, language);
  if (!loaded || language === loaded.defaultLanguage || !loaded.languages.includes(language)) return null;
  const rows = which === "open" ? filterTranslationRows(loaded.rows, { state: "open" }) : loaded.rows;
  return writeXliff(
    loaded.defaultLanguage,
    language,
    rows.map((row) => ({ entity: row.entity, id: row.id, field: row.field, source: row.source, target: row.translation, note: row.description })),
  );
}
