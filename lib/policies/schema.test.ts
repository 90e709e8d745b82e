import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { inEnglish } from "@/lib/i18n/english";
import { newPolicySchema, policyDraftSchema, readStoredSections } from "./schema";

describe("policyDraftSchema", () => {
  it("accepts every kind of section", () => {
    const sections = [
      { type: "controller", privacyContactEmail: "app@example.com" },
      { type: "activity", activityId: "a1" },
      { type: "rights" },
      { type: "markdown", title: "Cookies", body: "Text" },
    ];
    expect(policyDraftSchema.parse({ title: "Policy", languages: ["de"], sections }).sections).toEqual(sections);
  });

  it("names the section and field of each problem", () => {
    const result = policyDraftSchema.safeParse({
      title: "",
      languages: ["xx"],
      sections: [{ type: "activity", activityId: "a1" }, { type: "activity", activityId: "a1" }, { type: "controller", dpoEmail: "dpo(at)example" }, { type: "table" }],
    });
    if (result.success) throw new Error("expected errors");
    const errors = Object.fromEntries(Object.entries(fieldErrorsFrom(result.error)).map(([path, text]) => [path, inEnglish(text)]));
    expect(errors).toMatchObject({
      title: expect.stringContaining("Give the policy a title"),
      "languages.0": "Choose a language the policy can be written in.",
      "sections.2.dpoEmail": expect.stringContaining("e-mail address"),
      "sections.3.type": "This section has an unknown type.",
    });
  });

  it("refuses a second controller or rights section and a repeated activity", () => {
    const result = policyDraftSchema.safeParse({ title: "P", languages: ["en"], sections: [{ type: "rights" }, { type: "activity", activityId: "a" }, { type: "activity", activityId: "a" }, { type: "rights" }] });
    if (result.success) throw new Error("expected errors");
    expect(Object.keys(fieldErrorsFrom(result.error))).toEqual(["sections.2", "sections.3"]);
  });
});

describe("newPolicySchema", () => {
  it("lower-cases the slug and refuses anything but letters, digits and single hyphens", () => {
    expect(newPolicySchema.parse({ title: "T", slug: "Mobile-App", languages: ["en"], start: "empty" }).slug).toBe("mobile-app");
    for (const slug of ["mobile app", "mobile--app", "-app", "app/1", "ä"]) {
      expect(newPolicySchema.safeParse({ title: "T", slug, languages: ["en"], start: "empty" }).success).toBe(false);
    }
  });
});

describe("readStoredSections", () => {
  it("keeps the valid entries of a stored draft and drops the rest", () => {
    expect(readStoredSections([{ type: "rights" }, { type: "unknown" }, null, { type: "activity" }])).toEqual([{ type: "rights" }]);
    expect(readStoredSections("not a list")).toEqual([]);
  });
});

describe("policyDraftSchema: Markdown that cannot be rendered", () => {
  // Regression: a body of 2,000 "> " (4,000 characters, within the length limit) was saved;
  // marked overflowed the stack on it and every page composing the policy answered 500.
  it("refuses the body with a message next to it, and keeps the text", () => {
    const body = "> ".repeat(2000).trim();
    const result = policyDraftSchema.safeParse({ title: "Policy", languages: ["en"], sections: [{ type: "rights" }, { type: "markdown", title: "Cookies", body }] });
    expect(result.success).toBe(false);
    expect(fieldErrorsFrom(result.error!)).toEqual({ "sections.1.body": expect.stringMatching(/more than 10 levels deep/) });
  });

  it("refuses a pathological run of emphasis", () => {
    const body = `${"*".repeat(4990)}a${"*".repeat(4990)}`;
    const result = policyDraftSchema.safeParse({ title: "Policy", languages: ["en"], sections: [{ type: "markdown", title: "Cookies", body }] });
    expect(fieldErrorsFrom(result.error!)["sections.0.body"]).toMatch(/in a row/);
  });

  it("still reads such a body from a stored draft, so the editor shows it instead of dropping it", () => {
    const stored = { type: "markdown", title: "Cookies", body: "> ".repeat(2000).trim() };
    expect(readStoredSections([stored])).toEqual([stored]);
  });
});

describe("policyDraftSchema: languages and translations", () => {
  it("keeps the title per language and each Markdown section's translations, and drops an empty title", () => {
    const sections = [{ type: "markdown" as const, title: "Cookies", body: "Text", translations: { de: { title: "Cookies", body: "Text auf Deutsch", sourceHash: "" } } }];
    const parsed = policyDraftSchema.parse({ title: "Policy", titles: { de: "Datenschutzerklärung", fr: " " }, languages: ["en", "de"], sections });
    expect(parsed.titles).toEqual({ de: "Datenschutzerklärung" });
    expect(parsed.sections).toEqual(sections);
  });

  it("refuses no language and a language twice", () => {
    expect(inEnglish(fieldErrorsFrom(policyDraftSchema.safeParse({ title: "P", languages: [], sections: [] }).error!).languages)).toBe("Choose at least one language to publish the policy in.");
    expect(inEnglish(fieldErrorsFrom(policyDraftSchema.safeParse({ title: "P", languages: ["de", "de"], sections: [] }).error!).languages)).toBe("Choose each language once.");
  });
});
