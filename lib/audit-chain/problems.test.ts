import { describe, expect, it } from "vitest";
import { describeProblem, problemsOf, summariseReport, type EventRef, type WalkedRow } from "./problems";

const event: EventRef = {
  id: "evt_1",
  sequence: 7,
  createdAt: new Date(Date.UTC(2026, 2, 4, 9, 30)),
  action: "UPDATE",
  entityType: "ProcessingActivity",
  entityId: "act_1",
};
const row = (overrides: Partial<WalkedRow>): WalkedRow => ({ ...event, intact: true, linked: true, previousSequence: 6, ...overrides });

describe("problemsOf", () => {
  it("finds nothing in a row that follows its predecessor and still has its hash", () => {
    expect(problemsOf(row({}))).toEqual([]);
    expect(problemsOf(row({ sequence: 1, previousSequence: null }))).toEqual([]);
  });

  it("reads a jump in the sequence as deleted events, and does not also call the broken link a replacement", () => {
    expect(problemsOf(row({ previousSequence: 3, linked: false }))).toEqual([{ kind: "missing", fromSequence: 4, toSequence: 6, next: event }]);
    expect(problemsOf(row({ sequence: 2, previousSequence: null, linked: false }))).toEqual([
      { kind: "missing", fromSequence: 1, toSequence: 1, next: { ...event, sequence: 2 } },
    ]);
  });

  it("tells an edited event, a replaced neighbour and a repeated sequence number apart, and reports two at once", () => {
    expect(problemsOf(row({ intact: false }))).toEqual([{ kind: "edited", event }]);
    expect(problemsOf(row({ linked: false }))).toEqual([{ kind: "relinked", event }]);
    expect(problemsOf(row({ previousSequence: 7 }))).toEqual([{ kind: "misplaced", event }]);
    expect(problemsOf(row({ previousSequence: 5, intact: false })).map((problem) => problem.kind)).toEqual(["missing", "edited"]);
  });
});

describe("describeProblem", () => {
  it("names the event, what it recorded and when", () => {
    expect(describeProblem({ kind: "edited", event })).toBe("Event #7 (Changed · Processing activity, 4 Mar 2026, 09:30 UTC) was changed after it was written.");
    expect(describeProblem({ kind: "relinked", event })).toBe(
      "Event #7 (Changed · Processing activity, 4 Mar 2026, 09:30 UTC) does not follow event #6: one of the two was replaced.",
    );
  });

  it("names the deleted events and where they were", () => {
    expect(describeProblem({ kind: "missing", fromSequence: 5, toSequence: 6, next: event })).toBe(
      "Events #5–#6 deleted, just before event #7 (Changed · Processing activity, 4 Mar 2026, 09:30 UTC).",
    );
    expect(describeProblem({ kind: "missing", fromSequence: 6, toSequence: 6, next: event })).toMatch(/^Event #6 deleted/);
    expect(describeProblem({ kind: "tail-missing", fromSequence: 9, toSequence: 9 })).toBe("The last event #9 deleted (the chain head records 9 events).");
    expect(describeProblem({ kind: "head-behind", headSequence: 3, lastSequence: 5 })).toMatch(/after #3 \(up to #5\)/);
  });
});

describe("summariseReport", () => {
  it("counts the verified events, or the problems", () => {
    expect(summariseReport({ intact: true, events: 12345, problems: [], truncated: false })).toBe("Audit trail intact — 12,345 events verified");
    expect(summariseReport({ intact: true, events: 1, problems: [], truncated: false })).toBe("Audit trail intact — 1 event verified");
    expect(summariseReport({ intact: false, events: 4, problems: [{ kind: "edited", event }], truncated: false })).toBe("Audit trail broken — 1 problem found");
    expect(summariseReport({ intact: false, events: 4, problems: [{ kind: "edited", event }], truncated: true })).toBe("Audit trail broken — 1+ problems found");
  });
});
