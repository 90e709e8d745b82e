/**
 * What the dashboard says about the audit trail's integrity: a calm line when
 * the chain verifies, the problems in words when it does not, with links into
 * the audit log near the first problem. Pure: the report comes from
 * lib/audit-chain.
 */
import { describeProblem, summariseReport, type ChainProblem, type ChainReport } from "@/lib/audit-chain/problems";
import { auditFilterQuery } from "@/lib/audit-log/filter";
import { formatDateTime } from "@/lib/format";

/** Problems listed on the dashboard; the rest are counted. */
const LISTED_PROBLEMS = 3;

export type AuditTrailView = {
  intact: boolean;
  headline: string;
  /** One sentence per listed problem. */
  problems: string[];
  /** Problems found beyond those listed ("and 4 more"); null when unknown ("and more"). */
  moreProblems: number | null;
  checkedAt: string;
  /** The audit log on the day of the first event-related problem, if any. */
  nearFirstProblem: { href: string; label: string } | null;
};

function problemDate(problem: ChainProblem): Date | null {
  if (problem.kind === "missing") return problem.next.createdAt;
  if ("event" in problem) return problem.event.createdAt;
  return null;
}

export function auditTrailView(report: ChainReport): AuditTrailView {
  const listed = report.problems.slice(0, LISTED_PROBLEMS);
  const beyond = report.problems.length - listed.length;
  const date = report.problems.map(problemDate).find((value) => value !== null) ?? null;
  const day = date?.toISOString().slice(0, 10);
  return {
    intact: report.intact,
    headline: summariseReport(report),
    problems: listed.map(describeProblem),
    moreProblems: report.truncated ? null : beyond,
    checkedAt: formatDateTime(report.verifiedAt),
    nearFirstProblem: day ? { href: `/audit${auditFilterQuery({ from: day, to: day, page: 1 })}`, label: `Audit log of ${day}` } : null,
  };
}
