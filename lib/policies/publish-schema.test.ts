import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/i18n/english";
import { effectiveAtFrom, publishFormValues, publishPolicySchema } from "./publish-schema";

const now = new Date("2026-11-27T10:00:00.000Z");

describe("publishPolicySchema", () => {
  it("requires a change summary", () => {
    const result = publishPolicySchema.safeParse({ policyId: "p1", changeSummary: "   " });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["changeSummary"]);
  });

  it("accepts a summary with defaults for the date and the acknowledged warnings", () => {
    expect(publishPolicySchema.parse({ policyId: "p1", changeSummary: " First version " })).toEqual({ policyId: "p1", changeSummary: "First version", effectiveOn: "", acknowledged: [] });
  });

  it("reads the acknowledged warnings as a list of ids, also when one id comes alone", () => {
    expect(publishPolicySchema.parse({ policyId: "p1", changeSummary: "x", acknowledged: "dpia:a1" }).acknowledged).toEqual(["dpia:a1"]);
    expect(publishPolicySchema.parse({ policyId: "p1", changeSummary: "x", acknowledged: ["dpia:a1", "retention:0:a1"] }).acknowledged).toEqual(["dpia:a1", "retention:0:a1"]);
    expect(inEnglish(publishPolicySchema.safeParse({ policyId: "p1", changeSummary: "x", acknowledged: [3] }).error?.issues[0].message ?? "")).toBe("Tick the warnings you have considered again.");
  });

  it("reads every ticked checkbox of the form, not only the last", () => {
    // A form's repeated field keeps only its last value in a plain object: all but one warning would be lost.
    const form = new FormData();
    form.append("policyId", "p1");
    form.append("changeSummary", "First");
    form.append("acknowledged", "dpia:a1");
    form.append("acknowledged", "retention:0:a1");
    expect(publishPolicySchema.parse(publishFormValues(form)).acknowledged).toEqual(["dpia:a1", "retention:0:a1"]);
    expect(publishFormValues("not a form" as unknown as FormData)).toEqual({});
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
