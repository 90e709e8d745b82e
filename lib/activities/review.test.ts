import { describe, expect, it } from "vitest";
import { addMonths, markReviewedSchema, parseDateInput, proposeNextReview, toDateInput } from "./review";
import { inEnglish } from "../i18n/english";

const d = (value: string) => parseDateInput(value)!;

describe("addMonths", () => {
  it("keeps the day of the month where the target month has it", () => {
    expect(toDateInput(addMonths(d("2026-03-15"), 12))).toBe("2027-03-15");
    expect(toDateInput(addMonths(d("2026-11-30"), 3))).toBe("2027-02-28");
  });

  it("falls back to the last day of a shorter month", () => {
    expect(toDateInput(addMonths(d("2026-01-31"), 1))).toBe("2026-02-28");
    expect(toDateInput(addMonths(d("2027-08-31"), 6))).toBe("2028-02-29");
    expect(toDateInput(addMonths(d("2026-05-31"), 1))).toBe("2026-06-30");
  });

  it("handles leap days", () => {
    expect(toDateInput(addMonths(d("2028-02-29"), 12))).toBe("2029-02-28");
    expect(toDateInput(addMonths(d("2028-02-29"), 48))).toBe("2032-02-29");
  });

  it("crosses year ends", () => {
    expect(toDateInput(addMonths(d("2026-12-31"), 1))).toBe("2027-01-31");
    expect(toDateInput(addMonths(d("2026-10-01"), 27))).toBe("2029-01-01");
  });
});

describe("proposeNextReview", () => {
  it("adds the organisation's interval", () => {
    expect(toDateInput(proposeNextReview(d("2026-11-27"), 12))).toBe("2027-11-27");
    expect(toDateInput(proposeNextReview(d("2026-11-27"), 6))).toBe("2027-05-27");
  });

  it("keeps an out-of-range interval within one month and five years", () => {
    expect(toDateInput(proposeNextReview(d("2026-01-15"), 0))).toBe("2027-01-15");
    expect(toDateInput(proposeNextReview(d("2026-01-15"), -3))).toBe("2026-02-15");
    expect(toDateInput(proposeNextReview(d("2026-01-15"), 600))).toBe("2031-01-15");
  });
});

describe("parseDateInput", () => {
  it("reads calendar dates as midnight UTC", () => {
    expect(d("2026-02-28").toISOString()).toBe("2026-02-28T00:00:00.000Z");
  });

  it("refuses impossible or malformed dates", () => {
    expect(parseDateInput("2026-02-29")).toBeNull();
    expect(parseDateInput("2026-13-01")).toBeNull();
    expect(parseDateInput("27/11/2026")).toBeNull();
    expect(parseDateInput("")).toBeNull();
  });
});

describe("markReviewedSchema", () => {
  const valid = { id: "abc", version: "3", reviewedOn: "2026-11-27", nextReviewOn: "2027-11-27" };

  it("accepts a next review after the review", () => {
    expect(markReviewedSchema.safeParse(valid).success).toBe(true);
  });

  it("puts a next review on or before the review on the next-review field", () => {
    const result = markReviewedSchema.safeParse({ ...valid, nextReviewOn: "2026-11-27" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["nextReviewOn"]);
  });

  it("says what to enter for a missing or malformed date", () => {
    const result = markReviewedSchema.safeParse({ ...valid, reviewedOn: "yesterday" });
    expect(inEnglish(result.error?.issues[0].message ?? "")).toMatch(/YYYY-MM-DD/);
  });
});
