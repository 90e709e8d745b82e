/**
 * What a broken audit chain means, in words: the problems verification can
 * find (lib/audit-chain/verify.ts) and how each is told to the reader. Pure,
 * so that the wording is tested without a database.
 */
import { actionLabel, entityTypeLabel } from "../audit-log/present";
import { formatDateTime } from "../format";
import { inEnglish } from "../i18n/english";

/** The previous-hash of an organisation's first event. */
export const GENESIS_HASH = "0".repeat(64);

/** Verification stops collecting after this many problems: the first ones say where to look. */
export const MAX_PROBLEMS = 20;

export type EventRef = {
  id: string;
  sequence: number;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string;
};

export type ChainProblem =
  /** The event's fields no longer give its stored hash: it was changed after it was written. */
  | { kind: "edited"; event: EventRef }
  /** Events fromSequence..toSequence are gone; `next` is the event after the gap. */
  | { kind: "missing"; fromSequence: number; toSequence: number; next: EventRef }
  /** The event does not carry the hash of the event before it: one of the two was replaced. */
  | { kind: "relinked"; event: EventRef }
  /** The event's sequence number repeats or goes back: it was not written through the chain. */
  | { kind: "misplaced"; event: EventRef }
  /** The head is ahead of the last event: the last events were deleted. */
  | { kind: "tail-missing"; fromSequence: number; toSequence: number }
  /** The last event's hash differs from the head's: the last event was replaced. */
  | { kind: "head-mismatch"; event: EventRef }
  /** Events exist beyond the head, or without one: they were written around the chain. */
  | { kind: "head-behind"; headSequence: number; lastSequence: number };

export type ChainReport = {
  organisationId: string;
  /** Events present now. */
  events: number;
  /** The sequence number the head records (0 for an organisation without events). */
  headSequence: number;
  /** The head's hash: a fingerprint of the whole chain. */
  headHash: string | null;
  intact: boolean;
  /** The first problems, in chain order. */
  problems: ChainProblem[];
  /** More problems exist than are listed. */
  truncated: boolean;
  verifiedAt: Date;
};

/** One event as the verification walk returns it. */
export type WalkedRow = EventRef & {
  /** The stored hash equals the one recomputed from the fields. */
  intact: boolean;
  /** previousHash equals the hash of the event before (or the genesis hash). */
  linked: boolean;
  previousSequence: number | null;
};

/** The problems one walked row stands for. */
export function problemsOf(row: WalkedRow): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const expected = (row.previousSequence ?? 0) + 1;
  const event: EventRef = { id: row.id, sequence: row.sequence, createdAt: row.createdAt, action: row.action, entityType: row.entityType, entityId: row.entityId };
  if (row.sequence > expected) problems.push({ kind: "missing", fromSequence: expected, toSequence: row.sequence - 1, next: event });
  else if (row.sequence < expected) problems.push({ kind: "misplaced", event });
  // After a gap the link cannot match; saying so again would add nothing.
  else if (!row.linked) problems.push({ kind: "relinked", event });
  if (!row.intact) problems.push({ kind: "edited", event });
  return problems;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;

const range = (from: number, to: number) => (from === to ? `event #${from}` : `events #${from}–#${to}`);

function describeEvent(event: EventRef): string {
  // The report is also printed by the command line, which has no reader's language.
  return `event #${event.sequence} (${inEnglish(actionLabel(event.action))} · ${inEnglish(entityTypeLabel(event.entityType))}, ${formatDateTime(event.createdAt)})`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One sentence per problem, naming the event and when it was written. */
export function describeProblem(problem: ChainProblem): string {
  switch (problem.kind) {
    case "edited":
      return `${capitalise(describeEvent(problem.event))} was changed after it was written.`;
    case "missing":
      return `${capitalise(range(problem.fromSequence, problem.toSequence))} deleted, just before ${describeEvent(problem.next)}.`;
    case "relinked":
      return `${capitalise(describeEvent(problem.event))} does not follow event #${problem.event.sequence - 1}: one of the two was replaced.`;
    case "misplaced":
      return `${capitalise(describeEvent(problem.event))} is out of sequence: it was written around the chain.`;
    case "tail-missing":
      return `The last ${range(problem.fromSequence, problem.toSequence)} deleted (the chain head records ${plural(problem.toSequence, "event")}).`;
    case "head-mismatch":
      return `The latest ${describeEvent(problem.event)} does not match the chain head: it was replaced.`;
    case "head-behind":
      return `Events after #${problem.headSequence} (up to #${problem.lastSequence}) were written around the chain head.`;
  }
}

/** The headline: what was verified, or what was found. */
export function summariseReport(report: Pick<ChainReport, "intact" | "events" | "problems" | "truncated">): string {
  if (report.intact) return `Audit trail intact — ${plural(report.events, "event")} verified`;
  const count = report.truncated ? `${report.problems.length}+` : String(report.problems.length);
  return `Audit trail broken — ${count} ${report.problems.length === 1 && !report.truncated ? "problem" : "problems"} found`;
}
