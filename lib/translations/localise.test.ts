import { describe, expect, it } from "vitest";
import { testActivity, testSource } from "@/test/fixtures/test-source";
import { textKey } from "./fields";
import { sourceHash } from "./hash";
import { countryName, languageName, organisationLanguages } from "./languages";
import { emptyTranslationSet, localiseRecords, recordTexts, type TranslationSet } from "./localise";

function records() {
  const source = testSource([testActivity({ publicTitle: "Newsletter", publicDescription: "We send news." })]);
  return { ...source, organisation: { ...source.organisation, languages: ["en", "de"] }, countries: [{ code: "US", name: "United States", eea: false, adequacy: false, adequacyNote: "" }] };
}

function set(values: Record<string, string>, options: { outdated?: string[]; verbatim?: string[] } = {}): TranslationSet {
  const all = recordTexts(records());
  const find = (key: string) => all.find((t) => `${t.entity}.${t.field}:${t.id}` === key)!;
  return {
    language: "de",
    values: new Map(Object.entries(values).map(([key, value]) => {
      const text = find(key);
      return [textKey(text), { value, sourceHash: options.outdated?.includes(key) ? sourceHash("an earlier text") : sourceHash(text.source) }];
    })),
    verbatim: new Set((options.verbatim ?? []).map((key) => textKey(find(key)))),
  };
}

describe("localiseRecords", () => {
  it("leaves the default language as recorded and names countries in it", () => {
    const result = localiseRecords(records(), emptyTranslationSet("en"));
    expect(result.records.activities[0].publicTitle).toBe("Newsletter");
    expect(result.missing).toEqual([]);
    expect(result.records.countries[0].name).toBe("United States");
  });

  it("replaces translated texts, reports every untranslated text and never reports proper names", () => {
    const activity = records().activities[0];
    const result = localiseRecords(records(), set({ [`activity.publicTitle:${activity.id}`]: "Rundbrief" }));
    expect(result.records.activities[0].publicTitle).toBe("Rundbrief");
    expect(result.records.countries[0].name).toBe("Vereinigte Staaten");
    const missing = result.missing.map((t) => `${t.entity}.${t.field}`);
    expect(missing).toContain("activity.publicDescription");
    expect(missing).not.toContain("activity.publicTitle");
    // The organisation's legal name and the recipients' names are proper names.
    expect(missing).not.toContain("organisation.legalName");
    expect(missing.some((m) => m.startsWith("recipient.name"))).toBe(false);
    // Every missing text keeps its source value (reported, not dropped).
    expect(result.records.activities[0].publicDescription).toBe("We send news.");
  });

  it("uses an outdated translation but reports it, and keeps verbatim texts without reporting them", () => {
    const activity = records().activities[0];
    const result = localiseRecords(
      records(),
      set({ [`activity.publicTitle:${activity.id}`]: "Rundbrief" }, { outdated: [`activity.publicTitle:${activity.id}`], verbatim: [`activity.publicDescription:${activity.id}`] }),
    );
    expect(result.records.activities[0].publicTitle).toBe("Rundbrief");
    expect(result.outdated.map((t) => t.field)).toEqual(["publicTitle"]);
    expect(result.missing.map((t) => t.field)).not.toContain("publicDescription");
  });
});

describe("languages", () => {
  it("names languages and countries from CLDR", () => {
    expect(languageName("de")).toBe("Deutsch");
    expect(languageName("fr", "en")).toBe("French");
    expect(languageName("de", "fr")).toBe("Allemand");
    expect(countryName("us", "fr")).toBe("États-Unis");
  });

  it("puts the default language first and drops unknown codes", () => {
    expect(organisationLanguages("de", ["fr", "xx", "de", "en"])).toEqual(["de", "en", "fr"]);
    expect(organisationLanguages("xx", null)).toEqual(["en"]);
  });
});
