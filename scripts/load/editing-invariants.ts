/**
 * What must hold after concurrent editing, checked against the database the
 * server wrote to. Each check is named and explains a failure in its detail,
 * so a report says what broke, not only that something did.
 */
import type { Db } from "../../lib/db";
import type { EditingFixture } from "./editing-fixture";

export type SaveRecord = {
  activityId: string;
  email: string;
  /** The version the edit page showed, i.e. the one the form submitted. */
  fromVersion: number;
  description: string;
  outcome: "applied" | "conflict" | "refused" | "5xx" | "error";
  /** For a conflict: the version the server said the record has now. */
  conflictVersion?: number;
};

export type Invariant = { name: string; ok: boolean; detail: string };

const ENTITY = "ProcessingActivity";

export async function checkEditingInvariants(db: Db, fixture: EditingFixture, saves: SaveRecord[], read5xx: number): Promise<Invariant[]> {
  const ids = fixture.activities.map((a) => a.id);
  const [rows, events] = await Promise.all([
    db.processingActivity.findMany({ where: { id: { in: ids } }, select: { id: true, version: true, description: true } }),
    db.auditEvent.findMany({
      where: { organisationId: fixture.organisationId, entityType: ENTITY, entityId: { in: ids } },
      select: { entityId: true, action: true, actorEmail: true, after: true },
    }),
  ]);
  const applied = saves.filter((s) => s.outcome === "applied");
  const by = (outcome: SaveRecord["outcome"]) => saves.filter((s) => s.outcome === outcome).length;
  const invariants: Invariant[] = [];

  const save5xx = by("5xx");
  invariants.push({
    name: "no 5xx responses",
    ok: read5xx + save5xx === 0,
    detail: `${read5xx} reads and ${save5xx} saves answered 5xx`,
  });

  // A conflict must name a version newer than the one the save started from:
  // otherwise the save was refused although nobody had saved in between.
  const falseConflicts = saves.filter((s) => s.outcome === "conflict" && !((s.conflictVersion ?? 0) > s.fromVersion)).length;
  const unaccounted = saves.length - applied.length - by("conflict");
  invariants.push({
    name: "every save applied or reported as a conflict",
    ok: unaccounted === 0 && falseConflicts === 0 && saves.length > 0,
    detail:
      `${saves.length} saves: ${applied.length} applied, ${by("conflict")} conflicts, ${by("refused")} refused, ` +
      `${save5xx} 5xx, ${by("error")} failed; ${falseConflicts} conflicts named no newer version`,
  });

  // Each applied save must have produced exactly one UPDATE event by its author
  // for the version it created (fromVersion + 1), and there must be no other event.
  const key = (activityId: string, email: string, version: unknown) => `${activityId}|${email}|${String(version)}`;
  const eventKeys = new Map<string, number>();
  for (const event of events) {
    const k = event.action === "UPDATE" ? key(event.entityId, event.actorEmail, (event.after as { version?: number } | null)?.version) : `other:${event.action}`;
    eventKeys.set(k, (eventKeys.get(k) ?? 0) + 1);
  }
  const audited = (s: SaveRecord) => eventKeys.get(key(s.activityId, s.email, s.fromVersion + 1)) === 1;
  // A save whose response never arrived (timeout) or was a 5xx may still have
  // committed: the audit trail says which did, so the record checks below
  // stay exact. The check above already fails for every such save.
  const unconfirmed = saves.filter((s) => (s.outcome === "error" || s.outcome === "5xx") && audited(s));
  const committed = [...applied, ...unconfirmed];
  const unmatched = applied.filter((s) => !audited(s)).length;
  invariants.push({
    name: "audit events equal applied saves",
    ok: events.length === committed.length && unmatched === 0,
    detail:
      `${events.length} audit events for ${applied.length} applied saves` +
      (unconfirmed.length > 0 ? ` and ${unconfirmed.length} failed or timed-out saves that committed nonetheless` : "") +
      `; ${unmatched} applied saves without exactly one matching event`,
  });

  const problems: string[] = [];
  for (const activity of fixture.activities) {
    const row = rows.find((r) => r.id === activity.id);
    const own = committed.filter((s) => s.activityId === activity.id).sort((a, b) => a.fromVersion - b.fromVersion);
    const consecutive = own.every((s, i) => s.fromVersion === activity.version + i);
    const last = own.at(-1);
    const expected = { version: activity.version + own.length, description: last?.description ?? activity.description };
    if (!consecutive) problems.push(`${activity.reference}: applied saves started from versions ${own.map((s) => s.fromVersion).join(", ")}`);
    if (!row) problems.push(`${activity.reference}: missing`);
    else if (row.version !== expected.version || row.description !== expected.description) {
      problems.push(`${activity.reference}: is v${row.version} "${row.description}", expected v${expected.version} "${expected.description}"`);
    }
  }
  invariants.push({
    name: "final state equals the last applied save",
    ok: problems.length === 0,
    detail: problems.length === 0 ? `${fixture.activities.length} records as their last applied save left them` : problems.join("; "),
  });
  return invariants;
}
