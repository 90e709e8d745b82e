import { describe, expect, it } from "vitest";
import { combineDrift, driftBetween } from "./drift";
import { sampleDocument } from "../../test/fixtures/test-documents";

describe("driftBetween", () => {
  it("is unpublished when no version exists", () => {
    expect(driftBetween(null, sampleDocument())).toEqual({ state: "unpublished" });
  });

  it("is in sync when the draft reads the same", () => {
    expect(driftBetween({ number: 3, content: sampleDocument() }, sampleDocument())).toEqual({ state: "in-sync", publishedNumber: 3 });
  });

  // The facts did not cover every statement: a changed provision requirement
  // left the policy "in sync" while its text had changed.
  it("drifts when any visible text changed, even where the facts are the same", () => {
    const draft = sampleDocument();
    draft.sections[1].blocks[0] = { kind: "paragraph", text: "Our web server records every access and the referring page." };
    const drift = driftBetween({ number: 1, content: sampleDocument() }, draft);
    expect(drift).toMatchObject({ state: "drifting", publishedNumber: 1, changes: [{ kind: "changed", activityId: "act-logs", heading: "Log files" }] });
  });

  it("stays in sync when only the facts differ", () => {
    const draft = sampleDocument();
    draft.facts.activities[0].dataCategories[0].retention = "30 days";
    expect(driftBetween({ number: 1, content: sampleDocument() }, draft)).toEqual({ state: "in-sync", publishedNumber: 1 });
  });
});

describe("combineDrift: a policy in several languages", () => {
  const change = { kind: "changed" as const, scope: "activity" as const, activityId: "a1", heading: "Newsletter", fields: ["purposes" as const] };
  it("drifts when one language's version no longer says what its draft says, naming a change once", () => {
    expect(
      combineDrift([
        { language: "en", drift: { state: "in-sync", publishedNumber: 2 } },
        { language: "de", drift: { state: "drifting", publishedNumber: 2, changes: [{ ...change, heading: "Newsletter-Versand" }] } },
        { language: "fr", drift: { state: "drifting", publishedNumber: 2, changes: [change] } },
      ]),
    ).toEqual({ state: "drifting", publishedNumber: 2, changes: [{ ...change, heading: "Newsletter-Versand" }] });
  });

  it("is in sync when every language is, unpublished when none is published, and drifting when a language was added since", () => {
    expect(combineDrift([{ language: "en", drift: { state: "in-sync", publishedNumber: 1 } }])).toEqual({ state: "in-sync", publishedNumber: 1 });
    expect(combineDrift([{ language: "en", drift: { state: "unpublished" } }])).toEqual({ state: "unpublished" });
    expect(combineDrift([{ language: "en", drift: { state: "in-sync", publishedNumber: 1 } }, { language: "de", drift: { state: "unpublished" } }])).toEqual({
      state: "drifting",
      publishedNumber: 1,
      changes: [{ kind: "added", scope: "document", heading: "German version", fields: [] }],
    });
  });
});
