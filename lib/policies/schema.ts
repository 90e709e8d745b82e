/**
 * What a policy form submits: a new policy (title, slug, languages, how to
 * start) and an edited draft (title and its translations, languages, the
 * ordered sections with the Markdown sections' translations). The editor
 * validates with the same schemas before it saves. Whether the languages are
 * the organisation's is checked where the organisation is known
 * (draft-mutations.ts).
 */
import { z } from "zod";
import { cleanString } from "@/lib/forms/field-rules";
import { message } from "@/lib/i18n/message";
import { renderMarkdown } from "./markdown";
import { LANGUAGES, type Language } from "@/lib/translations/languages";
import type { PolicySectionSpec } from "./types";
import { POLICY_LANGUAGES } from "./wording";

const TITLE_MAX = 200;
const SLUG_MAX = 80;
export const BODY_MAX = 10_000;
const SECTIONS_MAX = 200;

const text = (max: number, what: "title" | "heading" | "text") => cleanString().trim().max(max, message("policyEditor.errors.tooLong", { what, max }));
const email = cleanString()
  .trim()
  .max(200, message("policyEditor.errors.emailTooLong"))
  .refine((value) => value === "" || z.email().safeParse(value).success, message("policyEditor.errors.email"));

export const policyLanguageSchema = z.enum(POLICY_LANGUAGES, { error: message("policyEditor.errors.language") });

/** The languages a policy is published in: at least one, each once, the first also that of recorded versions. */
export const policyLanguagesSchema = z
  .array(policyLanguageSchema, { error: message("policyEditor.errors.languagesChoose") })
  .min(1, message("policyEditor.errors.languagesMin"))
  .max(LANGUAGES.length, message("policyEditor.errors.languagesOnce"))
  .refine((languages) => new Set(languages).size === languages.length, message("policyEditor.errors.languagesOnce"));

/** The title in the policy's other languages; an empty one is dropped (a missing title is a finding, not a form error). */
export const policyTitlesSchema = z
  .partialRecord(z.enum(LANGUAGES, { error: message("policyEditor.errors.titleLanguage") }), cleanString().trim().max(TITLE_MAX, message("policyEditor.errors.tooLong", { what: "title", max: TITLE_MAX })), {
    error: message("policyEditor.errors.titlesShape"),
  })
  .transform((titles) => Object.fromEntries(Object.entries(titles).filter(([, title]) => title)) as Partial<Record<Language, string>>);

export const policyTitleSchema = text(TITLE_MAX, "title").min(1, message("policyEditor.errors.titleRequired"));

const sectionSchema = (body: z.ZodType<string>) =>
  z.discriminatedUnion(
    "type",
    [
      z.object({ type: z.literal("controller"), privacyContactEmail: email.optional(), dpoEmail: email.optional() }),
      z.object({ type: z.literal("activity"), activityId: cleanString().trim().min(1, message("policyEditor.errors.chooseActivity")).max(64) }),
      z.object({ type: z.literal("rights") }),
      z.object({
        type: z.literal("markdown"),
        title: text(TITLE_MAX, "heading").min(1, message("policyEditor.errors.headingRequired")),
        body,
        // The section in the organisation's other languages, each with the hash of the text it was made from (policy-languages.ts).
        translations: z
          .partialRecord(
            z.enum(LANGUAGES),
            z.object({ title: text(TITLE_MAX, "heading"), body, sourceHash: z.string().max(64) }),
          )
          .optional(),
      }),
    ],
    { error: message("policyEditor.errors.unknownType") },
  );

// A body is saved only when it renders (markdown.ts bounds its structure and
// guards the parser): the message stands next to the text, which the form
// keeps, instead of a stored section that fails every page composing it.
const renderableBody = text(BODY_MAX, "text").superRefine((body, ctx) => {
  const rendered = renderMarkdown(body);
  if (!rendered.ok) ctx.addIssue({ code: "custom", message: rendered.message });
});

/** A section as an editor saves it. */
const policySectionSchema = sectionSchema(renderableBody) satisfies z.ZodType<PolicySectionSpec>;

/**
 * A section as stored, or as previewed while typing. Bodies saved before the
 * bounds existed are read as they are, so the editor shows them instead of
 * dropping them, and composing shows a notice for that section alone.
 */
export const storedSectionSchema = sectionSchema(text(BODY_MAX, "text")) satisfies z.ZodType<PolicySectionSpec>;

function uniqueSections(sections: PolicySectionSpec[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  sections.forEach((section, index) => {
    // One controller and one rights section; each activity once.
    const key = section.type === "activity" ? `activity:${section.activityId}` : section.type === "markdown" ? null : section.type;
    if (!key) return;
    if (seen.has(key)) {
      const duplicate = section.type === "activity" ? message("policyEditor.errors.duplicateActivity") : message("policyEditor.errors.duplicateSection", { type: section.type });
      ctx.addIssue({ code: "custom", path: [index], message: duplicate });
    }
    seen.add(key);
  });
}

const policySectionsSchema = z
  .array(policySectionSchema)
  .max(SECTIONS_MAX, message("policyEditor.errors.tooManySections", { max: SECTIONS_MAX }))
  .superRefine(uniqueSections);

export const policyDraftSchema = z.object({
  title: policyTitleSchema,
  titles: policyTitlesSchema.default({}),
  languages: policyLanguagesSchema,
  sections: policySectionsSchema,
});

export type PolicyDraftInput = z.infer<typeof policyDraftSchema>;
export type PolicyDraftValues = { title: string; titles?: Partial<Record<Language, string>>; languages: string[]; sections: PolicySectionSpec[] };

const STARTS = ["standard", "empty"] as const;

export const newPolicySchema = z.object({
  title: policyTitleSchema,
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, message("policyEditor.errors.slugRequired"))
    .max(SLUG_MAX, message("policyEditor.errors.slugTooLong", { max: SLUG_MAX }))
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, message("policyEditor.errors.slugFormat")),
  languages: policyLanguagesSchema,
  // "standard": controller, every active activity and the rights; "empty": controller and rights only.
  start: z.enum(STARTS, { error: message("policyEditor.errors.start") }),
});

export type NewPolicyValues = { title: string; slug: string; languages: string[]; start: string };

/** Reads a stored draft defensively: a row written by an older version must not crash the editor. */
export function readStoredSections(value: unknown): PolicySectionSpec[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = storedSectionSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
