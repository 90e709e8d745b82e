/**
 * The languages of a public page: `<link rel="alternate" hreflang>` for each
 * language (and x-default, the plain address) so search engines serve the
 * reader's language, and a visible switcher of plain links, each named in its
 * own language with a `lang` attribute (WCAG 3.1.2, language of parts) and
 * `aria-current` on the page's own language.
 */
import { languageName, type Language } from "@/lib/translations/languages";
import { escapeHtml } from "./escape";

/** The same page in each language; `xDefault` is the address for readers of any other language. */
export type PageLanguages = { current: Language; links: { language: Language; href: string }[]; xDefault: string };

const switcherLabel: Record<Language, string> = { en: "Language", de: "Sprache", fr: "Langue" };

export function alternateLinks(languages: PageLanguages | undefined, origin: string): string {
  if (!languages || languages.links.length < 2) return "";
  return [
    ...languages.links.map((link) => `<link rel="alternate" hreflang="${link.language}" href="${escapeHtml(origin + link.href)}">`),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(origin + languages.xDefault)}">`,
  ].join("\n");
}

export function languageSwitcher(languages: PageLanguages | undefined): string {
  if (!languages || languages.links.length < 2) return "";
  const items = languages.links.map((link) => {
    const current = link.language === languages.current ? ` aria-current="true"` : "";
    return `<li><a href="${escapeHtml(link.href)}" lang="${link.language}" hreflang="${link.language}"${current}>${escapeHtml(languageName(link.language, link.language))}</a></li>`;
  });
  return `<nav class="languages" aria-label="${switcherLabel[languages.current]}"><ul>${items.join("")}</ul></nav>`;
}
