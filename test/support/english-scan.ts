/**
 * "No English left on a German or French page": the distinctive words of
 * the English version (words of its visible text that the other language's
 * wording catalogue and page chrome do not use too, and that are not proper names) must not
 * occur in the other language's page. Used by the integration and e2e scans.
 */
import { chromeFor } from "@/lib/policies/public-page/shell";
import { wordingFor } from "@/lib/policies/wording";
import type { PolicyLanguage } from "@/lib/policies/types";

const WORD = /\p{L}[\p{L}'’-]{3,}/gu;

export function wordsOf(text: string): Set<string> {
  return new Set((text.match(WORD) ?? []).map((word) => word.toLocaleLowerCase("en")));
}

/** The visible text of an HTML page: no head, scripts or styles, tags removed, entities of the usual kind decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/i, " ")
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    // The language switcher names each language in itself, marked with its own lang attribute (WCAG 3.1.2).
    .replace(/<nav class="languages"[\s\S]*?<\/nav>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** Every sentence a wording catalogue can produce, with placeholders for its arguments. */
function catalogueText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "function") {
    try {
      return String((value as (...args: unknown[]) => unknown)("", "", "", ""));
    } catch {
      return "";
    }
  }
  if (value && typeof value === "object") return Object.values(value).map(catalogueText).join(" ");
  return "";
}

/** The words of a language's wording catalogue and of the public pages' own chrome in it. */
export function catalogueWords(language: PolicyLanguage): Set<string> {
  return wordsOf(`${catalogueText(wordingFor(language))} ${catalogueText(chromeFor(language))}`);
}

/**
 * The English page's words that the page in `language` must not show: its
 * distinctive words, less those `language`'s catalogue uses too, the proper
 * names, and `shared` (words the translations use themselves, like
 * "Newsletter" in German).
 */
export function englishLeftOn(englishHtml: string, otherHtml: string, language: PolicyLanguage, exempt: { properNames: string[]; shared?: string[] }): string[] {
  const allowed = new Set([...catalogueWords(language), ...wordsOf(exempt.properNames.join(" ")), ...wordsOf((exempt.shared ?? []).join(" "))]);
  const distinctive = [...wordsOf(visibleText(englishHtml))].filter((word) => !allowed.has(word));
  const other = wordsOf(visibleText(otherHtml));
  return distinctive.filter((word) => other.has(word)).sort();
}
