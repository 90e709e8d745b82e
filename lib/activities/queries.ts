import "server-only";
import { transferDestination } from "./transfers";
import { cache } from "react";
import type { ActivityStatus, Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { addDays, DUE_SOON_DAYS, startOfUtcDay } from "@/lib/format";
import { recipientKindOrder, securityGroupOrder } from "@/lib/labels";
import { listCompletenessSummaries, type CompletenessSummary } from "@/lib/register/queries";
import type { ActivityListFilter } from "./list-filter";
import type { ActivityListParams } from "./list-params";
import { activityRecordFields } from "./fields";

const REVIEWABLE: ActivityStatus[] = ["DRAFT", "ACTIVE"];

function listWhere(orgId: string, filter: ActivityListFilter, q: string, now: Date): Prisma.ProcessingActivityWhereInput {
  const today = startOfUtcDay(now);
  const and: Prisma.ProcessingActivityWhereInput[] = [];
  if (filter.status) and.push({ status: filter.status });
  if (filter.legalBasisId) {
    and.push({ purposes: { some: { legalBases: { some: { legalBasisId: filter.legalBasisId, legalBasis: { organisationId: orgId } } } } } });
  }
  if (filter.department) and.push({ department: filter.department });
  if (filter.transfers !== undefined) and.push({ transfers: filter.transfers ? { some: {} } : { none: {} } });
  // Art. 9(1) special categories and Art. 10 criminal data both need an extra condition.
  const special: Prisma.DataCategoryWhereInput = { OR: [{ special: true }, { criminal: true }] };
  if (filter.special !== undefined) {
    and.push({ dataCategories: filter.special ? { some: { dataCategory: special } } : { none: { dataCategory: special } } });
  }
  // The same rule as the dashboard counts: retired activities are not reviewed.
  if (filter.review) {
    and.push({ status: { in: REVIEWABLE } });
    and.push({ nextReviewOn: filter.review === "overdue" ? { lt: today } : { gte: today, lte: addDays(today, DUE_SOON_DAYS) } });
  }
  if (q) {
    const contains = { contains: q, mode: "insensitive" as const };
    and.push({
      OR: [
        { reference: contains },
        { name: contains },
        { department: contains },
        { owner: contains },
        { purposes: { some: { legalBases: { some: { legalBasis: { citation: contains } } } } } },
      ],
    });
  }
  // The tenant first and always: another organisation's activity is never a match.
  return { organisationId: orgId, AND: and };
}

const listSelect = {
  id: true,
  reference: true,
  name: true,
  department: true,
  owner: true,
  status: true,
  role: true,
  lastReviewedOn: true,
  nextReviewOn: true,
  version: true,
  transfersNone: true,
  specialCategoriesNone: true,
  purposes: { select: { legalBases: { select: { legalBasis: { select: { citation: true } } } } } },
  dataCategories: { where: { dataCategory: { OR: [{ special: true }, { criminal: true }] } }, select: { id: true }, take: 1 },
} satisfies Prisma.ProcessingActivitySelect;

type ListRecord = Prisma.ProcessingActivityGetPayload<{ select: typeof listSelect }>;

/**
 * The rows with their derived columns. The counts are asked for the rows at
 * hand only: Prisma's `_count` in a select aggregates the whole related table,
 * which grows with the organisation rather than with the page.
 */
async function toListRows(records: ListRecord[]) {
  const ids = records.map((record) => record.id);
  const [categoryCounts, transferCounts] = ids.length
    ? await Promise.all([
        db.activityDataCategory.groupBy({ by: ["activityId"], where: { activityId: { in: ids } }, _count: { _all: true } }),
        db.transfer.groupBy({ by: ["activityId"], where: { activityId: { in: ids } }, _count: { _all: true } }),
      ])
    : [[], []];
  const count = (rows: { activityId: string; _count: { _all: number } }[], id: string) => rows.find((row) => row.activityId === id)?._count._all ?? 0;
  return records.map(({ purposes, dataCategories, ...row }) => ({
    ...row,
    legalBases: [...new Set(purposes.flatMap((p) => p.legalBases.map((b) => b.legalBasis.citation)))].sort(),
    dataCategoryCount: count(categoryCounts, row.id),
    hasSpecialCategories: dataCategories.length > 0,
    hasTransfers: count(transferCounts, row.id) > 0,
  }));
}

// The Art. 30 completeness comes with the rows of a table page (lib/register/completeness.ts).
export type ActivityListRow = Awaited<ReturnType<typeof toListRows>>[number] & { completeness?: CompletenessSummary };

function listOrderBy(sort: ActivityListParams["sort"]): Prisma.ProcessingActivityOrderByWithRelationInput[] {
  const tieBreak: Prisma.ProcessingActivityOrderByWithRelationInput[] = [{ reference: "asc" }, { id: "asc" }];
  if (!sort) return tieBreak;
  const direction = sort.desc ? "desc" : "asc";
  const first: Prisma.ProcessingActivityOrderByWithRelationInput = (() => {
    switch (sort.id) {
      // Activities without a date last, whichever the direction.
      case "nextReviewOn":
      case "lastReviewedOn":
        return { [sort.id]: { sort: direction, nulls: "last" } };
      default:
        return { [sort.id]: direction };
    }
  })();
  return [first, ...tieBreak];
}

/** Every activity matching the filter, for uses that need the whole list (one page of the table is listActivitiesPage). */
export async function listActivities(orgId: string, filter: ActivityListFilter = {}, now: Date = new Date()): Promise<ActivityListRow[]> {
  const rows = await db.processingActivity.findMany({ where: listWhere(orgId, filter, "", now), orderBy: listOrderBy(null), select: listSelect });
  return toListRows(rows);
}

export type ActivityListPage = { rows: ActivityListRow[]; total: number; page: number; pageSize: number; pageCount: number };

/**
 * One page of the activities table, searched, filtered and sorted by the
 * database, so that an organisation with thousands of activities pages as
 * fast as one with ten. A page beyond the last (an old link) gives the last.
 */
export async function listActivitiesPage(orgId: string, params: ActivityListParams, now: Date = new Date()): Promise<ActivityListPage> {
  const where = listWhere(orgId, params.filter, params.q, now);
  const orderBy = listOrderBy(params.sort);
  const { pageSize } = params;
  const fetchPage = (page: number) => db.processingActivity.findMany({ where, orderBy, select: listSelect, skip: (page - 1) * pageSize, take: pageSize });
  const [total, rows] = await Promise.all([db.processingActivity.count({ where }), fetchPage(params.page)]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(params.page, pageCount);
  const pageRows = page === params.page ? rows : await fetchPage(page);
  const listRows = await toListRows(pageRows);
  const completeness = await listCompletenessSummaries(orgId, listRows.map((row) => row.id), now);
  return { rows: listRows.map((row) => ({ ...row, completeness: completeness.get(row.id) })), total, page, pageSize, pageCount };
}

/**
 * One page of activities after a position in the default order (reference,
 * then id), for the API's cursor paging: keyset rather than offset, so rows
 * added or removed meanwhile never shift a page.
 */
export async function listActivitiesAfter(
  orgId: string,
  params: { filter: ActivityListFilter; q: string; after: { reference: string; id: string } | null; limit: number },
  now: Date = new Date(),
): Promise<{ rows: ActivityListRow[]; hasMore: boolean }> {
  const { after } = params;
  const position: Prisma.ProcessingActivityWhereInput = after ? { OR: [{ reference: { gt: after.reference } }, { reference: after.reference, id: { gt: after.id } }] } : {};
  const rows = await db.processingActivity.findMany({
    where: { AND: [listWhere(orgId, params.filter, params.q, now), position] },
    orderBy: listOrderBy(null),
    select: listSelect,
    take: params.limit + 1,
  });
  return { rows: await toListRows(rows.slice(0, params.limit)), hasMore: rows.length > params.limit };
}

/** The choices of the table's filters: the legal bases in use and the departments recorded. */
export async function listActivityFilterOptions(orgId: string) {
  const [legalBases, departments] = await Promise.all([
    db.legalBasis.findMany({
      where: { organisationId: orgId, purposes: { some: { purpose: { activity: { organisationId: orgId } } } } },
      orderBy: [{ article: "asc" }, { letter: "asc" }, { citation: "asc" }],
      select: { id: true, name: true, citation: true },
    }),
    db.processingActivity.findMany({
      where: { organisationId: orgId, department: { not: "" } },
      distinct: ["department"],
      orderBy: { department: "asc" },
      select: { department: true },
    }),
  ]);
  return { legalBases, departments: departments.map((d) => d.department) };
}

export type ActivityFilterOptions = Awaited<ReturnType<typeof listActivityFilterOptions>>;

/** The organisation-wide review interval, from which the next review date is proposed. */
export async function getReviewIntervalMonths(orgId: string): Promise<number> {
  const organisation = await db.organisation.findUnique({ where: { id: orgId }, select: { reviewIntervalMonths: true } });
  return organisation?.reviewIntervalMonths ?? 12;
}

const activityDetailSelect = {
  ...activityRecordFields,
  version: true,
  createdAt: true,
  updatedAt: true,
  createdById: true,
  updatedById: true,
  purposes: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      description: true,
      legitimateInterests: true,
      balancingTestReference: true,
      directMarketing: true,
      legalBases: { select: { legalBasis: { select: { id: true, article: true, letter: true, name: true, citation: true } } } },
    },
  },
  dataSubjects: { select: { dataSubjectCategory: { select: { id: true, name: true, description: true } } } },
  dataCategories: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      details: true,
      retention: true,
      dataCategory: { select: { id: true, name: true, special: true, criminal: true, defaultRetention: true } },
      art9Condition: { select: { id: true, name: true, citation: true } },
    },
  },
  recipients: {
    select: {
      role: true,
      note: true,
      recipient: {
        select: {
          id: true,
          kind: true,
          name: true,
          contactName: true,
          email: true,
          phone: true,
          address: true,
          website: true,
          dpaStatus: true,
          dpaNextReviewOn: true,
          country: { select: { code: true, name: true, eea: true } },
        },
      },
    },
  },
  transfers: {
    select: {
      id: true,
      safeguard: true,
      safeguardDetails: true,
      safeguardReference: true,
      internationalOrganisation: true,
      country: { select: { code: true, name: true, eea: true, adequacy: true, adequacyNote: true } },
      recipient: { select: { id: true, name: true, kind: true } },
    },
  },
  securityMeasures: { select: { securityMeasure: { select: { id: true, group: true, name: true, description: true } } } },
} satisfies Prisma.ProcessingActivitySelect;

/**
 * One processing activity with everything Art. 30 asks about it, or null when
 * it is not this organisation's. Cached per request: the page and its metadata
 * both ask.
 */
export const getActivity = cache(async (orgId: string, id: string) => {
  const activity = await db.processingActivity.findFirst({ where: { id, organisationId: orgId }, select: activityDetailSelect });
  if (!activity) return null;

  const userIds = [activity.createdById, activity.updatedById].filter((value): value is string => !!value);
  // A user who has left the organisation is still found through the audit
  // events they wrote in it; a user id never reveals anyone outside it.
  const users = userIds.length
    ? await db.user.findMany({
        where: {
          id: { in: userIds },
          OR: [{ memberships: { some: { organisationId: orgId } } }, { auditEvents: { some: { organisationId: orgId } } }],
        },
        select: { id: true, name: true, email: true },
      })
    : [];
  const user = (userId: string | null) => users.find((u) => u.id === userId) ?? null;

  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const { recipients, dataSubjects, securityMeasures, transfers, ...fields } = activity;
  return {
    ...fields,
    dataSubjects: dataSubjects.map((s) => s.dataSubjectCategory).sort(byName),
    // Recipients, joint controllers and client controllers, each with the role it plays here.
    parties: recipients
      .map(({ recipient, ...party }) => ({ ...party, ...recipient }))
      .sort((a, b) => recipientKindOrder.indexOf(a.kind) - recipientKindOrder.indexOf(b.kind) || byName(a, b)),
    securityMeasures: securityMeasures
      .map((m) => m.securityMeasure)
      .sort((a, b) => securityGroupOrder.indexOf(a.group) - securityGroupOrder.indexOf(b.group) || byName(a, b)),
    transfers: [...transfers].sort((a, b) => transferDestination(a).localeCompare(transferDestination(b))),
    createdBy: user(activity.createdById),
    updatedBy: user(activity.updatedById),
  };
});

export type ActivityDetail = NonNullable<Awaited<ReturnType<typeof getActivity>>>;
