import { inEnglish } from "@/lib/i18n/english";
import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { missingAgreementWarning, recipientSchema } from "./schema";
import { message } from "@/lib/i18n/message";

// The schema's messages are catalogue references; read them as the English reader does.
const errorsOf = (input: Record<string, unknown>): Record<string, string> => {
  const result = recipientSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(Object.entries(fieldErrorsFrom(result.error)).map(([field, text]) => [field, inEnglish(text)]));
};

describe("recipientSchema", () => {
  it("accepts a processor with its agreement, upper-casing the country", () => {
    const parsed = recipientSchema.parse({ kind: "PROCESSOR", name: "Host", countryCode: "de", dpaSignedOn: "2025-01-31", dpaNextReviewOn: "2025-01-31" });
    expect(parsed).toMatchObject({ countryCode: "DE", dpaSignedOn: "2025-01-31", dpaNextReviewOn: "2025-01-31", parentId: "" });
  });

  it("refuses a next review before the signing date", () => {
    expect(errorsOf({ kind: "PROCESSOR", name: "Host", dpaSignedOn: "2025-02-01", dpaNextReviewOn: "2025-01-31" }).dpaNextReviewOn).toMatch(/cannot be before/);
  });

  it("wants dates as real YYYY-MM-DD dates", () => {
    const errors = errorsOf({ kind: "PROCESSOR", name: "Host", dpaSignedOn: "31.01.2025", dpaNextReviewOn: "2025-02-29" });
    expect(errors.dpaSignedOn).toMatch(/YYYY-MM-DD/);
    expect(errors.dpaNextReviewOn).toMatch(/YYYY-MM-DD/);
  });

  it("ignores agreement dates of a kind that has no agreement, which the form hides", () => {
    expect(recipientSchema.safeParse({ kind: "CONTROLLER", name: "Bank", dpaSignedOn: "garbage", dpaNextReviewOn: "2000-01-01" }).success).toBe(true);
  });

  it("asks a sub-processor for the processor that engaged it", () => {
    expect(errorsOf({ kind: "SUB_PROCESSOR", name: "CDN" }).parentId).toMatch(/Art. 28\(2\)/);
  });

  it("drops the agreement and parent of recipients that have none", () => {
    const parsed = recipientSchema.parse({ kind: "CONTROLLER", name: "Bank", parentId: "abc", dpaSignedOn: "2025-01-01", dpaReference: "x" });
    expect(parsed).toMatchObject({ parentId: "", dpaSignedOn: "", dpaReference: "" });
  });

  it("explains a bad e-mail, web address and telephone number", () => {
    const errors = errorsOf({ kind: "INTERNAL", name: "HR", email: "hr@", website: "javascript:alert(1)", phone: "call me" });
    expect(errors.email).toMatch(/privacy@example.com/);
    expect(errors.website).toMatch(/https:\/\//);
    expect(errors.phone).toMatch(/digits/);
  });
});

describe("missingAgreementWarning (Art. 28(3))", () => {
  it("warns for processors and sub-processors whose agreement is missing, and for nothing else", () => {
    expect(missingAgreementWarning({ kind: "SUB_PROCESSOR", dpaStatus: "MISSING" })).toBe(message("recipients.errors.missingAgreement"));
    expect(missingAgreementWarning({ kind: "PROCESSOR", dpaStatus: "IN_PLACE" })).toBeNull();
    expect(missingAgreementWarning({ kind: "PROCESSOR", dpaStatus: "UNDER_REVIEW" })).toBeNull();
    expect(missingAgreementWarning({ kind: "PROCESSOR", dpaStatus: "NOT_REQUIRED" })).toBeNull();
    expect(missingAgreementWarning({ kind: "PUBLIC_AUTHORITY", dpaStatus: "MISSING" })).toBeNull();
  });
});

describe("recipientSchema: the agreement's status (Art. 28(3))", () => {
  it("keeps an agreement in place with a reference and no signing date", () => {
    const parsed = recipientSchema.parse({ kind: "PROCESSOR", name: "Host", dpaStatus: "IN_PLACE", dpaReference: "https://contracts.example/dpa-7" });
    expect(parsed).toMatchObject({ dpaStatus: "IN_PLACE", dpaSignedOn: "", dpaReference: "https://contracts.example/dpa-7" });
  });

  it("asks why no agreement is required, next to the field, and drops the reason for other statuses", () => {
    expect(errorsOf({ kind: "PROCESSOR", name: "Host", dpaStatus: "NOT_REQUIRED" }).dpaNotRequiredReason).toMatch(/Say why/);
    const kept = recipientSchema.parse({ kind: "PROCESSOR", name: "Host", dpaStatus: "NOT_REQUIRED", dpaNotRequiredReason: "Independent controller" });
    expect(kept.dpaNotRequiredReason).toBe("Independent controller");
    expect(recipientSchema.parse({ kind: "PROCESSOR", name: "Host", dpaStatus: "MISSING", dpaNotRequiredReason: "left over" }).dpaNotRequiredReason).toBe("");
  });

  it("refuses a status that does not exist", () => {
    expect(errorsOf({ kind: "PROCESSOR", name: "Host", dpaStatus: "SIGNED" }).dpaStatus).toMatch(/Choose where/);
  });
});
