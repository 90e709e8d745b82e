/**
 * What the publish dialog submits, checked by the form and by the action.
 * The effective date is today or a later day: a policy informs people before
 * the processing it describes (Art. 13(1): "at the time when personal data are
 * obtained"), so a version cannot take effect in the past.
 */
import { z } from "zod";
import { cleanString, formObject } from "@/lib/forms/field-rules";

export const CHANGE_SUMMARY_MAX = 2_000;
const MAX_DAYS_AHEAD = 366;

export const publishPolicySchema = z.object({
  policyId: cleanString({ error: "Choose the policy to publish." }).min(1, "Choose the policy to publish.").max(100),
  changeSummary: cleanString({ error: "Describe what changed in this version." })
    .trim()
    .min(1, "Describe what changed in this version, like “Retention of log files shortened to 7 days”. Readers see it in the archive.")
    .max(CHANGE_SUMMARY_MAX, `Use at most ${CHANGE_SUMMARY_MAX.toLocaleString("en")} characters.`),
  // A calendar date (YYYY-MM-DD); empty means "now".
  effectiveOn: z
    .string()
    .trim()
    .default("")
    .refine((value) => value === "" || /^\d{4}-\d{2}-\d{2}$/.test(value), "Enter a date like 2027-01-31, or leave it empty to publish with immediate effect."),
  // The ids of the warnings the publisher has considered (one checkbox each).
  // Only a claim: the server compares it with the findings of the draft it composes itself.
  acknowledged: z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z.array(cleanString({ error: "Tick the warnings you have considered again." }).max(500, "Tick the warnings you have considered again."), { error: "Tick the warnings you have considered again." }).max(10_000, "Tick the warnings you have considered again."),
  ).default([]),
});

/** The submitted publish form as the schema reads it: one entry per ticked warning. */
export function publishFormValues(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = formObject(formData);
  if (formData instanceof FormData) values.acknowledged = formData.getAll("acknowledged").filter((value) => typeof value === "string");
  return values;
}

/**
 * The moment a version takes effect: now for an empty date or today, else the
 * start (UTC) of the chosen day; null with a message when the day is past or
 * too far ahead.
 */
export function effectiveAtFrom(effectiveOn: string, now: Date): { effectiveAt: Date } | { error: string } {
  if (effectiveOn === "") return { effectiveAt: now };
  const day = new Date(`${effectiveOn}T00:00:00.000Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== effectiveOn) return { error: "Enter a date that exists, like 2027-01-31." };
  const today = now.toISOString().slice(0, 10);
  if (effectiveOn < today) return { error: "Choose today or a later day: a published version cannot take effect in the past." };
  if (effectiveOn === today) return { effectiveAt: now };
  if (day.getTime() - now.getTime() > MAX_DAYS_AHEAD * 86_400_000) return { error: "Choose a day within the next year." };
  return { effectiveAt: day };
}
