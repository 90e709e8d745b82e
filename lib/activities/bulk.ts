/**
 * Changes to many activities at once (status, owner, review, retire) and the
 * single "mark as reviewed". Plain functions taking the member from the guard,
 * so the server actions and the integration tests call the same code. A bulk
 * change is all or nothing: one transaction, every id checked against the
 * organisation, every record's version raised and an audit event written
 * with its state before and after.
 */
import type { ActivityStatus, Prisma } from "@prisma/client";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { formatDate, startOfUtcDay, addDays } from "@/lib/format";
import { message } from "@/lib/i18n/message";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { RollBack, writeAudited } from "@/lib/mutations/audited";
import { failure, type MutationResult } from "@/lib/mutations/result";
import { describeConflict } from "@/lib/records/versioning";
import { bulkActivitySchema } from "./bulk-schema";
import { markReviewedSchema, parseDateInput, proposeNextReview } from "./review";
import { loadActivitySnapshot } from "./snapshot";

/** A bulk change: how many activities changed, and the sentence saying so (a catalogue reference, lib/i18n/message.ts). */
export type BulkResult = MutationResult<{ count: number; message: string }>;

const ENTITY = "ProcessingActivity";

export async function bulkUpdateActivities(actor: Actor, raw: unknown, now: Date = new Date()): Promise<BulkResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const parsed = bulkActivitySchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    return failure("invalid", { formError: Object.values(fieldErrors)[0] ?? message("activityRecord.bulk.messages.unreadable"), fieldErrors });
  }
  const input = parsed.data;
  const ids = [...new Set(input.ids)];
  const organisationId = actor.organisation.id;
  const today = startOfUtcDay(now);

  return writeAudited(
    actor,
    async (tx, audit): Promise<BulkResult> => {
      const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { reviewIntervalMonths: true } });
      const nextReviewOn = proposeNextReview(today, organisation.reviewIntervalMonths);
      let changed = 0;
      let unchanged = 0;
      for (const id of ids) {
        const before = await loadActivitySnapshot(tx, organisationId, id);
        if (!before) throw new RollBack(failure("not-found", { formError: message("activityRecord.bulk.messages.notFound") }));

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
        if (count === 0) {
          throw new RollBack(failure("conflict", { formError: message("activityRecord.bulk.messages.changedMeanwhile", { name: before.name }) }));
        }
        const after = await loadActivitySnapshot(tx, organisationId, id);
        await audit({ action, entityType: ENTITY, entityId: id, before, after });
        changed++;
      }
      return { ok: true, count: changed, message: describeResult(input, changed, unchanged, nextReviewOn) };
    },
    // A batch of up to a hundred records, each with two snapshots.
    { timeout: 30_000 },
  );
}

function describeResult(input: ReturnType<typeof bulkActivitySchema.parse>, changed: number, unchanged: number, nextReviewOn: Date): string {
  switch (input.action) {
    case "retire":
      return message("activityRecord.bulk.messages.retired", { changed, unchanged });
    case "status":
      return message(`activityRecord.bulk.messages.status.${input.status}`, { changed, unchanged });
    case "owner":
      return message("activityRecord.bulk.messages.owner", { changed, unchanged, owner: input.owner });
    case "review":
      return message("activityRecord.bulk.messages.reviewed", { changed, date: formatDate(nextReviewOn) });
  }
}

/** A recorded review: the sentence saying so, and the next review date as the form shows it. */
export type ReviewResult = MutationResult<{ message: string; nextReviewOn: string }>;

/** Records a review of one activity on the date given, with the next review date the user accepted or chose. */
export async function markActivityReviewed(actor: Actor, raw: unknown, now: Date = new Date()): Promise<ReviewResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const parsed = markReviewedSchema.safeParse(raw);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsFrom(parsed.error), formError: message("activityRecord.review.messages.checkDates") });
  const { id, version } = parsed.data;
  const reviewedOn = parseDateInput(parsed.data.reviewedOn)!;
  const nextReviewOn = parseDateInput(parsed.data.nextReviewOn)!;
  // One day of leeway: in time zones ahead of UTC "today" is already tomorrow there.
  if (reviewedOn > addDays(startOfUtcDay(now), 1)) {
    return failure("invalid", { fieldErrors: { reviewedOn: message("activityRecord.review.messages.inAdvance") } });
  }
  const organisationId = actor.organisation.id;
  return writeAudited(actor, async (tx, audit): Promise<ReviewResult> => {
    const before = await loadActivitySnapshot(tx, organisationId, id);
    if (!before) return failure("not-found", { formError: message("activityRecord.review.messages.notFound") });
    const { count } = await tx.processingActivity.updateMany({
      where: { id, organisationId, version },
      data: { lastReviewedOn: reviewedOn, nextReviewOn, updatedById: actor.user.id, version: { increment: 1 } },
    });
    if (count === 0) {
      const conflict = await describeConflict(tx, { organisationId, entityType: ENTITY, entityId: id }, version, before.version);
      return failure("conflict", { conflict, formError: message("activityRecord.review.messages.conflict", { who: conflict.changedBy }) });
    }
    const after = await loadActivitySnapshot(tx, organisationId, id);
    await audit({ action: "REVIEW", entityType: ENTITY, entityId: id, before, after });
    return { ok: true, message: message("activityRecord.review.messages.done", { date: formatDate(nextReviewOn) }), nextReviewOn: parsed.data.nextReviewOn };
  });
}
