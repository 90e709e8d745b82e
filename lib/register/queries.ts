import "server-only";
import { Prisma, type ActivityStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { readRecordsRevision, stillAtRevision, storeAtRevision } from "@/lib/records/revision";
import { organisationCompleteness, registerCompleteness, type ActivityCompleteness, type OrganisationCompleteness } from "./completeness";
import type { RegisterFilters, RegisterSource } from "./source";
import { loadOrganisationRecords } from "@/lib/records/queries";
import { organisationLanguages, type Language } from "@/lib/translations/languages";

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

/**
 * Everything the register and its exports need for one organisation: the
 * records (lib/records/queries.ts) of the activities matching the filters,
 * ordered by reference, with every catalogue, or only the entries the given
 * activities name. null when the organisation does not exist.
 */
export async function loadRegisterSource(
  orgId: string,
  filters: RegisterFilters = {},
  now: Date = new Date(),
  activityIds?: string[],
): Promise<RegisterSource | null> {
  const records = await loadOrganisationRecords(orgId, { ...filters, ...(activityIds ? { activityIds } : {}) });
  return records ? { ...records, filters, generatedAt: now } : null;
}

/** The languages the register can be exported in: the organisation's, its default first (lib/translations/languages.ts). */
export async function registerLanguages(orgId: string): Promise<Language[]> {
  const organisation = await db.organisation.findUnique({ where: { id: orgId }, select: { defaultLanguage: true, languages: true } });
  return organisation ? organisationLanguages(organisation.defaultLanguage, organisation.languages) : [];
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
