/**
 * Drift: whether the latest published version of a policy still says what
 * composing the policy now would say. The draft is composed from the current
 * records and compared with the document stored with the published version
 * by its visible text (document-changes.ts): any difference a reader would
 * see means the public policy no longer matches the register.
 */
import { compareDocuments, type DocumentChange } from "./document-changes";
import { asLanguage, languageName } from "@/lib/translations/languages";
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

/**
 * The drift of a policy published in several languages, from each language's
 * drift (its latest version against its draft): a translation that changed
 * moves only its own language, and still makes the policy drift. A change
 * found in several languages is named once, as the first language names it;
 * a language without a published version yet is a change of the document.
 */
export function combineDrift(states: readonly { language: string; drift: DriftState }[]): DriftState {
  const published = states.filter((entry) => entry.drift.state !== "unpublished");
  if (published.length === 0) return { state: "unpublished" };
  const publishedNumber = Math.max(...published.map((entry) => (entry.drift.state === "unpublished" ? 0 : entry.drift.publishedNumber)));
  const changes: DocumentChange[] = [];
  const seen = new Set<string>();
  for (const { language, drift } of states) {
    const found: DocumentChange[] =
      drift.state === "drifting" ? drift.changes : drift.state === "unpublished" ? [{ kind: "added", scope: "document", heading: `${languageName(asLanguage(language), "en")} version`, fields: [] }] : [];
    for (const change of found) {
      const key = JSON.stringify([change.kind, change.scope, change.activityId ?? null, change.fields, change.scope === "document" ? change.heading : null]);
      if (seen.has(key)) continue;
      seen.add(key);
      changes.push(change);
    }
  }
  return changes.length ? { state: "drifting", publishedNumber, changes } : { state: "in-sync", publishedNumber };
}
