/**
 * The filters the activities list takes from its URL, so that a link from the
 * dashboard ("3 reviews overdue") or a colleague opens exactly those
 * activities. Pure: the query builds its Prisma `where` from this.
 */
import type { ActivityStatus } from "@prisma/client";

type ReviewFilter = "overdue" | "due-soon";

export type ActivityListFilter = {
  status?: ActivityStatus;
  /** Activities with a purpose that relies on this legal basis (its id). */
  legalBasisId?: string;
  department?: string;
  /** Art. 30(1)(e): with or without transfers to a third country or international organisation. */
  transfers?: boolean;
  /** Art. 9 special categories or Art. 10 criminal data among the data categories. */
  special?: boolean;
  review?: ReviewFilter;
};

export const activityStatuses: ActivityStatus[] = ["DRAFT", "ACTIVE", "RETIRED"];
const reviews: ReviewFilter[] = ["overdue", "due-soon"];

type Params = Record<string, string | string[] | undefined>;

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function yesNo(value: string | undefined): boolean | undefined {
  if (value === "yes") return true;
  if (value === "no") return false;
  return undefined;
}

// Catalogue ids are cuids; anything else cannot name one of this organisation's bases.
const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

/** Unknown values are ignored rather than refused: a stale link still shows the list. */
export function parseActivityListFilter(params: Params): ActivityListFilter {
  const status = firstParam(params.status)?.toUpperCase();
  const review = firstParam(params.review);
  const basis = firstParam(params.basis)?.trim();
  const department = firstParam(params.department)?.trim();
  const filter: ActivityListFilter = {
    status: activityStatuses.find((s) => s === status),
    legalBasisId: basis && ID_PATTERN.test(basis) ? basis : undefined,
    department: department && department.length <= 200 ? department : undefined,
    transfers: yesNo(firstParam(params.transfers)),
    special: yesNo(firstParam(params.special)),
    review: reviews.find((r) => r === review),
  };
  for (const key of Object.keys(filter) as (keyof ActivityListFilter)[]) if (filter[key] === undefined) delete filter[key];
  return filter;
}

/** The filter as URL parameters, the inverse of parseActivityListFilter. */
export function activityListFilterParams(filter: ActivityListFilter): Record<string, string> {
  const params: Record<string, string> = {};
  if (filter.status) params.status = filter.status;
  if (filter.legalBasisId) params.basis = filter.legalBasisId;
  if (filter.department) params.department = filter.department;
  if (filter.transfers !== undefined) params.transfers = filter.transfers ? "yes" : "no";
  if (filter.special !== undefined) params.special = filter.special ? "yes" : "no";
  if (filter.review) params.review = filter.review;
  return params;
}

export function describeActivityListFilter(filter: ActivityListFilter, dueSoonDays: number, legalBasisName?: string): string | null {
  const parts: string[] = [];
  if (filter.status) parts.push(`status ${filter.status.toLowerCase()}`);
  if (filter.legalBasisId) parts.push(`legal basis ${legalBasisName ?? "(unknown)"}`);
  if (filter.department) parts.push(`department ${filter.department}`);
  if (filter.transfers !== undefined) parts.push(filter.transfers ? "with transfers" : "without transfers");
  if (filter.special !== undefined) parts.push(filter.special ? "with special categories" : "without special categories");
  if (filter.review === "overdue") parts.push("review overdue");
  if (filter.review === "due-soon") parts.push(`review due in the next ${dueSoonDays} days`);
  return parts.length ? parts.join(", ") : null;
}
