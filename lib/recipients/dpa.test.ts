import { describe, expect, it } from "vitest";
import { dpaState } from "./dpa";

const now = new Date(Date.UTC(2026, 5, 15, 14, 0));
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("dpaState", () => {
  it("does not ask for a DPA from recipients that are not processors", () => {
    expect(dpaState({ kind: "PUBLIC_AUTHORITY", dpaStatus: "MISSING", dpaNextReviewOn: null }, now)).toBe("not-applicable");
  });

  it("flags processors and sub-processors whose agreement is recorded as missing", () => {
    expect(dpaState({ kind: "SUB_PROCESSOR", dpaStatus: "MISSING", dpaNextReviewOn: date("2027-01-01") }, now)).toBe("missing");
  });

  // Regression: a processor with a DPA reference but no signing date counted as "No DPA recorded"
  // on the dashboard, the activity and in the XLSX, because the state was read from the date alone.
  it("takes an agreement in place without a known signing date as in place", () => {
    expect(dpaState({ kind: "PROCESSOR", dpaStatus: "IN_PLACE", dpaSignedOn: null, dpaReference: "DPA-7", dpaNextReviewOn: null } as never, now)).toBe("in-place");
  });

  it("tells under review and not required apart from missing", () => {
    expect(dpaState({ kind: "PROCESSOR", dpaStatus: "UNDER_REVIEW", dpaNextReviewOn: null }, now)).toBe("under-review");
    expect(dpaState({ kind: "PROCESSOR", dpaStatus: "NOT_REQUIRED", dpaNextReviewOn: null }, now)).toBe("not-required");
  });

  it("tells an overdue review from one due within 30 days, counting whole days, for an agreement in place", () => {
    const inPlace = { kind: "PROCESSOR" as const, dpaStatus: "IN_PLACE" as const };
    expect(dpaState({ ...inPlace, dpaNextReviewOn: date("2026-06-14") }, now)).toBe("review-overdue");
    expect(dpaState({ ...inPlace, dpaNextReviewOn: date("2026-06-15") }, now)).toBe("review-due");
    expect(dpaState({ ...inPlace, dpaNextReviewOn: date("2026-07-15") }, now)).toBe("review-due");
    expect(dpaState({ ...inPlace, dpaNextReviewOn: date("2026-07-16") }, now)).toBe("in-place");
  });
});
