import { describe, expect, it } from "vitest";
import { dpaState } from "./dpa";

const now = new Date(Date.UTC(2026, 5, 15, 14, 0));
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("dpaState", () => {
  it("does not ask for a DPA from recipients that are not processors", () => {
    expect(dpaState({ kind: "PUBLIC_AUTHORITY", dpaSignedOn: null, dpaNextReviewOn: null }, now)).toBe("not-applicable");
  });

  it("flags processors and sub-processors without a signed agreement", () => {
    expect(dpaState({ kind: "SUB_PROCESSOR", dpaSignedOn: null, dpaNextReviewOn: date("2027-01-01") }, now)).toBe("missing");
  });

  it("tells an overdue review from one due within 30 days, counting whole days", () => {
    const signed = date("2025-01-01");
    expect(dpaState({ kind: "PROCESSOR", dpaSignedOn: signed, dpaNextReviewOn: date("2026-06-14") }, now)).toBe("review-overdue");
    expect(dpaState({ kind: "PROCESSOR", dpaSignedOn: signed, dpaNextReviewOn: date("2026-06-15") }, now)).toBe("review-due");
    expect(dpaState({ kind: "PROCESSOR", dpaSignedOn: signed, dpaNextReviewOn: date("2026-07-15") }, now)).toBe("review-due");
    expect(dpaState({ kind: "PROCESSOR", dpaSignedOn: signed, dpaNextReviewOn: date("2026-07-16") }, now)).toBe("in-place");
  });
});
