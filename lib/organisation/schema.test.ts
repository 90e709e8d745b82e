import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { message } from "@/lib/i18n/message";
import { organisationProfileSchema, proposeNextReview } from "./schema";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("organisationProfileSchema", () => {
  it("reads the submitted form, the interval as a number", () => {
    const parsed = organisationProfileSchema.parse({ legalName: " Example GmbH ", reviewIntervalMonths: "12", dpoEmail: "dpo@example.com" });
    expect(parsed).toMatchObject({ legalName: "Example GmbH", reviewIntervalMonths: 12, dpoEmail: "dpo@example.com", representativeName: "" });
  });

  it("reads the DPO's form of address, an empty choice as not recorded", () => {
    const base = { legalName: "Example GmbH", defaultLanguage: "de", reviewIntervalMonths: "12" };
    expect(organisationProfileSchema.parse({ ...base, dpoForm: "FEMININE" }).dpoForm).toBe("FEMININE");
    expect(organisationProfileSchema.parse({ ...base, dpoForm: "" }).dpoForm).toBeNull();
    expect(organisationProfileSchema.parse(base).dpoForm).toBeNull();
    const result = organisationProfileSchema.safeParse({ ...base, dpoForm: "DIVERSE" });
    expect(fieldErrorsFrom(result.error!)).toMatchObject({ dpoForm: "Choose how the DPO is addressed, or “Not recorded”." });
  });

  it("explains each bad field", () => {
    const result = organisationProfileSchema.safeParse({
      legalName: "",
      email: "info at example",
      supervisoryAuthorityWebsite: "www.ldi.nrw.de",
      reviewIntervalMonths: "1.5",
    });
    expect(result.success).toBe(false);
    expect(fieldErrorsFrom(result.error!)).toMatchObject({
      legalName: message("organisation.errors.legalName"),
      email: message("forms.email"),
      supervisoryAuthorityWebsite: message("forms.webAddress"),
      reviewIntervalMonths: message("organisation.errors.intervalWhole", { min: 1, max: 60 }),
    });
  });
});

describe("proposeNextReview", () => {
  it("adds whole months to a calendar date", () => {
    expect(proposeNextReview(utc("2026-03-15"), 12)).toEqual(utc("2027-03-15"));
    expect(proposeNextReview(utc("2026-11-30"), 3)).toEqual(utc("2027-02-28"));
  });

  it("ends on the last day of a shorter month", () => {
    expect(proposeNextReview(utc("2026-01-31"), 1)).toEqual(utc("2026-02-28"));
    expect(proposeNextReview(utc("2027-01-31"), 13)).toEqual(utc("2028-02-29"));
  });
});
