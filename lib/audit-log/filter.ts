/**
 * The audit log's filters and page, read from and written to the URL so that
 * a link reproduces the view. Anything malformed is ignored rather than an
 * error: a hand-edited URL shows the unfiltered log, not a crash.
 */
export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = {
  entityType?: string;
  actor?: string;
  action?: string;
  /** Calendar days (YYYY-MM-DD, UTC), both inclusive. */
  from?: string;
  to?: string;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// Record types and actions are identifiers; the user filter is an e-mail address (or "system").
const TOKEN = /^[^\s<>"\\]{1,254}$/;

function first(value: string | string[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  return single?.trim() || undefined;
}

function validDay(value: string | undefined): string | undefined {
  if (!value || !DAY.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : value;
}

export function parseAuditFilter(params: Params): AuditFilter {
  const token = (name: string) => {
    const value = first(params[name]);
    return value && TOKEN.test(value) ? value : undefined;
  };
  const page = Number.parseInt(first(params.page) ?? "1", 10);
  return {
    entityType: token("entityType"),
    actor: token("actor"),
    action: token("action"),
    from: validDay(first(params.from)),
    to: validDay(first(params.to)),
    page: Number.isFinite(page) && page >= 1 && page <= 1_000_000 ? page : 1,
  };
}

/** The query string for a filter, optionally with another page; empty values are left out. */
export function auditFilterQuery(filter: AuditFilter, page = filter.page): string {
  const params = new URLSearchParams();
  for (const key of ["entityType", "actor", "action", "from", "to"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The createdAt range of the filter: from the start of `from` to the end of `to` (UTC). */
export function auditDateRange(filter: Pick<AuditFilter, "from" | "to">): { gte?: Date; lt?: Date } | undefined {
  const range: { gte?: Date; lt?: Date } = {};
  if (filter.from) range.gte = new Date(`${filter.from}T00:00:00Z`);
  if (filter.to) range.lt = new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 24 * 60 * 60 * 1000);
  return range.gte || range.lt ? range : undefined;
}

export function hasAuditFilter(filter: AuditFilter): boolean {
  return Boolean(filter.entityType || filter.actor || filter.action || filter.from || filter.to);
}
