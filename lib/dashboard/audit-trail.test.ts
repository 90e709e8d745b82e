import { describe, expect, it } from "vitest";
import type { ChainReport, EventRef } from "@/lib/audit-chain/problems";
import { auditTrailView } from "./audit-trail";

const verifiedAt = new Date(Date.UTC(2026, 10, 27, 9, 5));
const intact: ChainReport = { organisationId: "org", events: 1234, headSequence: 1234, headHash: "ab".repeat(32), intact: true, problems: [], truncated: false, verifiedAt };
const event = (sequence: number, day: number): EventRef => ({
  id: `e${sequence}`,
  sequence,
  createdAt: new Date(Date.UTC(2026, 5, day, 12)),
  action: "DELETE",
  entityType: "Recipient",
  entityId: "r",
});

describe("auditTrailView", () => {
  it("says calmly that the trail is intact, how many events and when it was checked", () => {
    expect(auditTrailView(intact)).toEqual({
      intact: true,
      headline: "Audit trail intact — 1,234 events verified",
      problems: [],
      moreProblems: 0,
      checkedAt: "27 Nov 2026, 09:05 UTC",
      nearFirstProblem: null,
    });
  });

  it("lists the first problems in words and links to the audit log on the day of the first one", () => {
    const broken: ChainReport = {
      ...intact,
      intact: false,
      problems: [
        { kind: "tail-missing", fromSequence: 1234, toSequence: 1234 },
        { kind: "missing", fromSequence: 3, toSequence: 3, next: event(4, 2) },
        { kind: "edited", event: event(8, 9) },
        { kind: "edited", event: event(9, 9) },
        { kind: "edited", event: event(10, 9) },
      ],
    };
    const view = auditTrailView(broken);
    expect(view.headline).toBe("Audit trail broken — 5 problems found");
    expect(view.problems).toHaveLength(3);
    expect(view.problems[1]).toMatch(/^Event #3 deleted, just before event #4 \(Deleted · Recipient or processor, 2 Jun 2026/);
    expect(view.moreProblems).toBe(2);
    expect(view.nearFirstProblem).toEqual({ href: "/audit?from=2026-06-02&to=2026-06-02", label: "Audit log of 2026-06-02" });
    expect(auditTrailView({ ...broken, truncated: true }).moreProblems).toBeNull();
  });
});
