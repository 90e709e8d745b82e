import "server-only";
import type { ActivityStatus, RecipientKind } from "@prisma/client";
import { db } from "@/lib/db";
import { addDays, DUE_SOON_DAYS, startOfUtcDay } from "@/lib/format";
import { PROCESSOR_KINDS } from "@/lib/recipients/dpa";

// A retired activity no longer takes place, so its review is no longer due.
const REVIEWABLE_STATUSES: ActivityStatus[] = ["DRAFT", "ACTIVE"];

export type DashboardSummary = {
  activities: Record<ActivityStatus, number> & { total: number };
  processors: { total: number; dpaMissing: number; dpaReviewDue: number };
  reviews: { overdue: number; dueSoon: number };
  upcomingReviews: { id: string; reference: string; name: string; nextReviewOn: Date }[];
  processorsNeedingAttention: { id: string; name: string; kind: RecipientKind; dpaSignedOn: Date | null; dpaNextReviewOn: Date | null }[];
};

export async function getDashboardSummary(orgId: string, now: Date = new Date()): Promise<DashboardSummary> {
  const today = startOfUtcDay(now);
  const soon = addDays(today, DUE_SOON_DAYS);
  const processorWhere = { organisationId: orgId, kind: { in: PROCESSOR_KINDS } };
  // Art. 28(3): a processor without a signed agreement, or whose agreement is due for review.
  const dpaAttention = [{ dpaSignedOn: null }, { dpaNextReviewOn: { lte: soon } }];

  const [byStatus, processors, dpaMissing, dpaReviewDue, overdue, dueSoon, upcomingReviews, processorsNeedingAttention] =
    await Promise.all([
      db.processingActivity.groupBy({ by: ["status"], where: { organisationId: orgId }, _count: { _all: true } }),
      db.recipient.count({ where: processorWhere }),
      db.recipient.count({ where: { ...processorWhere, dpaSignedOn: null } }),
      db.recipient.count({ where: { ...processorWhere, dpaSignedOn: { not: null }, dpaNextReviewOn: { lte: soon } } }),
      db.processingActivity.count({
        where: { organisationId: orgId, status: { in: REVIEWABLE_STATUSES }, nextReviewOn: { lt: today } },
      }),
      db.processingActivity.count({
        where: { organisationId: orgId, status: { in: REVIEWABLE_STATUSES }, nextReviewOn: { gte: today, lte: soon } },
      }),
      db.processingActivity.findMany({
        where: { organisationId: orgId, status: { in: REVIEWABLE_STATUSES }, nextReviewOn: { lte: soon } },
        orderBy: [{ nextReviewOn: "asc" }, { reference: "asc" }],
        take: 6,
        select: { id: true, reference: true, name: true, nextReviewOn: true },
      }),
      db.recipient.findMany({
        where: { ...processorWhere, OR: dpaAttention },
        orderBy: [{ dpaNextReviewOn: { sort: "asc", nulls: "first" } }, { name: "asc" }],
        take: 6,
        select: { id: true, name: true, kind: true, dpaSignedOn: true, dpaNextReviewOn: true },
      }),
    ]);

  const count = (status: ActivityStatus) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  const activities = { DRAFT: count("DRAFT"), ACTIVE: count("ACTIVE"), RETIRED: count("RETIRED") };
  return {
    activities: { ...activities, total: activities.DRAFT + activities.ACTIVE + activities.RETIRED },
    processors: { total: processors, dpaMissing, dpaReviewDue },
    reviews: { overdue, dueSoon },
    upcomingReviews: upcomingReviews.flatMap(({ nextReviewOn, ...row }) => (nextReviewOn ? [{ ...row, nextReviewOn }] : [])),
    processorsNeedingAttention,
  };
}
