/**
 * What a policy form submits: a new policy (title, slug, language, how to
 * start) and an edited draft (title, language, the ordered sections). The
 * editor validates with the same schemas before it saves.
 */
import { z } from "zod";
import { cleanString } from "@/lib/forms/field-rules";
import { renderMarkdown } from "./markdown";
import type { PolicySectionSpec } from "./types";
import { POLICY_LANGUAGES } from "./wording";

const TITLE_MAX = 200;
const SLUG_MAX = 80;
export const BODY_MAX = 10_000;
const SECTIONS_MAX = 200;

const text = (max: number, what: string) => cleanString().trim().max(max, `Keep the ${what} under ${max.toLocaleString("en")} characters.`);
const email = cleanString()
  .trim()
  .max(200, "Keep the e-mail address under 200 characters.")
  .refine((value) => value === "" || z.email().safeParse(value).success, "Enter an e-mail address like privacy@example.com, or leave it empty.");

export const policyLanguageSchema = z.enum(POLICY_LANGUAGES, { error: "Choose English, German or French." });

export const policyTitleSchema = text(TITLE_MAX, "title").min(1, "Give the policy a title, e.g. “Privacy policy for our website”.");

const sectionSchema = (body: z.ZodType<string>) =>
  z.discriminatedUnion(
    "type",
    [
      z.object({ type: z.literal("controller"), privacyContactEmail: email.optional(), dpoEmail: email.optional() }),
      z.object({ type: z.literal("activity"), activityId: cleanString().trim().min(1, "Choose an activity.").max(64) }),
      z.object({ type: z.literal("rights") }),
      z.object({
        type: z.literal("markdown"),
        title: text(TITLE_MAX, "heading").min(1, "Give this section a heading."),
        body,
      }),
    ],
    { error: "This section has an unknown type." },
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
      const what = section.type === "activity" ? "This activity is already in the policy" : `The policy already has a ${section.type} section`;
      ctx.addIssue({ code: "custom", path: [index], message: `${what}. Remove the duplicate.` });
    }
    seen.add(key);
  });
}

const policySectionsSchema = z
  .array(policySectionSchema)
  .max(SECTIONS_MAX, `A policy can have at most ${SECTIONS_MAX} sections.`)
  .superRefine(uniqueSections);

export const policyDraftSchema = z.object({
  title: policyTitleSchema,
  language: policyLanguageSchema,
  sections: policySectionsSchema,
});

export type PolicyDraftInput = z.infer<typeof policyDraftSchema>;
export type PolicyDraftValues = { title: string; language: string; sections: PolicySectionSpec[] };

const STARTS = ["standard", "empty"] as const;

export const newPolicySchema = z.object({
  title: policyTitleSchema,
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Choose the address of the public page, e.g. “website”.")
    .max(SLUG_MAX, `Keep the address under ${SLUG_MAX} characters.`)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens only, e.g. “mobile-app”."),
  language: policyLanguageSchema,
  // "standard": controller, every active activity and the rights; "empty": controller and rights only.
  start: z.enum(STARTS, { error: "Choose how the policy starts." }),
});

export type NewPolicyValues = { title: string; slug: string; language: string; start: string };

/** Reads a stored draft defensively: a row written by an older version must not crash the editor. */
export function readStoredSections(value: unknown): PolicySectionSpec[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = storedSectionSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
