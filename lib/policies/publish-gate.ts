/**
 * What the findings of a draft mean for publishing it (see checks.ts for the
 * severities): an error refuses publication for every role, with no
 * override; each warning must be acknowledged by its id; a note never blocks.
 * The server decides from the findings of the draft it composes itself when
 * the publisher submits: the form only says which warnings were considered.
 */
import type { Finding } from "./checks";

export type GateResult = {
  /** Findings that refuse publication until they are fixed in the records. */
  errors: Finding[];
  /** Warnings of the current draft the publisher has not acknowledged. */
  unacknowledged: Finding[];
};

export function publishGate(findings: readonly Finding[], acknowledged: readonly string[]): GateResult {
  const seen = new Set(acknowledged);
  return {
    errors: findings.filter((finding) => finding.severity === "error"),
    unacknowledged: findings.filter((finding) => finding.severity === "warning" && !seen.has(finding.id)),
  };
}

const warningsOf = (findings: readonly Finding[]) => findings.filter((finding) => finding.severity === "warning");

/** The ids to submit to acknowledge every warning of a draft (for callers that publish after their own review, like the bench). */
export const acknowledgeAll = (findings: readonly Finding[]) => warningsOf(findings).map((finding) => finding.id);

/** A finding as stored with a published version: what the checks reported, and whether the publisher acknowledged it. */
export type PublishedFinding = Finding & { acknowledged?: true };

/** The findings a version is published with: every warning acknowledged (else publishing was refused), errors none. */
export function findingsAtPublication(findings: readonly Finding[], acknowledged: readonly string[]): PublishedFinding[] {
  const seen = new Set(acknowledged);
  return findings.map((finding) => (finding.severity === "warning" && seen.has(finding.id) ? { ...finding, acknowledged: true } : { ...finding }));
}

const quote = (finding: Finding) => `“${finding.message}”`;

/** Why the gate is closed, in words for the publisher. */
export function gateMessage({ errors, unacknowledged }: GateResult): string | null {
  if (errors.length) {
    const first = errors.slice(0, 3).map(quote).join(" ");
    const more = errors.length > 3 ? ` And ${errors.length - 3} more.` : "";
    return `Publishing is refused: the draft has ${errors.length === 1 ? "an error" : `${errors.length} errors`} that must be fixed in the records first. ${first}${more}`;
  }
  if (unacknowledged.length) {
    const named = unacknowledged.slice(0, 3).map(quote).join(" ");
    const more = unacknowledged.length > 3 ? ` And ${unacknowledged.length - 3} more.` : "";
    return `Confirm that you have considered ${unacknowledged.length === 1 ? "this warning" : `these ${unacknowledged.length} warnings`} before publishing: ${named}${more}`;
  }
  return null;
}
