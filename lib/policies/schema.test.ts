import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { newPolicySchema, policyDraftSchema, readStoredSections } from "./schema";

describe("policyDraftSchema", () => {
  it("accepts every kind of section", () => {
    const sections = [
      { type: "controller", privacyContactEmail: "app@example.com" },
      { type: "activity", activityId: "a1" },
      { type: "rights" },
      { type: "markdown", title: "Cookies", body: "Text" },
    ];
    expect(policyDraftSchema.parse({ title: "Policy", language: "de", sections }).sections).toEqual(sections);
  });

  it("names the section and field of each problem", () => {
    const result = policyDraftSchema.safeParse({
      title: "",
      language: "fr",
      sections: [{ type: "activity", activityId: "a1" }, { type: "activity", activityId: "a1" }, { type: "controller", dpoEmail: "dpo(at)example" }, { type: "table" }],
    });
    if (result.success) throw new Error("expected errors");
    const errors = fieldErrorsFrom(result.error);
    expect(errors).toMatchObject({
      title: expect.stringContaining("Give the policy a title"),
      language: "Choose English or German.",
      "sections.2.dpoEmail": expect.stringContaining("e-mail address"),
      "sections.3.type": "This section has an unknown type.",
    });
  });

  it("refuses a second controller or rights section and a repeated activity", () => {
    const result = policyDraftSchema.safeParse({ title: "P", language: "en", sections: [{ type: "rights" }, { type: "activity", activityId: "a" }, { type: "activity", activityId: "a" }, { type: "rights" }] });
    if (result.success) throw new Error("expected errors");
    expect(Object.keys(fieldErrorsFrom(result.error))).toEqual(["sections.2", "sections.3"]);
  });
});

describe("newPolicySchema", () => {
  it("lower-cases the slug and refuses anything but letters, digits and single hyphens", () => {
    expect(newPolicySchema.parse({ title: "T", slug: "Mobile-App", language: "en", start: "empty" }).slug).toBe("mobile-app");
    for (const slug of ["mobile app", "mobile--app", "-app", "app/1", "ä"]) {
      expect(newPolicySchema.safeParse({ title: "T", slug, language: "en", start: "empty" }).success).toBe(false);
    }
  });
});

describe("readStoredSections", () => {
  it("keeps the valid entries of a stored draft and drops the rest", () => {
    expect(readStoredSections([{ type: "rights" }, { type: "unknown" }, null, { type: "activity" }])).toEqual([{ type: "rights" }]);
    expect(readStoredSections("not a list")).toEqual([]);
  });
});
