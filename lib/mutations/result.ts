/**
 * What every mutation answers, whoever calls it (a server action, the import,
 * a test): success with its data, or a failure of one kind with what the
 * caller needs to show it. The kinds are the ways a change can fail that are
 * not bugs; a bug throws.
 */
import type { FieldErrors } from "@/lib/forms/action-state";
import type { Conflict } from "@/lib/records/versioning";

export type FailureKind =
  /** The input breaks a rule: the messages are per field, and for the form. */
  | "invalid"
  /** The record changed since the form was opened (optimistic concurrency). */
  | "conflict"
  /** No such record in the actor's organisation: another organisation's ids are simply unknown. */
  | "not-found"
  /** The actor's role does not allow it, or the record's state does not (a built-in entry, an entry in use). */
  | "refused"
  /** The database could not be reached: nothing was written, try again. */
  | "unavailable";

export type MutationFailure<Values = Record<string, unknown>> = {
  ok: false;
  kind: FailureKind;
  formError?: string;
  fieldErrors?: FieldErrors;
  /** The submitted values, given back so that nothing typed is lost. */
  values?: Values;
  conflict?: Conflict;
};

// Fields of the other side of the union, readable as undefined without narrowing first.
type Absent<T> = { [K in keyof T]?: undefined };

type MutationSuccess<Data extends object = object> = { ok: true; message?: string } & Data & Absent<Omit<MutationFailure, "ok">>;

/** `Extra` carries what a failure of one feature adds (e.g. where a catalogue entry is in use). */
export type MutationResult<Data extends object = object, Extra extends object = object> =
  | MutationSuccess<Data & Absent<Extra>>
  | (MutationFailure & Extra & Absent<Omit<Data, keyof Extra>>);

export function failure<Extra extends object = object>(kind: FailureKind, details: Omit<MutationFailure, "ok" | "kind"> & Extra = {} as Extra): MutationFailure & Extra {
  return { ok: false, kind, ...details };
}

/** Plain submitted values to give back to the form, so nothing typed is lost. */
export function echo(input: unknown): Record<string, unknown> {
  return typeof input === "object" && input !== null ? { ...(input as Record<string, unknown>) } : {};
}
