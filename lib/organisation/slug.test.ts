import { describe, expect, it } from "vitest";
import { createOrganisationSchema, suggestSlug } from "./slug";

describe("suggestSlug", () => {
  it("turns a legal name into lower-case words joined by hyphens, without accents", () => {
    expect(suggestSlug("Müller & Söhne GmbH")).toBe("muller-sohne-gmbh");
    expect(suggestSlug("  ACME (Europe) S.à r.l. ")).toBe("acme-europe-s-a-r-l");
    expect(suggestSlug("!!!")).toBe("");
  });

  it("never ends in a hyphen after cutting to 63 characters", () => {
    const slug = suggestSlug(`${"a".repeat(62)} b`);
    expect(slug.length).toBeLessThanOrEqual(63);
    expect(createOrganisationSchema.shape.slug.safeParse(slug).success).toBe(true);
  });
});

describe("createOrganisationSchema", () => {
  it("accepts slugs of letters, digits and inner hyphens only", () => {
    const slug = (value: string) => createOrganisationSchema.shape.slug.safeParse(value).success;
    expect(slug("acme-gmbh")).toBe(true);
    expect(slug("Acme-GmbH")).toBe(true);
    expect(slug("a")).toBe(false);
    expect(slug("-acme")).toBe(false);
    expect(slug("acme-")).toBe(false);
    expect(slug("acme gmbh")).toBe(false);
    expect(slug("acme/../x")).toBe(false);
    expect(slug("a".repeat(64))).toBe(false);
  });
});
