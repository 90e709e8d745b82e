/**
 * The redline behind the public compare page, under every bound: whatever
 * the texts and however small the edit bound or the comparison's budget,
 * reading the redline without its insertions gives the older text's words
 * back, without its deletions the newer one's, and a section is "unchanged" exactly
 * when its text and heading are. The bounds change how fine the redline is,
 * never what it says.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderComparePage } from "@/lib/policies/public-page/compare-page";
import { redline, redlineText, sectionTexts, semanticDiff, type RedlinePart } from "./diff";
import { sampleDocument } from "../../test/fixtures/test-documents";
import type { PolicyDocument } from "./types";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

const word = fc.constantFrom("data", "we", "process", "your", "consent", "Art.", "6(1)(f)", "GDPR", "retention", "days", "&", "<b>", "", " ", "  ");
const line = fc.array(word, { maxLength: 30 }).map((words) => words.join(" "));
const text = fc.array(line, { maxLength: 12 }).map((lines) => lines.join("\n"));

/** A text and an edited copy: lines kept, dropped, replaced or inserted. */
const textPair = fc
  .tuple(fc.array(line, { maxLength: 12 }), fc.array(fc.tuple(fc.constantFrom("keep", "drop", "replace", "insert"), line), { maxLength: 12 }))
  .map(([lines, edits]) => {
    const after = lines.flatMap((original, index) => {
      const [edit, other] = edits[index] ?? ["keep", ""];
      return edit === "keep" ? [original] : edit === "drop" ? [] : edit === "replace" ? [other] : [original, other];
    });
    return [lines.join("\n"), after.join("\n")] as const;
  });

const bounds = fc.record({ maxEditLength: fc.integer({ min: 0, max: 120 }), budget: fc.integer({ min: 0, max: 500 }) });

// The words in order: diffWords attaches whitespace to neighbouring words as it sees fit, and a reader sees words.
const words = (value: string) => value.split(/\s+/).filter(Boolean);
const older = (parts: RedlinePart[]) => words(parts.filter((part) => !part.added).map((part) => part.value).join(" "));
const newer = (parts: RedlinePart[]) => words(parts.filter((part) => !part.removed).map((part) => part.value).join(" "));

const documentOf = (sections: { anchor: string; heading: string; body: string }[]): PolicyDocument => ({
  ...sampleDocument(),
  sections: sections.map(({ anchor, heading, body }) => ({ anchor, heading, source: "markdown", blocks: [{ kind: "paragraph", text: body }] })),
});

const sections = fc.uniqueArray(fc.record({ anchor: fc.constantFrom("a", "b", "c", "d", "e", "f"), heading: fc.constantFrom("Cookies", "Contact", "Logs"), body: text }), { selector: (section) => section.anchor, maxLength: 6 });

describe("the redline of the compare page under its bounds", () => {
  it("gives back both texts, however coarse the bounds make it", () => {
    fc.assert(
      fc.property(fc.oneof(textPair, fc.tuple(text, text)), bounds, ([before, after], options) => {
        const parts = redlineText(before, after, options);
        expect(older(parts)).toEqual(words(before));
        expect(newer(parts)).toEqual(words(after));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it("marks a section changed exactly when its text or heading changed, and keeps every section", () => {
    fc.assert(
      fc.property(sections, sections, bounds, (from, to, options) => {
        const result = redline(documentOf(from), documentOf(to), options);
        expect(result.map((section) => section.anchor).sort()).toEqual([...new Set([...from, ...to].map((section) => section.anchor))].sort());
        const before = new Map(sectionTexts(documentOf(from)).map((section) => [section.anchor, section]));
        const after = new Map(sectionTexts(documentOf(to)).map((section) => [section.anchor, section]));
        for (const section of result) {
          const old = before.get(section.anchor);
          const now = after.get(section.anchor);
          if (old) expect(older(section.parts)).toEqual(words(old.text));
          if (now) expect(newer(section.parts)).toEqual(words(now.text));
          if (old && now) expect(section.status === "unchanged").toBe(old.text === now.text && old.heading === now.heading);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("renders the compare page for any pair, with every changed section in it", () => {
    fc.assert(
      fc.property(sections, sections, (from, to) => {
        const [a, b] = [documentOf(from), documentOf(to)];
        const changed = redline(a, b).filter((section) => section.status !== "unchanged");
        const meta = (number: number) => ({ number, effectiveAt: new Date("2026-11-27T00:00:00Z"), changeSummary: "", contentHash: String(number).repeat(64), createdAt: new Date("2026-11-27T00:00:00Z"), origin: "PUBLISHED" as const });
        const policy = { organisation: a.organisation, policy: { slug: "website", title: a.title, language: "en" as const }, languages: ["en" as const], publishedNumbers: { en: [2, 1] }, versions: [meta(2), meta(1)] };
        const page = renderComparePage({ policy, base: "/p/acme/website", from: 1, to: 2, changes: semanticDiff(a.facts, b.facts), sections: redline(a, b) });
        for (const section of changed) expect(page).toContain(`id="r-${section.anchor}"`);
      }),
      { numRuns: RUNS },
    );
  });
});
