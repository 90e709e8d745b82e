/**
 * Field rules shared by the record schemas: text with length limits, optional
 * e-mail addresses, web addresses and calendar dates, each with a message that
 * says what to type. Every rule accepts what a form submits (strings) as well
 * as plain values, so the same schema serves the form and the server action.
 */
import { z } from "zod";
import { message } from "@/lib/i18n/message";

const NAME_MAX = 200;
const SHORT_TEXT_MAX = 1_000;
export const LONG_TEXT_MAX = 10_000;

/**
 * A string that PostgreSQL can store, in text columns and in the audit
 * trail's JSON: NUL (U+0000) is removed ("invalid byte sequence for encoding
 * UTF8: 0x00") and a lone half of a surrogate pair becomes U+FFFD (the JSON of
 * the audit event is refused with "unexpected end of hex escape"). Either
 * would fail the whole write for a character nobody can see or meant to type.
 * The base of every text rule that reaches the database.
 */
export function cleanString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).overwrite(storableText);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function storableText(value: string): string {
  return value.replace(/\u0000/g, "").replace(LONE_SURROGATE, "\ufffd");
}

/** A required single-line text, trimmed. */
export function requiredText(missing: string, max = NAME_MAX) {
  return cleanString({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, message("forms.maxChars", { max }));
}

/** An optional text, trimmed; missing becomes "". */
export function optionalText(max = SHORT_TEXT_MAX) {
  return cleanString({ error: message("forms.textOrEmpty") })
    .trim()
    .max(max, message("forms.maxChars", { max }))
    .default("");
}

const emailShape = z.email();

export function optionalEmail() {
  return optionalText(254).refine((value) => value === "" || emailShape.safeParse(value).success, {
    message: message("forms.email"),
  });
}

/** An absolute http(s) address with a host name: the only kind of address a policy links to. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export function optionalUrl() {
  return optionalText(2_000).refine((value) => value === "" || isWebAddress(value), {
    message: message("forms.webAddress"),
  });
}

// Telephone numbers are written in many ways; digits, spaces and the usual punctuation only.
export function optionalPhone() {
  return optionalText(50).refine((value) => value === "" || /^\+?[0-9 ()./-]{3,}$/.test(value), {
    message: message("forms.phone"),
  });
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const DATE_MESSAGE = message("forms.date");

/** A checkbox: "on" (what a form submits), "true" or true. */
export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

const VERSION_MESSAGE = message("forms.version");

/** The version a form was opened at (optimistic concurrency). */
export const versionField = z.coerce
  .number({ error: VERSION_MESSAGE })
  .int(VERSION_MESSAGE)
  .min(1, VERSION_MESSAGE)
  // Versions are PostgreSQL integers: a larger one cannot belong to any row (and would be a database error in a filter).
  .max(2_147_483_647, VERSION_MESSAGE);

/** An update names the version the form was opened at. */
export const versionSchema = z.object({ version: versionField });

/** A calendar date for a SQL DATE column: midnight UTC, or null when empty. */
export function toDateOrNull(value: string): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

/** The YYYY-MM-DD form of a SQL DATE value, or "". */
export function toIsoDate(value: Date | null | undefined): string {
  return value ? value.toISOString().slice(0, 10) : "";
}

/** The entries of a submitted form as a plain object of strings (the last value wins). */
export function formObject(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  // A forged request may send anything in place of the form: it then submits nothing.
  if (!(formData instanceof FormData)) return values;
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string") values[key] = value;
  }
  return values;
}
