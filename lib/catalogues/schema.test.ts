import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { inEnglish } from "@/lib/i18n/english";
import { message } from "@/lib/i18n/message";
import { dataCategorySchema, isCatalogueType, legalBasisSchema, securityMeasureSchema } from "./schema";

const errors = (result: { success: boolean; error?: Parameters<typeof fieldErrorsFrom>[0] }) => (result.error ? fieldErrorsFrom(result.error) : {});

describe("catalogue schemas", () => {
  it("reads a submitted data category form: trimmed text, checkboxes as booleans", () => {
    expect(dataCategorySchema.parse({ name: "  Health data ", special: "on" })).toEqual({
      name: "Health data",
      description: "",
      special: true,
      criminal: false,
      defaultRetention: "",
    });
  });

  it("asks for a name, and refuses one longer than 200 characters", () => {
    expect(errors(dataCategorySchema.safeParse({ name: "   " })).name).toBe(message("catalogues.errors.dataCategoryName"));
    expect(inEnglish(errors(dataCategorySchema.safeParse({ name: "x".repeat(201) })).name!)).toBe("Use at most 200 characters.");
    expect(dataCategorySchema.safeParse({ name: "x".repeat(200) }).success).toBe(true);
  });

  it("limits long texts to 10,000 characters", () => {
    expect(inEnglish(errors(dataCategorySchema.safeParse({ name: "A", description: "x".repeat(10_001) })).description!)).toBe("Use at most 10,000 characters.");
  });

  it("keeps Art. 9 special categories and Art. 10 criminal data apart", () => {
    expect(inEnglish(errors(dataCategorySchema.safeParse({ name: "Both", special: true, criminal: true })).criminal!)).toMatch(/Choose one/);
  });

  it("needs a citation for a legal basis", () => {
    expect(inEnglish(errors(legalBasisSchema.safeParse({ name: "Employment" })).citation!)).toMatch(/§ 26\(1\) BDSG/);
  });

  it("takes only the security groups that exist", () => {
    expect(securityMeasureSchema.safeParse({ group: "ENCRYPTION", name: "TLS" }).success).toBe(true);
    expect(errors(securityMeasureSchema.safeParse({ group: "VOODOO", name: "TLS" })).group).toBe(message("catalogues.errors.securityGroup"));
  });

  it("knows the catalogue types of the addresses", () => {
    expect(isCatalogueType("data-categories")).toBe(true);
    expect(isCatalogueType("recipients")).toBe(false);
  });

  it("answers a non-string where text belongs with a message, not a crash", () => {
    expect(errors(dataCategorySchema.safeParse({ name: { evil: true } })).name).toBe(message("catalogues.errors.dataCategoryName"));
  });
});
