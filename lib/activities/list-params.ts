/**
 * The whole view of the activities table as URL parameters: search, filters,
 * sort, page and page size (`?q=pay&status=ACTIVE&sort=-nextReviewOn&page=2&size=50`),
 * so that a link reproduces the view. The page parses them for the server
 * query; the table serialises the user's changes back into the URL.
 */
import { activityListFilterParams, firstParam, parseActivityListFilter, type ActivityListFilter } from "./list-filter";

/**
 * Columns the server can sort by; anything else in a URL is ignored. Counts
 * of related rows are left out: ordering by them makes PostgreSQL count for
 * every activity of the organisation (seconds at 5,000 activities).
 */
const activitySortIds = ["reference", "name", "department", "owner", "status", "role", "nextReviewOn", "lastReviewedOn"] as const;
type ActivitySortId = (typeof activitySortIds)[number];

export const activityPageSizes = [10, 25, 50, 100] as const;
const DEFAULT_ACTIVITY_PAGE_SIZE = 25;

export type ActivityListParams = {
  q: string;
  filter: ActivityListFilter;
  sort: { id: ActivitySortId; desc: boolean } | null;
  /** 1-based. */
  page: number;
  pageSize: number;
};

export const defaultActivityListParams: ActivityListParams = { q: "", filter: {}, sort: null, page: 1, pageSize: DEFAULT_ACTIVITY_PAGE_SIZE };

type Params = Record<string, string | string[] | undefined>;

const MAX_PAGE = 100_000;

export function parseActivityListParams(params: Params): ActivityListParams {
  const sort = firstParam(params.sort)?.trim() ?? "";
  const sortId = activitySortIds.find((id) => id === sort.replace(/^-/, ""));
  const page = Number(firstParam(params.page));
  const size = Number(firstParam(params.size));
  return {
    q: (firstParam(params.q) ?? "").trim().slice(0, 200),
    filter: parseActivityListFilter(params),
    sort: sortId ? { id: sortId, desc: sort.startsWith("-") } : null,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
    pageSize: activityPageSizes.find((s) => s === size) ?? DEFAULT_ACTIVITY_PAGE_SIZE,
  };
}

/** The query string (with "?", or "" for the default view); default values are left out. */
export function serializeActivityListParams(params: ActivityListParams): string {
  const search = new URLSearchParams();
  if (params.q.trim()) search.set("q", params.q.trim());
  for (const [key, value] of Object.entries(activityListFilterParams(params.filter))) search.set(key, value);
  if (params.sort) search.set("sort", `${params.sort.desc ? "-" : ""}${params.sort.id}`);
  if (params.page > 1) search.set("page", String(params.page));
  if (params.pageSize !== DEFAULT_ACTIVITY_PAGE_SIZE) search.set("size", String(params.pageSize));
  const query = search.toString();
  return query ? `?${query}` : "";
}
