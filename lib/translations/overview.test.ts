import { describe, expect, it } from "vitest";
import { testActivity, testSource } from "@/test/fixtures/test-source";
import { textKey } from "./fields";
import { sourceHash } from "./hash";
import { emptyTranslationSet, type TranslationSet } from "./localise";
import { countTranslationStates, filterTranslationRows, translationRows } from "./overview";

function records() {
  const source = testSource([testActivity({ name: "Newsletter", publicTitle: "Newsletter", publicDescription: "We send news." })]);
  return { ...source, organisation: { ...source.organisation, languages: ["en", "de"] } };
}

describe("translationRows", () => {
  it("lists every text with its record, a link to its form and what it is", () => {
    const rows = translationRows(records(), emptyTranslationSet("de"));
    const activity = records().activities[0];
    const title = rows.find((r) => r.entity === "activity" && r.field === "publicTitle")!;
    expect(title).toMatchObject({ recordKind: "activity", recordName: "Newsletter", href: `/activities/${activity.id}/edit`, description: "Public title of Newsletter", state: "missing", translation: "" });
    const purpose = rows.find((r) => r.entity === "purpose");
    expect(purpose).toMatchObject({ recordName: "Newsletter", href: `/activities/${activity.id}/edit`, description: expect.stringMatching(/^Purpose of Newsletter$|^Legitimate interests of Newsletter$/) });
    expect(rows.find((r) => r.entity === "organisation" && r.field === "legalName")).toMatchObject({ kind: "name", state: "verbatim", href: "/settings" });
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it("tells translated, outdated, kept-as-written and missing texts apart, counts and filters them", () => {
    const base = translationRows(records(), emptyTranslationSet("de"));
    const [first, second, third] = base.filter((r) => r.kind === "text");
    const set: TranslationSet = {
      language: "de",
      values: new Map([
        [first.key, { value: "Übersetzt", sourceHash: sourceHash(first.source) }],
        [second.key, { value: "Alt", sourceHash: sourceHash("an earlier text") }],
      ]),
      verbatim: new Set([textKey(third)]),
    };
    const rows = translationRows(records(), set);
    const state = (key: string) => rows.find((r) => r.key === key)?.state;
    expect([state(first.key), state(second.key), state(third.key)]).toEqual(["translated", "outdated", "verbatim"]);
    const counts = countTranslationStates(rows);
    expect(counts.translated).toBe(1);
    expect(counts.outdated).toBe(1);
    expect(counts.all).toBe(rows.length);
    expect(counts.missing + counts.outdated + counts.translated + counts.verbatim).toBe(rows.length);
    expect(filterTranslationRows(rows, { state: "open" }).every((r) => r.state === "missing" || r.state === "outdated")).toBe(true);
    expect(filterTranslationRows(rows, { state: "open" })).toHaveLength(counts.missing + counts.outdated);
    expect(filterTranslationRows(rows, { recordKind: "organisation" }).every((r) => r.entity === "organisation")).toBe(true);
    expect(filterTranslationRows(rows, { q: "übersetzt" }).map((r) => r.key)).toEqual([first.key]);
  });
});
