/**
 * Changes to many activities at once (status, owner, review, retire) and the
 * single "mark as reviewed". Plain functions taking the member from the guard,
 * so the server actions and the integration tests call the same code. A bulk
 * change is all or nothing: one transaction, every id checked against the
 * organisation, every record's version raised and an audit event written
 * with its state before and after.
 */
import type { ActivityStatus, Prisma, Role } from "@prisma/client";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { hasRole } from "@/lib/auth/roles";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/forms/action-state";
import { formatDate, startOfUtcDay, addDays } from "@/lib/format";
import { activityStatusLabels } from "@/lib/labels";
import { describeConflict, type Conflict } from "@/lib/records/versioning";
import { bulkActivitySchema } from "./bulk-schema";
import { markReviewedSchema, parseDateInput, proposeNextReview } from "./review";
import { loadActivitySnapshot } from "./snapshot";

export type BulkActor = { user: { id: string; email: string }; organisation: { id: string }; role: Role };

export type BulkResult = { ok: true; count: number; message: string } | { ok: false; formError: string; fieldErrors?: FieldErrors };

const ENTITY = "ProcessingActivity";

/** Raised inside the transaction to roll every change of the batch back. */
class BatchRefused extends Error {}

function assertEditor(actor: BulkActor) {
  // The actions run the guard first; this keeps a direct call just as strict.
  if (!hasRole(actor.role, "EDITOR")) throw new Error("Viewers cannot change processing activities.");
}

const plural = (count: number) => `${count} ${count === 1 ? "activity" : "activities"}`;

export async function bulkUpdateActivities(actor: BulkActor, raw: unknown, now: Date = new Date()): Promise<BulkResult> {
  assertEditor(actor);
  const parsed = bulkActivitySchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    return { ok: false, formError: Object.values(fieldErrors)[0] ?? "The request could not be read.", fieldErrors };
  }
  const input = parsed.data;
  const ids = [...new Set(input.ids)];
  const organisationId = actor.organisation.id;
  const today = startOfUtcDay(now);

  try {
    return await db.$transaction(
      async (tx) => {
        const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { reviewIntervalMonths: true } });
        const nextReviewOn = proposeNextReview(today, organisation.reviewIntervalMonths);
        let changed = 0;
        let unchanged = 0;
        for (const id of ids) {
          const before = await loadActivitySnapshot(tx, organisationId, id);
          if (!before) throw new BatchRefused("One of the selected activities does not exist in your organisation, or it was deleted. Nothing was changed; reload the list and try again.");

          let data: Prisma.ProcessingActivityUpdateManyMutationInput;
          let action: string;
          if (input.action === "review") {
            data = { lastReviewedOn: today, nextReviewOn };
            action = "REVIEW";
          } else if (input.action === "owner") {
            if (before.owner === input.owner) {
              unchanged++;
              continue;
            }
            data = { owner: input.owner };
            action = "BULK_UPDATE";
          } else {
            const status: ActivityStatus = input.action === "retire" ? "RETIRED" : input.status;
            if (before.status === status) {
              unchanged++;
              continue;
            }
            data = { status };
            action = status === "RETIRED" ? "RETIRE" : "BULK_UPDATE";
          }

          // The version read above must still be current: a save in between would otherwise be described wrongly.
          const { count } = await tx.processingActivity.updateMany({
            where: { id, organisationId, version: before.version },
            data: { ...data, updatedById: actor.user.id, version: { increment: 1 } },
          });
          if (count === 0) throw new BatchRefused(`“${before.name}” was changed by someone else just now. Nothing was changed; reload the list and try again.`);
          const after = await loadActivitySnapshot(tx, organisationId, id);
          await recordAudit(tx, { organisationId, actor: actor.user, action, entityType: ENTITY, entityId: id, before, after });
          changed++;
        }
        return { ok: true as const, count: changed, message: describeResult(input, changed, unchanged, nextReviewOn) };
      },
      // A batch of up to a hundred records, each with two snapshots.
      { timeout: 30_000 },
    );
  } catch (error) {
    if (error instanceof BatchRefused) return { ok: false, formError: error.message };
    throw error;
  }
}

function describeResult(input: ReturnType<typeof bulkActivitySchema.parse>, changed: number, unchanged: number, nextReviewOn: Date): string {
  const already = (what: string) => (unchanged ? ` (${plural(unchanged)} ${unchanged === 1 ? "was" : "were"} already ${what})` : "");
  switch (input.action) {
    case "retire":
      return `${plural(changed)} retired${already("retired")}.`;
    case "status":
      return `${plural(changed)} set to ${activityStatusLabels[input.status]}${already(activityStatusLabels[input.status].toLowerCase())}.`;
    case "owner":
      return `Owner set to “${input.owner}” for ${plural(changed)}${already("owned by them")}.`;
    case "review":
      return `${plural(changed)} marked as reviewed today; next review on ${formatDate(nextReviewOn)}.`;
  }
}

export type ReviewResult =
  | { ok: true; message: string; nextReviewOn: string }
  | { ok: false; formError?: string; fieldErrors?: FieldErrors; conflict?: Conflict; notFound?: boolean };

/** Records a review of one activity on the date given, with the next review date the user accepted or chose. */
export async function markActivityReviewed(actor: BulkActor, raw: unknown, now: Date = new Date()): Promise<ReviewResult> {
  assertEditor(actor);
  const parsed = markReviewedSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error), formError: "Check the dates marked below." };
  const { id, version } = parsed.data;
  const reviewedOn = parseDateInput(parsed.data.reviewedOn)!;
  const nextReviewOn = parseDateInput(parsed.data.nextReviewOn)!;
  // One day of leeway: in time zones ahead of UTC "today" is already tomorrow there.
  if (reviewedOn > addDays(startOfUtcDay(now), 1)) {
    return { ok: false, fieldErrors: { reviewedOn: "A review cannot be recorded in advance. Enter today's date or an earlier one." } };
  }
  const organisationId = actor.organisation.id;
  return db.$transaction(async (tx) => {
    const before = await loadActivitySnapshot(tx, organisationId, id);
    if (!before) return { ok: false, notFound: true, formError: "This activity does not exist in your organisation, or it was deleted." };
    const { count } = await tx.processingActivity.updateMany({
      where: { id, organisationId, version },
      data: { lastReviewedOn: reviewedOn, nextReviewOn, updatedById: actor.user.id, version: { increment: 1 } },
    });
    if (count === 0) {
      const conflict = await describeConflict(tx, { organisationId, entityType: ENTITY, entityId: id }, version, before.version);
      return { ok: false, conflict, formError: `${conflict.changedBy} changed this activity after you opened it. Check the dates and confirm again to record the review on top.` };
    }
    const after = await loadActivitySnapshot(tx, organisationId, id);
    await recordAudit(tx, { organisationId, actor: actor.user, action: "REVIEW", entityType: ENTITY, entityId: id, before, after });
    return { ok: true, message: `Marked as reviewed. Next review on ${formatDate(nextReviewOn)}.`, nextReviewOn: parsed.data.nextReviewOn };
  });
}
