import { describe, expect, it } from "vitest";
import { driftBetween } from "./drift";
import { sampleFacts } from "./test-documents";

describe("driftBetween", () => {
  it("is unpublished when no version exists", () => {
    expect(driftBetween(null, sampleFacts())).toEqual({ state: "unpublished" });
  });

  it("is in sync when the draft states the same facts", () => {
    expect(driftBetween({ number: 3, facts: sampleFacts() }, sampleFacts())).toEqual({ state: "in-sync", publishedNumber: 3 });
  });

  it("lists the semantic difference when a record changed", () => {
    const draft = sampleFacts();
    draft.activities[0].dataCategories[0].retention = "30 days";
    const drift = driftBetween({ number: 1, facts: sampleFacts() }, draft);
    expect(drift.state).toBe("drifting");
    expect(drift.state === "drifting" && drift.changes).toEqual([
      expect.objectContaining({ kind: "retention", from: "7 days", to: "30 days" }),
    ]);
  });
});
