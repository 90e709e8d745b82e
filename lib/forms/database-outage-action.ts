/**
 * The one place where server actions turn a database outage into a form
 * state: wrap an action with `keepFormOnOutage`, and when PostgreSQL cannot
 * be reached (before, during or at the start of the action's transaction)
 * the user gets DATABASE_UNAVAILABLE_MESSAGE next to the form together with
 * the values they submitted, instead of an error page that loses their input.
 * Nothing was written: each action's change and its audit event are one
 * transaction, which PostgreSQL rolls back when the connection is lost.
 * Every other error, including Next.js's redirect and notFound signals, is
 * rethrown unchanged.
 */
import { failure, type MutationFailure } from "@/lib/mutations/result";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./database-outage";
import { formObject } from "./field-rules";

/** A failure of kind "unavailable", like any other failure of a write: nothing was written, try again. */
export type OutageState = MutationFailure & { kind: "unavailable"; formError: string };

/** The submitted values among an action's arguments: the FormData of a form action, or the plain object a client form sends. */
function submittedValues(args: readonly unknown[]): unknown {
  const last = args.at(-1);
  if (typeof FormData !== "undefined" && last instanceof FormData) return formObject(last);
  if (typeof last === "object" && last !== null && !Array.isArray(last)) return last;
  return undefined;
}

function outageState(args: readonly unknown[]): OutageState {
  const values = submittedValues(args);
  const outage = failure("unavailable", { formError: DATABASE_UNAVAILABLE_MESSAGE });
  return (values === undefined ? outage : { ...outage, values }) as OutageState;
}

/**
 * Wraps a server action whose result can carry a form error. The result type
 * stays the action's own, so the forms that use it need no change.
 */
export function keepFormOnOutage<Args extends unknown[], Result extends { ok?: boolean; formError?: string }>(
  action: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    try {
      return await action(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      console.error(`Database unavailable during ${action.name || "a server action"}; the user was asked to try again.`, error);
      // The outage state has the fields every action state shares (ok, kind, formError, values).
      return outageState(args) as unknown as Result;
    }
  };
}
