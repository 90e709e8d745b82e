import "server-only";
import type { ActivityStatus, DpaStatus, Prisma, RecipientKind } from "@prisma/client";
import { db } from "@/lib/db";
import { addDays, DUE_SOON_DAYS, startOfUtcDay } from "@/lib/format";
import { dpaAttentionWhere, PROCESSOR_KINDS } from "@/lib/recipients/dpa";

// A retired activity no longer takes place, so its review is no longer due.
const REVIEWABLE_STATUSES: ActivityStatus[] = ["DRAFT", "ACTIVE"];

export const REVIEW_LIST_LENGTH = 5;

export type ReviewListItem = { id: string; reference: string; name: string; owner: string; department: string; nextReviewOn: Date };

export type DashboardSummary = {
  activities: Record<ActivityStatus, number> & { total: number };
  processors: { total: number; dpaMissing: number; dpaReviewDue: number };
  reviews: { overdue: number; dueSoon: number };
  /** The most overdue first; at most REVIEW_LIST_LENGTH. */
  overdueReviews: ReviewListItem[];
  /** Due today or in the next DUE_SOON_DAYS days, the soonest first; at most REVIEW_LIST_LENGTH. */
  upcomingReviews: ReviewListItem[];
  processorsNeedingAttention: { id: string; name: string; kind: RecipientKind; dpaStatus: DpaStatus; dpaSignedOn: Date | null; dpaNextReviewOn: Date | null }[];
};

const withDate = ({ nextReviewOn, ...row }: Omit<ReviewListItem, "nextReviewOn"> & { nextReviewOn: Date | null }): ReviewListItem[] =>
  nextReviewOn ? [{ ...row, nextReviewOn }] : [];

export async function getDashboardSummary(orgId: string, now: Date = new Date()): Promise<DashboardSummary> {
  const today = startOfUtcDay(now);
  const soon = addDays(today, DUE_SOON_DAYS);
  const processorWhere = { organisationId: orgId, kind: { in: PROCESSOR_KINDS } };
  // Art. 28(3): a processor whose agreement is missing, or in place and due for review.
  const dpaAttention = dpaAttentionWhere(soon);

  const reviewList = (nextReviewOn: Prisma.DateTimeNullableFilter) =>
    db.processingActivity.findMany({
      where: { organisationId: orgId, status: { in: REVIEWABLE_STATUSES }, nextReviewOn },
      orderBy: [{ nextReviewOn: "asc" }, { reference: "asc" }],
      take: REVIEW_LIST_LENGTH,
      select: { id: true, reference: true, name: true, owner: true, department: true, nextReviewOn: true },
    });

  const [byStatus, processors, dpaMissing, dpaReviewDue, overdue, dueSoon, overdueReviews, upcomingReviews, processorsNeedingAttention] =
    await Promise.all([
      db.processingActivity.groupBy({ by: ["status"], where: { organisationId: orgId }, _count: { _all: true } }),
      db.recipient.count({ where: processorWhere }),
      db.recipient.count({ where: { ...processorWhere, dpaStatus: "MISSING" } }),
      db.recipient.count({ where: { ...processorWhere, dpaStatus: "IN_PLACE", dpaNextReviewOn: { lte: soon } } }),
      db.processingActivity.count({
        where: { organisationId: orgId, status: { in: REVIEWABLE_STATUSES }, nextReviewOn: { lt: today } },
      }),
      db.processingActivity.count({
        where: { organisationId: orgId, status: { in: REVIEWABLE_STATUSES }, nextReviewOn: { gte: today, lte: soon } },
      }),
      reviewList({ lt: today }),
      reviewList({ gte: today, lte: soon }),
      db.recipient.findMany({
        where: { ...processorWhere, OR: dpaAttention },
        orderBy: [{ dpaNextReviewOn: { sort: "asc", nulls: "first" } }, { name: "asc" }],
        take: 6,
        select: { id: true, name: true, kind: true, dpaStatus: true, dpaSignedOn: true, dpaNextReviewOn: true },
      }),
    ]);

  const count = (status: ActivityStatus) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  const activities = { DRAFT: count("DRAFT"), ACTIVE: count("ACTIVE"), RETIRED: count("RETIRED") };
  return {
    activities: { ...activities, total: activities.DRAFT + activities.ACTIVE + activities.RETIRED },
    processors: { total: processors, dpaMissing, dpaReviewDue },
    reviews: { overdue, dueSoon },
    overdueReviews: overdueReviews.flatMap(withDate),
    upcomingReviews: upcomingReviews.flatMap(withDate),
    processorsNeedingAttention,
  };
}
