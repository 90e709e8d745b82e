import { describe, expect, it } from "vitest";
import { renderComparePage } from "@/lib/policies/public-page/compare-page";
import { matchSections, redline, sectionTexts, type RedlinePart } from "./diff";
import { sampleDocument } from "../../test/fixtures/test-documents";
import type { PolicyDocument, PolicySectionRendered } from "./types";

const logs = (document: PolicyDocument) => document.sections[1];
const removedWords = (parts: RedlinePart[] = []) => parts.filter((part) => part.removed).map((part) => part.value.trim());
const addedWords = (parts: RedlinePart[] = []) => parts.filter((part) => part.added).map((part) => part.value.trim());

/** The older version with the log files section replaced. */
function withLogs(change: (section: PolicySectionRendered) => PolicySectionRendered): PolicyDocument {
  const document = sampleDocument();
  document.sections[1] = change(logs(document));
  return document;
}

describe("redline: sections matched by activity", () => {
  it("shows a renamed and edited activity as one changed section with a word-level redline of heading and text", () => {
    // Renaming an activity's public title gave its section a new anchor, and the
    // comparison showed the whole section removed and a new one added.
    const renamed = withLogs((section) => ({
      ...section,
      anchor: "server-logs",
      heading: "Server logs",
      blocks: [section.blocks[0], section.blocks[1], { kind: "definitions", items: [{ term: "Retention", description: "14 days" }] }],
    }));
    const sections = redline(sampleDocument(), renamed);
    expect(sections.map((section) => [section.anchor, section.status])).toEqual([
      ["controller", "unchanged"],
      ["server-logs", "changed"],
      ["security", "unchanged"],
    ]);
    expect(removedWords(sections[1].headingParts)).toEqual(["Log files"]);
    expect(addedWords(sections[1].headingParts)).toEqual(["Server logs"]);
    expect(removedWords(sections[1].parts)).toEqual(["7"]);
    expect(addedWords(sections[1].parts)).toEqual(["14"]);
    expect(sections[1].parts.some((part) => !part.added && !part.removed && part.value.includes("Our web server records every access."))).toBe(true);
  });

  it("matches a moved activity section by its id, and shows a removed section where it was", () => {
    const from = sampleDocument();
    const to = sampleDocument();
    const moved = { ...logs(to), anchor: "logs", heading: "Logs" };
    to.sections = [to.sections[2], moved];
    expect([...matchSections(sectionTexts(from), sectionTexts(to))]).toEqual([
      [1, 1],
      [0, 2],
    ]);
    expect(redline(from, to).map((section) => [section.anchor, section.status])).toEqual([
      ["controller", "removed"],
      ["security", "unchanged"],
      ["logs", "changed"],
    ]);
  });

  it("never matches the sections of two different activities, even under one anchor", () => {
    const other = withLogs((section) => ({ ...section, activityId: "act-other", blocks: [{ kind: "paragraph", text: "Another activity." }] }));
    const sections = redline(sampleDocument(), other);
    expect(sections.map((section) => [section.anchor, section.status])).toEqual([
      ["controller", "unchanged"],
      ["log-files", "removed"],
      ["log-files", "added"],
      ["security", "unchanged"],
    ]);
  });

  it("gives the compare page one id per section when a removed and an added section share an anchor", () => {
    const [a, b] = [sampleDocument(), withLogs((section) => ({ ...section, activityId: "act-other" }))];
    const meta = (number: number) => ({ number, effectiveAt: new Date("2026-11-27T00:00:00Z"), changeSummary: "", contentHash: String(number).repeat(64), createdAt: new Date("2026-11-27T00:00:00Z"), origin: "PUBLISHED" as const });
    const policy = { organisation: a.organisation, policy: { slug: "website", title: a.title, language: "en" as const }, languages: ["en" as const], publishedNumbers: { en: [2, 1] }, versions: [meta(2), meta(1)] };
    const page = renderComparePage({ policy, base: "/p/acme/website", from: 1, to: 2, changes: [], sections: redline(a, b) });
    expect(page).toContain('<h3 id="r-log-files">');
    expect(page).toContain('<h3 id="r-log-files-2">');
    const ids = [...page.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
    expect(ids.length).toBe(new Set(ids).size);
  });
});
