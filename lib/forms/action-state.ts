/**
 * What every server action returns for anything the user can fix: messages
 * per field (keyed by the field's path, e.g. "purposes.0.legalBasisIds"), a
 * message for the whole form, the submitted values (so React 19's form reset
 * never throws away what the user typed) and, for a stale save, the conflict.
 */
import type { z } from "zod";
import type { Conflict } from "../records/versioning";

export type FieldErrors = Record<string, string>;

export type ActionState<Values = unknown> = {
  ok?: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  formError?: string;
  values?: Values;
  conflict?: Conflict;
};

/**
 * What a record's form holds between submissions: nothing at first, then the
 * answer of its last action (a mutation's result; `Extra` for what a feature's
 * failures add, such as where an entry is in use).
 */
export type FormState<Extra extends object = object> = ActionState<Record<string, unknown>> & Extra;

/** The first message for each field path of a failed zod parse. */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}
