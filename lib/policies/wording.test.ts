import { describe, expect, it } from "vitest";
import type { LegalBasisArticle } from "@prisma/client";
import { POLICY_LANGUAGES, wordingFor, type Wording } from "./wording";

const ARG = "⟨X⟩";

/** Every sentence of a wording, by its key path: strings as they are, functions called with a placeholder for each argument. */
function sentences(wording: Wording): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") found.set(path, value);
    else if (typeof value === "function") {
      if (path === "cite") {
        const cases: [LegalBasisArticle, string][] = [["ART6", "a"], ["ART9", "j"], ["ART10", ""]];
        for (const [article, letter] of cases) found.set(`cite(${article},${letter})`, (value as Wording["cite"])(article, letter) ?? "");
      } else {
        const fn = value as (...args: string[]) => unknown;
        found.set(path, String(fn(...Array.from({ length: Math.max(fn.length, 1) }, () => ARG))));
        // The optional part of functions such as recipient(name, kind, note) only shows with a value: try it empty too.
        if (fn.length > 1) found.set(`${path}(empty last)`, String(fn(...Array.from({ length: fn.length - 1 }, () => ARG), "")));
      }
    } else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    }
  };
  walk(wording, "");
  return found;
}

const wordsOf = (text: string) => text.replaceAll(ARG, " ").toLowerCase().match(/[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]/gu) ?? [];

// Words the English wording shares with German or French because they are the
// same word there, not English left in a translation: listed per language, so
// that each entry is a reviewed cognate.
const SHARED: Record<"de" | "fr", Set<string>> = {
  de: new Set(["art", "e-mail", "website", "version", "text", "union", "situation", "format", "profiling"]),
  fr: new Set(["art", "version", "section", "protection", "bases", "source", "sources", "commission", "clauses", "situation", "situations", "rectification", "contact", "organisations", "public", "format"]),
};

describe("the wording catalogue", () => {
  const english = sentences(wordingFor("en"));

  it.each(POLICY_LANGUAGES)("gives a non-empty sentence for every key in %s", (language) => {
    const own = sentences(wordingFor(language));
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of own) expect(text.replaceAll(ARG, "").trim(), `${language}: ${key}`).not.toBe("");
  });

  // The distinctive words of the English wording ("controller", "GDPR", "legitimate") must not appear in a translation.
  const distinctive = new Set([...english.values()].flatMap(wordsOf).filter((word) => word.length > 2));

  it.each(["de", "fr"] as const)("leaves no English word in %s", (language) => {
    const english = (word: string) => distinctive.has(word) && !SHARED[language].has(word);
    const leftovers = [...sentences(wordingFor(language))].flatMap(([key, text]) => wordsOf(text).filter(english).map((word) => `${key}: ${word}`));
    expect(leftovers).toEqual([]);
  });

  it("cites the GDPR as each language's text of the regulation cites it", () => {
    expect(wordingFor("en").cite("ART6", "f")).toBe("Art. 6(1)(f) GDPR");
    expect(wordingFor("de").cite("ART6", "f")).toBe("Art. 6 Abs. 1 lit. f DSGVO");
    expect(wordingFor("fr").cite("ART6", "f")).toBe("art. 6, par. 1, point f), RGPD");
    expect(wordingFor("fr").cite("ART9", "a")).toBe("art. 9, par. 2, point a), RGPD");
  });

  it("gives the DPO's title in the gender of the recorded form of address", () => {
    expect(wordingFor("de").controller.dpo).toEqual({ FEMININE: "Datenschutzbeauftragte", MASCULINE: "Datenschutzbeauftragter", NEUTRAL: "Datenschutzbeauftragte:r" });
    expect(wordingFor("fr").controller.dpo.FEMININE).toBe("Déléguée à la protection des données");
    expect(wordingFor("fr").controller.dpo.MASCULINE).toBe("Délégué à la protection des données");
  });

  it("puts a no-break space before a colon in French, as French typography does", () => {
    const colons = [...sentences(wordingFor("fr")).values()].flatMap((text) => text.match(/.:/g) ?? []);
    expect(colons.length).toBeGreaterThan(0);
    expect(colons.filter((pair) => pair !== "\u00a0:")).toEqual([]);
  });
});
