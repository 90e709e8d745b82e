/**
 * Drift: whether the latest published version of a policy still says what
 * composing the policy now would say. The draft is composed from the current
 * records and compared with the document stored with the published version
 * by its visible text (document-changes.ts): any difference a reader would
 * see means the public policy no longer matches the register.
 */
import { compareDocuments, type DocumentChange } from "./document-changes";
import type { PolicyDocument } from "./types";

export type DriftState =
  | { state: "unpublished" }
  | { state: "in-sync"; publishedNumber: number }
  | { state: "drifting"; publishedNumber: number; changes: DocumentChange[] };

/** Pure: the drift between the latest published version (if any) and the draft composed now. */
export function driftBetween(published: { number: number; content: PolicyDocument } | null, draft: PolicyDocument): DriftState {
  if (!published) return { state: "unpublished" };
  const changes = compareDocuments(published.content, draft);
  return changes.length === 0 ? { state: "in-sync", publishedNumber: published.number } : { state: "drifting", publishedNumber: published.number, changes };
}
