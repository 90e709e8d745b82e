/**
 * The arguments of a server action come from the browser: a forged request
 * can send any value the action protocol can encode (null, numbers, objects,
 * arrays) where the form sends a FormData, an id or a version. Handed on
 * unchecked, a non-FormData fails at `formData.get` and an object id reaches
 * Prisma as a filter (`{ not: "" }`), both an unhandled error (a 500). These
 * turn such values into ones the action refuses with its usual message.
 */
import { storableText } from "./field-rules";

/** The submitted form, or an empty one when the request sent something else. */
export function formInput(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** A record id: a string, or "" (which matches nothing) for anything else, or for text the database refuses even in a lookup (see storableText). */
export function idInput(value: unknown): string {
  return typeof value === "string" && value.length <= 200 && value === storableText(value) ? value : "";
}

/** The largest version a row can have: versions are PostgreSQL integers, and a larger number sent in a filter is a database error, not "no match". */
export const MAX_VERSION = 2_147_483_647;

/** A version number: a positive integer a row can have, or 0 (which matches no row) for anything else. */
export function versionInput(value: unknown): number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 && value <= MAX_VERSION ? value : 0;
}
