import { describe, expect, it } from "vitest";
import { effectiveAtFrom, publishPolicySchema } from "./publish-schema";

const now = new Date("2026-11-27T10:00:00.000Z");

describe("publishPolicySchema", () => {
  it("requires a change summary", () => {
    const result = publishPolicySchema.safeParse({ policyId: "p1", changeSummary: "   " });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["changeSummary"]);
  });

  it("accepts a summary with defaults for the date and accepted findings", () => {
    expect(publishPolicySchema.parse({ policyId: "p1", changeSummary: " First version " })).toEqual({ policyId: "p1", changeSummary: "First version", effectiveOn: "", acceptedFindings: 0 });
  });
});

describe("effectiveAtFrom", () => {
  it("takes effect now for an empty date or today", () => {
    expect(effectiveAtFrom("", now)).toEqual({ effectiveAt: now });
    expect(effectiveAtFrom("2026-11-27", now)).toEqual({ effectiveAt: now });
  });

  it("takes effect at the start of a later day", () => {
    expect(effectiveAtFrom("2027-01-01", now)).toEqual({ effectiveAt: new Date("2027-01-01T00:00:00.000Z") });
  });

  it("refuses a past day, a day more than a year ahead and an impossible date", () => {
    expect(effectiveAtFrom("2026-11-26", now)).toHaveProperty("error");
    expect(effectiveAtFrom("2028-01-01", now)).toHaveProperty("error");
    expect(effectiveAtFrom("2027-02-31", now)).toHaveProperty("error");
  });
});
