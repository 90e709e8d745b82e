import "server-only";
import { Prisma, type ActivityStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { readRecordsRevision, stillAtRevision, storeAtRevision } from "@/lib/records/revision";
import { organisationCompleteness, registerCompleteness, type ActivityCompleteness, type OrganisationCompleteness } from "./completeness";
import type { RegisterFilters, RegisterSource, SourceActivity } from "./source";
import { activityRecordFields } from "@/lib/activities/fields";
import { organisationProfileFields } from "@/lib/organisation/fields";
import { recipientFields } from "@/lib/recipients/fields";

const STATUSES: ActivityStatus[] = ["DRAFT", "ACTIVE", "RETIRED"];

/** The register's filters from the URL; anything unknown is ignored rather than an error. */
export function parseRegisterFilters(params: Record<string, string | string[] | undefined>): RegisterFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  const status = first(params.status).toUpperCase();
  const department = first(params.department).slice(0, 200);
  return {
    ...(STATUSES.includes(status as ActivityStatus) ? { status: status as ActivityStatus } : {}),
    ...(department ? { department } : {}),
  };
}

const activitySelect = {
  ...activityRecordFields,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ProcessingActivitySelect;

function groupBy<T extends { activityId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.activityId);
    if (group) group.push(row);
    else groups.set(row.activityId, [row]);
  }
  return groups;
}

/**
 * The activities with their links. Each link table is read flat, filtered by
 * a join on the activity, and grouped here: for thousands of activities this
 * is several times faster than nested selects, which send every activity id
 * back to the database once per relation.
 */
async function loadActivities(activityWhere: Prisma.ProcessingActivityWhereInput): Promise<SourceActivity[]> {
  const activity = { activity: activityWhere };
  const [activities, purposes, bases, subjects, categories, parties, transfers, measures] = await Promise.all([
    db.processingActivity.findMany({ where: activityWhere, orderBy: [{ reference: "asc" }, { id: "asc" }], select: activitySelect }),
    db.purpose.findMany({
      where: activity,
      orderBy: [{ activityId: "asc" }, { position: "asc" }, { id: "asc" }],
      select: { id: true, activityId: true, description: true, legitimateInterests: true, balancingTestReference: true, directMarketing: true },
    }),
    db.purposeLegalBasis.findMany({ where: { purpose: activity }, select: { purposeId: true, legalBasisId: true } }),
    db.activityDataSubject.findMany({ where: activity, select: { activityId: true, dataSubjectCategoryId: true } }),
    db.activityDataCategory.findMany({
      where: activity,
      orderBy: [{ activityId: "asc" }, { position: "asc" }, { id: "asc" }],
      select: { activityId: true, dataCategoryId: true, details: true, retention: true, art9ConditionId: true },
    }),
    db.activityRecipient.findMany({ where: activity, select: { activityId: true, recipientId: true, role: true, note: true } }),
    db.transfer.findMany({
      where: activity,
      orderBy: [{ activityId: "asc" }, { id: "asc" }],
      select: {
        activityId: true,
        countryCode: true,
        internationalOrganisation: true,
        recipientId: true,
        safeguard: true,
        safeguardDetails: true,
        safeguardReference: true,
      },
    }),
    db.activitySecurityMeasure.findMany({ where: activity, select: { activityId: true, securityMeasureId: true } }),
  ]);
  const basesByPurpose = new Map<string, string[]>();
  for (const link of bases) basesByPurpose.set(link.purposeId, [...(basesByPurpose.get(link.purposeId) ?? []), link.legalBasisId]);
  const [purposeGroups, subjectGroups, categoryGroups, partyGroups, transferGroups, measureGroups] = [
    groupBy(purposes),
    groupBy(subjects),
    groupBy(categories),
    groupBy(parties),
    groupBy(transfers),
    groupBy(measures),
  ];
  return activities.map((record) => ({
    ...record,
    purposes: (purposeGroups.get(record.id) ?? []).map(({ id, description, legitimateInterests, balancingTestReference, directMarketing }) => ({
      description,
      legitimateInterests,
      balancingTestReference,
      directMarketing,
      legalBasisIds: (basesByPurpose.get(id) ?? []).sort(),
    })),
    dataSubjectCategoryIds: (subjectGroups.get(record.id) ?? []).map((link) => link.dataSubjectCategoryId).sort(),
    dataCategories: (categoryGroups.get(record.id) ?? []).map(({ dataCategoryId, details, retention, art9ConditionId }) => ({
      dataCategoryId,
      details,
      retention,
      art9ConditionId,
    })),
    parties: (partyGroups.get(record.id) ?? [])
      .map(({ recipientId, role, note }) => ({ recipientId, role, note }))
      .sort((a, b) => (a.role === b.role ? (a.recipientId < b.recipientId ? -1 : 1) : a.role < b.role ? -1 : 1)),
    transfers: (transferGroups.get(record.id) ?? []).map(
      ({ countryCode, internationalOrganisation, recipientId, safeguard, safeguardDetails, safeguardReference }) => ({
        countryCode,
        internationalOrganisation,
        recipientId,
        safeguard,
        safeguardDetails,
        safeguardReference,
      }),
    ),
    securityMeasureIds: (measureGroups.get(record.id) ?? []).map((link) => link.securityMeasureId).sort(),
  }));
}

type LoadedActivity = Awaited<ReturnType<typeof loadActivities>>[number];

/** The catalogue entries the given activities name, per catalogue. */
function referencedIds(activities: LoadedActivity[]) {
  const ids = {
    legalBases: new Set<string>(),
    dataCategories: new Set<string>(),
    dataSubjectCategories: new Set<string>(),
    securityMeasures: new Set<string>(),
    recipients: new Set<string>(),
  };
  for (const activity of activities) {
    for (const purpose of activity.purposes) for (const id of purpose.legalBasisIds) ids.legalBases.add(id);
    for (const link of activity.dataCategories) {
      ids.dataCategories.add(link.dataCategoryId);
      if (link.art9ConditionId) ids.legalBases.add(link.art9ConditionId);
    }
    for (const id of activity.dataSubjectCategoryIds) ids.dataSubjectCategories.add(id);
    for (const id of activity.securityMeasureIds) ids.securityMeasures.add(id);
    for (const party of activity.parties) ids.recipients.add(party.recipientId);
    for (const transfer of activity.transfers) if (transfer.recipientId) ids.recipients.add(transfer.recipientId);
  }
  return ids;
}

// No database id: the JSON export must carry none (docs/register-json-schema.md).
const organisationSelect = {
  ...organisationProfileFields,
  id: false,
} satisfies Prisma.OrganisationSelect;

/**
 * Everything the register and its exports need for one organisation: the
 * profile, every catalogue and the activities matching the filters, ordered
 * by reference. null when the organisation does not exist.
 */
export async function loadRegisterSource(
  orgId: string,
  filters: RegisterFilters = {},
  now: Date = new Date(),
  activityIds?: string[],
): Promise<RegisterSource | null> {
  const where = { organisationId: orgId };
  const activitiesLoaded = loadActivities({
    ...where,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.department ? { department: filters.department } : {}),
    ...(activityIds ? { id: { in: activityIds } } : {}),
  });
  // A source restricted to a few activities (a page of the activities table,
  // one activity) needs only the catalogue entries they name: reading every
  // catalogue of a large organisation was half of the table's server time.
  const only = activityIds ? referencedIds(await activitiesLoaded) : null;
  const scoped = (ids: Set<string> | undefined) => (ids ? { ...where, id: { in: [...ids] } } : where);
  const [organisation, legalBases, dataCategories, dataSubjectCategories, securityMeasures, recipients, activities] = await Promise.all([
    db.organisation.findUnique({ where: { id: orgId }, select: organisationSelect }),
    db.legalBasis.findMany({
      where: scoped(only?.legalBases),
      orderBy: [{ article: "asc" }, { letter: "asc" }, { citation: "asc" }],
      select: { id: true, article: true, letter: true, name: true, citation: true, description: true, builtIn: true },
    }),
    db.dataCategory.findMany({
      where: scoped(only?.dataCategories),
      orderBy: { name: "asc" },
      select: { id: true, name: true, description: true, special: true, criminal: true, defaultRetention: true },
    }),
    db.dataSubjectCategory.findMany({ where: scoped(only?.dataSubjectCategories), orderBy: { name: "asc" }, select: { id: true, name: true, description: true } }),
    db.securityMeasure.findMany({
      where: scoped(only?.securityMeasures),
      orderBy: [{ group: "asc" }, { name: "asc" }],
      select: { id: true, group: true, name: true, description: true },
    }),
    db.recipient.findMany({ where: scoped(only?.recipients), orderBy: { name: "asc" }, select: { ...recipientFields } }),
    activitiesLoaded,
  ]);
  if (!organisation) return null;

  // Only the countries the records name: the register does not carry the whole ISO list.
  const codes = new Set<string>();
  for (const recipient of recipients) if (recipient.countryCode) codes.add(recipient.countryCode);
  for (const activity of activities) for (const transfer of activity.transfers) if (transfer.countryCode) codes.add(transfer.countryCode);
  const countries = codes.size
    ? await db.country.findMany({
        where: { code: { in: [...codes] } },
        orderBy: { code: "asc" },
        select: { code: true, name: true, eea: true, adequacy: true, adequacyNote: true },
      })
    : [];

  return {
    organisation,
    countries,
    legalBases,
    dataCategories,
    dataSubjectCategories,
    securityMeasures,
    recipients,
    activities,
    filters,
    generatedAt: now,
  };
}

/** The departments recorded, for the register's filter. */
export async function listRegisterDepartments(orgId: string): Promise<string[]> {
  const rows = await db.processingActivity.findMany({
    where: { organisationId: orgId, department: { not: "" } },
    distinct: ["department"],
    orderBy: { department: "asc" },
    select: { department: true },
  });
  return rows.map((row) => row.department);
}

/**
 * The same source, restricted to the given activities: for the completeness
 * of one page of the activities table or of one activity.
 */
function loadRegisterSourceFor(orgId: string, activityIds: string[], now: Date = new Date()): Promise<RegisterSource | null> {
  return loadRegisterSource(orgId, {}, now, activityIds);
}

/** The Art. 30 completeness of one activity, or null when it is not this organisation's. */
export async function getActivityCompleteness(orgId: string, activityId: string, now: Date = new Date()): Promise<ActivityCompleteness | null> {
  const source = await loadRegisterSourceFor(orgId, [activityId], now);
  return source?.activities.length ? (registerCompleteness(source).get(activityId) ?? null) : null;
}

export type CompletenessSummary = Pick<ActivityCompleteness, "score" | "total" | "register"> & {
  missing: { letter: string; citation: string; label: string }[];
  dpiaHint: boolean;
  processorsWithoutAgreement: number;
};

/** A short completeness summary per activity, for a page of the activities table. */
export async function listCompletenessSummaries(orgId: string, activityIds: string[], now: Date = new Date()): Promise<Map<string, CompletenessSummary>> {
  if (activityIds.length === 0) return new Map();
  const source = await loadRegisterSourceFor(orgId, activityIds, now);
  if (!source) return new Map();
  const summaries = new Map<string, CompletenessSummary>();
  for (const [id, result] of registerCompleteness(source)) {
    summaries.set(id, {
      score: result.score,
      total: result.total,
      register: result.register,
      missing: result.missing.map(({ letter, citation, label }) => ({ letter, citation, label })),
      dpiaHint: result.dpiaHints.length > 0,
      processorsWithoutAgreement: result.processorsWithoutAgreement.length,
    });
  }
  return summaries;
}

/** The organisation-wide figure computed now from every activity (about a second at 5,000 activities). */
export async function computeOrganisationCompleteness(orgId: string, now: Date = new Date()): Promise<OrganisationCompleteness | null> {
  const source = await loadRegisterSource(orgId, {}, now);
  return source ? organisationCompleteness(source) : null;
}

/**
 * The organisation-wide figure for the dashboard: stored with the records
 * revision and the day it was computed for (lib/records/revision.ts), and
 * computed again only when the records changed or the day did.
 */
export async function getOrganisationCompleteness(orgId: string, now: Date = new Date()): Promise<OrganisationCompleteness | null> {
  const day = now.toISOString().slice(0, 10);
  const [revision, stored] = await Promise.all([
    readRecordsRevision(orgId),
    db.completenessCache.findUnique({ where: { organisationId: orgId }, select: { revision: true, day: true, value: true } }),
  ]);
  // Read together, the stored row may be newer than the revision read: it is then not used, and stored again below only if still current.
  if (stored && stored.revision === revision && stored.day === day) return stored.value as unknown as OrganisationCompleteness;
  const completeness = await computeOrganisationCompleteness(orgId, now);
  if (completeness) {
    await storeAtRevision(Prisma.sql`
      INSERT INTO "CompletenessCache" ("organisationId", "revision", "day", "value", "computedAt")
      SELECT ${orgId}, ${revision}, ${day}, ${JSON.stringify(completeness)}::jsonb, CURRENT_TIMESTAMP
      WHERE ${stillAtRevision(orgId, revision)}
      ON CONFLICT ("organisationId") DO UPDATE SET "revision" = EXCLUDED."revision", "day" = EXCLUDED."day", "value" = EXCLUDED."value", "computedAt" = EXCLUDED."computedAt"`);
  }
  return completeness;
}
