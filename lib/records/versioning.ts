/**
 * Optimistic concurrency for every editable record. A form carries the
 * version it was opened at; a save applies only when the row still has that
 * version (checked in the UPDATE itself), and otherwise reports who changed
 * what since, from the audit trail, so nothing is lost on either side.
 */
import type { Prisma } from "@prisma/client";
import { diffSnapshots, type Change } from "../audit-log/diff";

export type Conflict = {
  /** The version the record has now; a retry must name it. */
  currentVersion: number;
  changedBy: string;
  changedAt: string;
  /** What the other saves changed since the version the user started from. */
  changes: Change[];
};

/**
 * Describes the saves made after `fromVersion`, using the audit events of the
 * record (each event's `after.version` tells the version it produced).
 */
export async function describeConflict(
  tx: Prisma.TransactionClient,
  where: { organisationId: string; entityType: string; entityId: string },
  fromVersion: number,
  currentVersion: number,
): Promise<Conflict> {
  const events = await tx.auditEvent.findMany({
    where,
    orderBy: { createdAt: "asc" },
    select: { actorEmail: true, createdAt: true, before: true, after: true },
  });
  const later = events.filter((event) => {
    const version = (event.after as { version?: number } | null)?.version;
    return typeof version === "number" && version > fromVersion;
  });
  const first = later[0];
  const last = later[later.length - 1];
  return {
    currentVersion,
    changedBy: last ? [...new Set(later.map((event) => event.actorEmail))].join(", ") : "another user",
    changedAt: (last?.createdAt ?? new Date()).toISOString(),
    changes: first && last ? diffSnapshots(first.before, last.after) : [],
  };
}
