import "server-only";
import { Prisma, type ActivityStatus, type DpaStatus, type RecipientKind } from "@prisma/client";
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

  // The counts in one pass over each table: nine queries of one number each made
  // the summary the largest part of the dashboard's time once drift and
  // completeness were stored (docs/benchmarks.md).
  const [[activityCounts], [processorCounts], overdueReviews, upcomingReviews, processorsNeedingAttention] = await Promise.all([
    db.$queryRaw<{ draft: number; active: number; retired: number; overdue: number; dueSoon: number }[]>`
      SELECT
        count(*) FILTER (WHERE "status" = 'DRAFT')::int AS "draft",
        count(*) FILTER (WHERE "status" = 'ACTIVE')::int AS "active",
        count(*) FILTER (WHERE "status" = 'RETIRED')::int AS "retired",
        count(*) FILTER (WHERE "status" IN ('DRAFT', 'ACTIVE') AND "nextReviewOn" < ${today}::date)::int AS "overdue",
        count(*) FILTER (WHERE "status" IN ('DRAFT', 'ACTIVE') AND "nextReviewOn" >= ${today}::date AND "nextReviewOn" <= ${soon}::date)::int AS "dueSoon"
      FROM "ProcessingActivity" WHERE "organisationId" = ${orgId}`,
    // Art. 28(3): a processor whose agreement is missing, or in place and due for review (dpaAttentionWhere).
    db.$queryRaw<{ total: number; dpaMissing: number; dpaReviewDue: number }[]>`
      SELECT
        count(*)::int AS "total",
        count(*) FILTER (WHERE "dpaStatus" = 'MISSING')::int AS "dpaMissing",
        count(*) FILTER (WHERE "dpaStatus" = 'IN_PLACE' AND "dpaNextReviewOn" <= ${soon}::date)::int AS "dpaReviewDue"
      FROM "Recipient" WHERE "organisationId" = ${orgId} AND "kind"::text IN (${Prisma.join(PROCESSOR_KINDS)})`,
    reviewList({ lt: today }),
    reviewList({ gte: today, lte: soon }),
    db.recipient.findMany({
      where: { ...processorWhere, OR: dpaAttention },
      orderBy: [{ dpaNextReviewOn: { sort: "asc", nulls: "first" } }, { name: "asc" }],
      take: 6,
      select: { id: true, name: true, kind: true, dpaStatus: true, dpaSignedOn: true, dpaNextReviewOn: true },
    }),
  ]);

  const { draft, active, retired, overdue, dueSoon } = activityCounts;
  return {
    activities: { DRAFT: draft, ACTIVE: active, RETIRED: retired, total: draft + active + retired },
    processors: processorCounts,
    reviews: { overdue, dueSoon },
    overdueReviews: overdueReviews.flatMap(withDate),
    upcomingReviews: upcomingReviews.flatMap(withDate),
    processorsNeedingAttention,
  };
}
