/**
 * What the findings of a draft mean for publishing it (see checks.ts for the
 * severities): an error refuses publication for every role, with no
 * override; each warning must be acknowledged by its id; a note never blocks.
 * The server decides from the findings of the draft it composes itself when
 * the publisher submits: the form only says which warnings were considered.
 */
import { message } from "@/lib/i18n/message";
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

/**
 * Why the gate is closed, for the publisher: a reference into the catalogue
 * (lib/i18n/message.ts), translated where it is shown. `describeGate` adds the
 * first findings it is about, in the language of `translate`.
 */
export function gateMessage({ errors, unacknowledged }: GateResult): string | null {
  if (errors.length) return message("policyEditor.gate.errors", { count: errors.length });
  if (unacknowledged.length) return message("policyEditor.gate.warnings", { count: unacknowledged.length });
  return null;
}

/** The gate's message followed by the first three findings it names, quoted, each translated by `translate` (inEnglish for the API). */
export function describeGate(gate: GateResult, translate: (text: string) => string): string | null {
  const text = gateMessage(gate);
  if (!text) return null;
  const named = gate.errors.length ? gate.errors : gate.unacknowledged;
  const quoted = named.slice(0, 3).map((finding) => translate(message("policyEditor.publish.quoted", { text: translate(finding.message) })));
  const more = named.length > 3 ? [translate(message("policyEditor.publish.more", { count: named.length - 3 }))] : [];
  return [translate(text), ...quoted, ...more].join(" ");
}
