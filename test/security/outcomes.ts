/**
 * What a caller gets from a server action or route handler, in the few
 * categories the access matrix speaks in. Each category is what the person
 * would see in the browser, so the matrix reads as "who may do what".
 */
import { createTranslator } from "next-intl";
import { translateMessage } from "@/lib/i18n/message";
import { en } from "@/messages/en";
import type { Outcome } from "@/test/support/request-scope";

// Messages from lib/ are catalogue references (lib/i18n/message.ts); the
// categories below read them as an English-speaking member sees them.
const english = createTranslator({ locale: "en", messages: en });

export const OUTCOME_KINDS = {
  ok: "done: the action returned its result, or the route answered 2xx",
  redirect: "done, and the browser is sent on to the result (Next's redirect after a successful action)",
  "signs-in": "handed to Auth.js to start a session (the scope's signIn stands in; e2e/auth.spec.ts covers the real one)",
  login: "sent to the login page: no session, nothing done",
  forbidden: "refused with 403 Forbidden (401 without a session), nothing done: the action's guard (a role below the minimum, or no session), or a request naming something the member may not use",
  refused: "refused with a message about permissions, nothing changed (a check below the guard)",
  "not-found": "404, notFound(), or “does not exist in your organisation”: another organisation's ids are simply unknown",
  invalid: "rejected as invalid input, nothing changed (e.g. the input names records of another organisation)",
  error: "anything else thrown: always a failure of the test",
} as const;

export type OutcomeKind = keyof typeof OUTCOME_KINDS;

/** Outcomes in which the call did its work. */
export const DONE: readonly OutcomeKind[] = ["ok", "redirect", "signs-in"];

// The wording of the refusals below the guard (refuseRole, members, organisations, import).
const PERMISSION = /\bonly\b.*\b(owners?|dpo|data protection officer|editor)\b|ask your dpo|do not have permission/i;
const NOT_FOUND = /does not exist|was not found|not found in this organisation|no longer exists/i;

// The request scope's stand-in for Auth.js' signIn reports with this message.
const SCOPE_SIGN_IN = "Sign-in is exercised by the end-to-end tests";

function messagesOf(value: Record<string, unknown>): string {
  const fields = value.fieldErrors && typeof value.fieldErrors === "object" ? Object.values(value.fieldErrors as Record<string, unknown>) : [];
  return [value.formError, value.message, ...fields].filter((m): m is string => typeof m === "string").map((m) => translateMessage(english, m)).join(" | ");
}

function isFailureState(value: Record<string, unknown>): boolean {
  if (value.ok === false) return true;
  if (value.ok === true) return false;
  return !!(value.formError || value.conflict || (value.fieldErrors && Object.values(value.fieldErrors).some(Boolean)));
}

/** The category of an outcome, and the text that decided it (for failure messages). */
export function classify(outcome: Outcome): { kind: OutcomeKind; detail: string } {
  switch (outcome.kind) {
    case "redirect":
      return outcome.location.startsWith("/login") ? { kind: "login", detail: outcome.location } : { kind: "redirect", detail: outcome.location };
    case "forbidden":
    case "unauthorized":
      return { kind: "forbidden", detail: outcome.kind };
    case "not-found":
      return { kind: "not-found", detail: "notFound()" };
    case "response": {
      const { status } = outcome;
      const location = outcome.response.headers.get("location") ?? "";
      if (status >= 200 && status < 300) return { kind: "ok", detail: String(status) };
      if (status >= 300 && status < 400 && /\/login\b/.test(location)) return { kind: "login", detail: location };
      if (status === 404) return { kind: "not-found", detail: "404" };
      if (status === 401 || status === 403) return { kind: "forbidden", detail: String(status) };
      return { kind: "error", detail: `HTTP ${status}` };
    }
    case "thrown": {
      const message = (outcome.error as Error)?.message ?? String(outcome.error);
      if (message === SCOPE_SIGN_IN) return { kind: "signs-in", detail: message };
      return { kind: "error", detail: (outcome.error as Error)?.stack ?? message };
    }
    case "returned": {
      const { value } = outcome;
      if (value === null) return { kind: "not-found", detail: "null" };
      if (typeof value !== "object" || !isFailureState(value as Record<string, unknown>)) return { kind: "ok", detail: "returned" };
      const text = messagesOf(value as Record<string, unknown>);
      if (PERMISSION.test(text)) return { kind: "refused", detail: text };
      if (NOT_FOUND.test(text)) return { kind: "not-found", detail: text };
      return { kind: "invalid", detail: text || JSON.stringify(value).slice(0, 300) };
    }
  }
}
