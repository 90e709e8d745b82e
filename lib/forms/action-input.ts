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

/** A version number: a positive safe integer, or 0 (which matches no row) for anything else. */
export function versionInput(value: unknown): number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : 0;
}
