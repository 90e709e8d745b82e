/**
 * The If-Match precondition of every update (RFC 9110 §13.1.1): required,
 * because without it a client would overwrite changes it never saw, as the
 * forms' optimistic concurrency prevents for people.
 */
import { parseIfMatch } from "./etag";
import { failureResponse, problemResponse } from "./problem";

/** The versions If-Match names, or the 428 to answer when it is missing or `*`. */
export function requireIfMatch(request: Request): { ok: true; versions: number[] } | { ok: false; response: Response } {
  const ifMatch = parseIfMatch(request.headers.get("if-match"));
  if (ifMatch.kind === "versions") return { ok: true, versions: ifMatch.versions };
  const detail = ifMatch.kind === "missing" ? "Send If-Match with the ETag from GET, so that nobody's change is overwritten unseen." : "If-Match: * would overwrite changes unseen; send the ETag from GET.";
  return { ok: false, response: problemResponse("precondition-required", detail) };
}

/** The 412 to answer when the stored version is not among those If-Match names, or null. */
export function staleIfMatch(versions: number[], current: number): Response | null {
  return versions.includes(current) ? null : failureResponse({ kind: "conflict" });
}
