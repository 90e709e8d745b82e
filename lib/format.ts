/**
 * Dates as people read them in the register. Calendar dates (review dates,
 * DPA dates) are stored as SQL DATE and arrive as midnight UTC, so they are
 * formatted in UTC: in any other zone they would shift by a day. Formatting is
 * fixed to one locale and zone so that server and browser render the same text.
 */
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export function formatDate(value: Date | null | undefined): string {
  return value ? dateFormat.format(value) : "";
}

export function formatDateTime(value: Date | null | undefined): string {
  return value ? `${dateTimeFormat.format(value)} UTC` : "";
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** How far ahead a review date or a DPA review counts as due soon. */
export const DUE_SOON_DAYS = 30;

/** Midnight UTC of the given instant's calendar day: the unit SQL DATE columns compare in. */
export function startOfUtcDay(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Whole days from today until the date; negative when it lies in the past. */
export function daysUntil(date: Date, now: Date = new Date()): number {
  return Math.round((startOfUtcDay(date).getTime() - startOfUtcDay(now).getTime()) / DAY_MS);
}
