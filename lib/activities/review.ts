/**
 * Review dates. Art. 24(1) and 5(2) ask the controller to review its measures
 * and be able to show compliance; the register keeps when each activity was
 * last reviewed and when it is next due, the next date proposed from the
 * organisation-wide interval. Pure: used by the form in the browser and by
 * the server, which checks the same rules.
 */
import { z } from "zod";
import { cleanString } from "@/lib/forms/field-rules";
import { message } from "@/lib/i18n/message";

/** Calendar dates travel as YYYY-MM-DD and are stored as SQL DATE (midnight UTC). */
export function toDateInput(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseDateInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Rejects 2026-02-30 and the like, which Date would roll over into March.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/**
 * The same day `months` later; where that month is shorter, its last day
 * (31 Jan + 1 month = 28 or 29 Feb, 29 Feb 2028 + 12 months = 28 Feb 2029).
 */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

const REVIEW_INTERVAL_MIN = 1;
const REVIEW_INTERVAL_MAX = 60;

/** The next review date proposed after a review on `reviewedOn`. */
export function proposeNextReview(reviewedOn: Date, intervalMonths: number): Date {
  const months = Math.min(REVIEW_INTERVAL_MAX, Math.max(REVIEW_INTERVAL_MIN, Math.round(intervalMonths) || 12));
  return addMonths(reviewedOn, months);
}

const dateField = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .refine((value) => parseDateInput(value) !== null, message("activityForm.errors.reviewDateFormat"));

export const markReviewedSchema = z
  .object({
    id: cleanString().min(1).max(40),
    version: z.coerce.number().int().min(1).max(2_147_483_647),
    reviewedOn: dateField(message("activityForm.errors.reviewedOnRequired")),
    nextReviewOn: dateField(message("activityForm.errors.nextReviewOnRequired")),
  })
  .refine((value) => {
    const reviewed = parseDateInput(value.reviewedOn);
    const next = parseDateInput(value.nextReviewOn);
    return !reviewed || !next || next > reviewed;
  }, { path: ["nextReviewOn"], message: message("activityForm.errors.nextReviewAfterReview") });

export type MarkReviewedInput = z.input<typeof markReviewedSchema>;
