/**
 * What the publish dialog submits, checked by the form and by the action.
 * The effective date is today or a later day: a policy informs people before
 * the processing it describes (Art. 13(1): "at the time when personal data are
 * obtained"), so a version cannot take effect in the past.
 */
import { z } from "zod";
import { cleanString, formObject } from "@/lib/forms/field-rules";
import { message } from "@/lib/i18n/message";

export const CHANGE_SUMMARY_MAX = 2_000;
const MAX_DAYS_AHEAD = 366;
const ACKNOWLEDGED = message("policyEditor.errors.acknowledged");

export const publishPolicySchema = z.object({
  policyId: cleanString({ error: message("policyEditor.errors.choosePolicy") }).min(1, message("policyEditor.errors.choosePolicy")).max(100),
  changeSummary: cleanString({ error: message("policyEditor.errors.summaryRequired") })
    .trim()
    .min(1, message("policyEditor.errors.summaryMin"))
    .max(CHANGE_SUMMARY_MAX, message("policyEditor.errors.summaryMax", { max: CHANGE_SUMMARY_MAX })),
  // A calendar date (YYYY-MM-DD); empty means "now".
  effectiveOn: z
    .string()
    .trim()
    .default("")
    .refine((value) => value === "" || /^\d{4}-\d{2}-\d{2}$/.test(value), message("policyEditor.errors.dateFormat")),
  // The ids of the warnings the publisher has considered (one checkbox each).
  // Only a claim: the server compares it with the findings of the draft it composes itself.
  acknowledged: z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z.array(cleanString({ error: ACKNOWLEDGED }).max(500, ACKNOWLEDGED), { error: ACKNOWLEDGED }).max(10_000, ACKNOWLEDGED),
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
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== effectiveOn) return { error: message("policyEditor.errors.dateExists") };
  const today = now.toISOString().slice(0, 10);
  if (effectiveOn < today) return { error: message("policyEditor.errors.datePast") };
  if (effectiveOn === today) return { effectiveAt: now };
  if (day.getTime() - now.getTime() > MAX_DAYS_AHEAD * 86_400_000) return { error: message("policyEditor.errors.dateTooFar") };
  return { effectiveAt: day };
}
