/**
 * Drift: whether the latest published version of a policy still says what the
 * register says. The draft is composed from the current records and its facts
 * are compared with the facts stored with the published version; any semantic
 * difference means the public policy no longer matches the register.
 */
import { semanticDiff, type SemanticChange } from "./diff";
import type { PolicyFacts } from "./types";

export type DriftState =
  | { state: "unpublished" }
  | { state: "in-sync"; publishedNumber: number }
  | { state: "drifting"; publishedNumber: number; changes: SemanticChange[] };

/** Pure: the drift between the facts of the latest published version (if any) and of the current draft. */
export function driftBetween(published: { number: number; facts: PolicyFacts } | null, draft: PolicyFacts): DriftState {
  if (!published) return { state: "unpublished" };
  const changes = semanticDiff(published.facts, draft);
  return changes.length === 0 ? { state: "in-sync", publishedNumber: published.number } : { state: "drifting", publishedNumber: published.number, changes };
}
