/**
 * Errors of the API as RFC 9457 problem details (`application/problem+json`):
 * a type, a title per type, the status, a detail for this occurrence and, for
 * invalid input, one entry per field with a JSON Pointer into the request
 * body. Nothing internal (stack traces, SQL) is ever part of one.
 */
import type { FieldErrors } from "@/lib/forms/action-state";
import { inEnglish } from "@/lib/i18n/english";
import type { MutationFailure } from "@/lib/mutations/result";

export const PROBLEM_TYPES = {
  unauthorized: { status: 401, title: "Authentication required" },
  forbidden: { status: 403, title: "Forbidden" },
  "not-found": { status: 404, title: "Not found" },
  "bad-request": { status: 400, title: "Bad request" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  invalid: { status: 422, title: "Invalid input" },
  conflict: { status: 412, title: "Precondition failed" },
  "precondition-required": { status: 428, title: "Precondition required" },
  "rate-limited": { status: 429, title: "Too many requests" },
  unavailable: { status: 503, title: "Service unavailable" },
  internal: { status: 500, title: "Internal server error" },
  "in-use": { status: 409, title: "Conflict with the record's state" },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

/** `pointer` into the JSON body (RFC 6901), or the query `parameter` at fault. */
export type FieldProblem = { pointer?: string; parameter?: string; detail: string };

export type Problem = { type: string; title: string; status: number; detail: string; errors?: FieldProblem[] };

export const problemTypeUri = (type: ProblemType) => `urn:ropa:problem:${type}`;

/** "purposes.0.legalBasisIds" → "/purposes/0/legalBasisIds" (RFC 6901); "_form" is the whole body. */
export function fieldPointer(path: string): string {
  if (path === "_form" || path === "") return "";
  return `/${path.split(".").map((part) => part.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
}

export function fieldProblems(errors: FieldErrors | undefined): FieldProblem[] {
  return Object.entries(errors ?? {}).map(([path, detail]) => ({ pointer: fieldPointer(path), detail: inEnglish(detail) }));
}

/**
 * `extensions` are members an operation documents beside the standard ones
 * (RFC 9457 §3.2), e.g. the findings that refuse a publication. The write
 * core's messages are references into the dashboard's catalogue
 * (lib/i18n/message.ts); the API has no reader's language and answers in
 * English.
 */
export function problemResponse(type: ProblemType, detail: string, init: { errors?: FieldProblem[]; headers?: HeadersInit; extensions?: Record<string, unknown> } = {}): Response {
  const { status, title } = PROBLEM_TYPES[type];
  // Messages from lib/ may be catalogue references (lib/i18n/message.ts); a machine reads them in English.
  const errors = init.errors?.map((error) => ({ ...error, detail: inEnglish(error.detail) }));
  const body: Problem = { ...init.extensions, type: problemTypeUri(type), title, status, detail: inEnglish(detail), ...(errors?.length ? { errors } : {}) };
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/problem+json");
  headers.set("Cache-Control", "no-store");
  return new Response(JSON.stringify(body), { status, headers });
}

const failureTypes: Record<MutationFailure["kind"], ProblemType> = {
  invalid: "invalid",
  conflict: "conflict",
  "not-found": "not-found",
  refused: "forbidden",
  unavailable: "unavailable",
};

const fallbackDetails: Record<MutationFailure["kind"], string> = {
  invalid: "The request body breaks a rule; see errors.",
  conflict: "The record changed since the version named in If-Match. Fetch it again and reapply the change.",
  "not-found": "No such record in the token's organisation.",
  refused: "The token's creator may not do this.",
  unavailable: "The database cannot be reached. Nothing was written; try again shortly.",
};

/** A mutation's failure as the matching problem: invalid 422, conflict 412, not-found 404, refused 403, unavailable 503. */
export function failureResponse(failure: Pick<MutationFailure, "kind" | "formError" | "fieldErrors">): Response {
  const detail = failure.kind === "conflict" ? fallbackDetails.conflict : failure.formError ? inEnglish(failure.formError) : fallbackDetails[failure.kind];
  return problemResponse(failureTypes[failure.kind], detail, { errors: failure.kind === "invalid" ? fieldProblems(failure.fieldErrors) : undefined });
}
