/**
 * The filters the activities list takes from its URL, so that a link from the
 * dashboard ("3 reviews overdue") opens exactly those activities.
 */
import type { ActivityStatus } from "@prisma/client";

export type ReviewFilter = "overdue" | "due-soon";

export type ActivityListFilter = { status?: ActivityStatus; review?: ReviewFilter };

const statuses: ActivityStatus[] = ["DRAFT", "ACTIVE", "RETIRED"];
const reviews: ReviewFilter[] = ["overdue", "due-soon"];

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Unknown values are ignored rather than refused: a stale link still shows the list. */
export function parseActivityListFilter(params: Record<string, string | string[] | undefined>): ActivityListFilter {
  const status = first(params.status)?.toUpperCase();
  const review = first(params.review);
  return {
    status: statuses.find((s) => s === status),
    review: reviews.find((r) => r === review),
  };
}

export function describeActivityListFilter(filter: ActivityListFilter, dueSoonDays: number): string | null {
  const parts: string[] = [];
  if (filter.status) parts.push(`status ${filter.status.toLowerCase()}`);
  if (filter.review === "overdue") parts.push("review overdue");
  if (filter.review === "due-soon") parts.push(`review due in the next ${dueSoonDays} days`);
  return parts.length ? parts.join(", ") : null;
}
