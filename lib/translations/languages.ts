/**
 * The languages an organisation can keep its records and publish its policies
 * in. Adding one is adding its code here, its wording catalogue
 * (lib/policies/wording.ts) and its default catalogue texts
 * (lib/catalogues/defaults.ts); the type makes a forgotten one fail to compile.
 */
export const LANGUAGES = ["en", "de", "fr"] as const;

export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** A stored language code read back (a column, a JSON document): unknown codes fall back to English. */
export function asLanguage(value: unknown): Language {
  return isLanguage(value) ? value : "en";
}

/** The BCP 47 locale used to format dates and names in a language. */
export const LOCALES: Record<Language, string> = { en: "en-GB", de: "de-DE", fr: "fr-FR" };

const names = new Map<string, Intl.DisplayNames>();

function displayNames(inLanguage: Language, type: "language" | "region"): Intl.DisplayNames {
  const key = `${inLanguage}:${type}`;
  let found = names.get(key);
  if (!found) {
    found = new Intl.DisplayNames([LOCALES[inLanguage]], { type, fallback: "code" });
    names.set(key, found);
  }
  return found;
}

/** A language's name in a language ("Deutsch" in German, "German" in English), from CLDR. */
export function languageName(language: Language, inLanguage: Language = language): string {
  const name = displayNames(inLanguage, "language").of(language) ?? language;
  // CLDR writes language names in lower case in French ("allemand"); a menu entry starts with a capital.
  return name.charAt(0).toLocaleUpperCase(LOCALES[inLanguage]) + name.slice(1);
}

/** A country's name in a language, from CLDR through Intl.DisplayNames rather than a typed list. */
export function countryName(code: string, language: Language): string {
  return displayNames(language, "region").of(code.toUpperCase()) ?? code;
}

/**
 * An organisation's languages as stored, cleaned: known codes only, the
 * default first and always present.
 */
export function organisationLanguages(defaultLanguage: string, languages: readonly string[] | null | undefined): Language[] {
  const first = asLanguage(defaultLanguage);
  const rest = (languages ?? []).filter(isLanguage).filter((l) => l !== first);
  return [first, ...LANGUAGES.filter((l) => rest.includes(l))];
}
