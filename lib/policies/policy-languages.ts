/**
 * A policy in its languages: which languages it is published in, its title
 * and its own Markdown sections in each. The policy's own texts follow the
 * records' rule (lib/translations): the stored `title` and each section's
 * `title`/`body` are the organisation's default language; other languages are
 * translations of them (`titles[lang]`, `translations[lang]`), and a
 * translation made from an earlier default-language text is outdated. Pure.
 */
import { sourceHash } from "@/lib/translations/hash";
import { isLanguage, type Language } from "@/lib/translations/languages";
import type { PolicyLanguage, PolicySectionSpec } from "./types";
import { POLICY_LANGUAGES } from "./wording";

type MarkdownSpec = Extract<PolicySectionSpec, { type: "markdown" }>;

/** A language a policy can be composed in: one the wording catalogue (wording.ts) speaks. */
export function isPolicyLanguage(value: unknown): value is PolicyLanguage {
  return isLanguage(value) && (POLICY_LANGUAGES as readonly string[]).includes(value);
}

/** The stored languages cleaned: known ones, each once, in the stored order; never empty. */
export function readPolicyLanguages(value: unknown): PolicyLanguage[] {
  const list = Array.isArray(value) ? value.filter(isPolicyLanguage) : [];
  const unique = [...new Set(list)];
  return unique.length ? unique : ["en"];
}

/** Titles per language as stored (Policy.titles), read defensively. */
export function readPolicyTitles(value: unknown): Partial<Record<Language, string>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const titles: Partial<Record<Language, string>> = {};
  for (const [key, title] of Object.entries(value)) if (isLanguage(key) && typeof title === "string" && title.trim()) titles[key] = title;
  return titles;
}

/**
 * The language served at the policy's plain address: the organisation's
 * default when the policy is published in it, else the policy's first.
 */
export function plainAddressLanguage(languages: readonly Language[], organisationDefault: string): Language {
  return languages.find((language) => language === organisationDefault) ?? languages[0] ?? "en";
}

/** The text a Markdown section's translations are made from: heading and body, as the migration hashed them. */
export function markdownSourceHash(section: Pick<MarkdownSpec, "title" | "body">): string {
  return sourceHash(`${section.title}\n\n${section.body}`);
}

/** A text of the policy itself that a language lacks or has only from an earlier source. */
export type PolicyTextGap = {
  /** "title", or the Markdown section's index in the draft. */
  what: "title" | { section: number };
  source: string;
  state: "missing" | "outdated";
};

export type PolicyTexts = { title: string; titles: Partial<Record<Language, string>>; sections: PolicySectionSpec[] };

/**
 * The policy's title and sections as a language shows them: the Markdown
 * sections replaced by their translation. What the language lacks keeps the
 * default-language text and is reported, so the version is refused rather
 * than mixed (translation-findings.ts).
 */
export function policyTextsIn(policy: PolicyTexts, language: Language, organisationDefault: Language): { title: string; sections: PolicySectionSpec[]; gaps: PolicyTextGap[] } {
  if (language === organisationDefault) return { title: policy.title, sections: policy.sections, gaps: [] };
  const gaps: PolicyTextGap[] = [];
  const title = policy.titles[language]?.trim();
  if (!title) gaps.push({ what: "title", source: policy.title, state: "missing" });
  const sections = policy.sections.map((section, index): PolicySectionSpec => {
    if (section.type !== "markdown") return section;
    const translation = section.translations?.[language];
    if (!translation || !translation.title.trim() || !translation.body.trim()) {
      gaps.push({ what: { section: index }, source: section.title, state: "missing" });
      return section;
    }
    if (translation.sourceHash !== markdownSourceHash(section)) gaps.push({ what: { section: index }, source: section.title, state: "outdated" });
    return { ...section, title: translation.title, body: translation.body };
  });
  return { title: title || policy.title, sections, gaps };
}

/**
 * Markdown translations as the editor sends them: one written or changed in
 * this edit (no `sourceHash`) was made from the section's text as it stands,
 * so it gets that text's hash; one left alone keeps the hash it was made from.
 */
export function stampTranslations(sections: PolicySectionSpec[]): PolicySectionSpec[] {
  return sections.map((section) => {
    if (section.type !== "markdown" || !section.translations) return section;
    const hash = markdownSourceHash(section);
    const translations = Object.fromEntries(
      Object.entries(section.translations).flatMap(([language, translation]) =>
        translation && (translation.title.trim() || translation.body.trim()) ? [[language, { ...translation, sourceHash: translation.sourceHash || hash }]] : [],
      ),
    );
    return { ...section, translations };
  });
}
