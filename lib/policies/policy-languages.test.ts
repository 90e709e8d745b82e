import { describe, expect, it } from "vitest";
import { markdownSourceHash, plainAddressLanguage, policyTextsIn, readPolicyLanguages, readPolicyTitles, stampTranslations } from "./policy-languages";
import type { PolicySectionSpec } from "./types";

const cookies = { type: "markdown" as const, title: "Cookies", body: "We set no cookies." };

describe("the policy's own texts in a language", () => {
  it("uses the title and Markdown as written in the organisation's default language", () => {
    expect(policyTextsIn({ title: "Policy", titles: { de: "Erklärung" }, sections: [cookies] }, "en", "en")).toEqual({ title: "Policy", sections: [cookies], gaps: [] });
  });

  it("uses each translation, reports a missing one and keeps the default text in its place", () => {
    const translated: PolicySectionSpec = { ...cookies, translations: { de: { title: "Cookies", body: "Wir setzen keine Cookies.", sourceHash: markdownSourceHash(cookies) } } };
    const result = policyTextsIn({ title: "Policy", titles: {}, sections: [{ type: "rights" }, translated, { ...cookies, title: "Contact" }] }, "de", "en");
    expect(result.title).toBe("Policy");
    expect(result.sections[1]).toMatchObject({ title: "Cookies", body: "Wir setzen keine Cookies." });
    expect(result.sections[2]).toMatchObject({ title: "Contact", body: "We set no cookies." });
    expect(result.gaps).toEqual([
      { what: "title", source: "Policy", state: "missing" },
      { what: { section: 2 }, source: "Contact", state: "missing" },
    ]);
  });

  it("reports a translation made from an earlier text as outdated, and still uses it", () => {
    const old = { title: "Cookies", body: "We set one cookie." };
    const section: PolicySectionSpec = { ...cookies, translations: { de: { title: "Cookies", body: "Wir setzen ein Cookie.", sourceHash: markdownSourceHash(old) } } };
    const result = policyTextsIn({ title: "Policy", titles: { de: "Erklärung" }, sections: [section] }, "de", "en");
    expect(result.sections[0]).toMatchObject({ body: "Wir setzen ein Cookie." });
    expect(result.gaps).toEqual([{ what: { section: 0 }, source: "Cookies", state: "outdated" }]);
  });

  it("stamps a translation written in this edit with the hash of the text as it stands, and keeps an older one's", () => {
    const older = markdownSourceHash({ title: "Cookies", body: "Old" });
    const [stamped] = stampTranslations([{ ...cookies, translations: { de: { title: "Cookies", body: "Neu", sourceHash: "" }, fr: { title: "Cookies", body: "Ancien", sourceHash: older } } }]);
    expect(stamped).toMatchObject({ translations: { de: { sourceHash: markdownSourceHash(cookies) }, fr: { sourceHash: older } } });
    // An empty translation is no translation.
    expect(stampTranslations([{ ...cookies, translations: { de: { title: " ", body: "", sourceHash: "" } } }])[0]).toEqual({ ...cookies, translations: {} });
  });
});

describe("stored languages", () => {
  it("reads known policy languages once each, never none", () => {
    expect(readPolicyLanguages(["de", "xx", "de", "en"])).toEqual(["de", "en"]);
    expect(readPolicyLanguages(null)).toEqual(["en"]);
    expect(readPolicyTitles({ de: "Titel", xx: "?", fr: " ", en: 3 })).toEqual({ de: "Titel" });
  });

  it("serves the organisation's default at the plain address when the policy has it, else the policy's first language", () => {
    expect(plainAddressLanguage(["en", "de"], "de")).toBe("de");
    expect(plainAddressLanguage(["fr", "en"], "de")).toBe("fr");
  });
});
