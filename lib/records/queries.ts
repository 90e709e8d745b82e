// No "server-only" marker: the seed (plain Node) composes the demo policies, which load records through this module.
import type { ActivityStatus, Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { organisationProfileFields } from "@/lib/organisation/fields";
import { loadActivityRecordsById } from "./by-id-queries";
import type { OrganisationRecords, RecordsActivity } from "./read-model";
import {
  activitySelect,
  byRoleThenRecipient,
  countrySelect,
  dataCategorySelect,
  dataSubjectCategorySelect,
  legalBasisSelect,
  purposeFields,
  recipientSelect,
  securityMeasureSelect,
  transferFields,
} from "./selects";

type Client = Prisma.TransactionClient | typeof db;

/** Which activities to load: the register's filters, or the given ids (a policy's activities, a page of the activities table). */
export type RecordsScope = { status?: ActivityStatus; department?: string; activityIds?: string[] };

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
async function loadActivities(client: Client, activityWhere: Prisma.ProcessingActivityWhereInput): Promise<RecordsActivity[]> {
  const activity = { activity: activityWhere };
  const [activities, purposes, bases, subjects, categories, parties, transfers, measures] = await Promise.all([
    client.processingActivity.findMany({ where: activityWhere, orderBy: [{ reference: "asc" }, { id: "asc" }], select: activitySelect }),
    client.purpose.findMany({
      where: activity,
      orderBy: [{ activityId: "asc" }, { position: "asc" }, { id: "asc" }],
      select: { ...purposeFields, activityId: true },
    }),
    client.purposeLegalBasis.findMany({ where: { purpose: activity }, select: { purposeId: true, legalBasisId: true } }),
    client.activityDataSubject.findMany({ where: activity, select: { activityId: true, dataSubjectCategoryId: true } }),
    client.activityDataCategory.findMany({
      where: activity,
      orderBy: [{ activityId: "asc" }, { position: "asc" }, { id: "asc" }],
      select: { id: true, activityId: true, dataCategoryId: true, details: true, retention: true, art9ConditionId: true },
    }),
    client.activityRecipient.findMany({ where: activity, select: { activityId: true, recipientId: true, role: true, note: true } }),
    client.transfer.findMany({
      where: activity,
      orderBy: [{ activityId: "asc" }, { id: "asc" }],
      select: { ...transferFields, activityId: true },
    }),
    client.activitySecurityMeasure.findMany({ where: activity, select: { activityId: true, securityMeasureId: true } }),
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
      id,
      description,
      legitimateInterests,
      balancingTestReference,
      directMarketing,
      legalBasisIds: (basesByPurpose.get(id) ?? []).sort(),
    })),
    dataSubjectCategoryIds: (subjectGroups.get(record.id) ?? []).map((link) => link.dataSubjectCategoryId).sort(),
    dataCategories: (categoryGroups.get(record.id) ?? []).map(({ id, dataCategoryId, details, retention, art9ConditionId }) => ({
      id,
      dataCategoryId,
      details,
      retention,
      art9ConditionId,
    })),
    parties: (partyGroups.get(record.id) ?? [])
      .map(({ recipientId, role, note }) => ({ recipientId, role, note }))
      .sort(byRoleThenRecipient),
    transfers: (transferGroups.get(record.id) ?? []).map(
      ({ id, countryCode, internationalOrganisation, recipientId, safeguard, safeguardDetails, safeguardReference }) => ({
        id,
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

/**
 * An organisation's records: its profile and the activities in scope ordered
 * by reference, with the catalogue entries. Every query carries the
 * organisation, so another organisation's activity id is simply absent. With
 * `activityIds`, only the entries those activities name, in one nested query
 * (by-id-queries.ts): reading every catalogue of a large organisation was half
 * of the activities table's server time. Otherwise every catalogue, and the
 * activities' links read flat. null when the organisation does not exist.
 */
export async function loadOrganisationRecords(orgId: string, scope: RecordsScope = {}, client: Client = db): Promise<OrganisationRecords | null> {
  const [organisation, records] = await Promise.all([
    client.organisation.findUnique({ where: { id: orgId }, select: organisationProfileFields }),
    scope.activityIds ? loadActivityRecordsById(client, orgId, scope.activityIds) : loadAll(client, orgId, scope),
  ]);
  return organisation && { organisation, ...records };
}

async function loadAll(client: Client, orgId: string, scope: RecordsScope): Promise<Omit<OrganisationRecords, "organisation">> {
  const where = { organisationId: orgId };
  const [legalBases, dataCategories, dataSubjectCategories, securityMeasures, recipients, activities] = await Promise.all([
    client.legalBasis.findMany({ where, orderBy: [{ article: "asc" }, { letter: "asc" }, { citation: "asc" }], select: legalBasisSelect }),
    client.dataCategory.findMany({ where, orderBy: { name: "asc" }, select: dataCategorySelect }),
    client.dataSubjectCategory.findMany({ where, orderBy: { name: "asc" }, select: dataSubjectCategorySelect }),
    client.securityMeasure.findMany({ where, orderBy: [{ group: "asc" }, { name: "asc" }], select: securityMeasureSelect }),
    client.recipient.findMany({ where, orderBy: { name: "asc" }, select: recipientSelect }),
    loadActivities(client, {
      ...where,
      ...(scope.status ? { status: scope.status } : {}),
      ...(scope.department ? { department: scope.department } : {}),
    }),
  ]);

  // Only the countries the records name: the read model does not carry the whole ISO list.
  const codes = new Set<string>();
  for (const recipient of recipients) if (recipient.countryCode) codes.add(recipient.countryCode);
  for (const activity of activities) for (const transfer of activity.transfers) if (transfer.countryCode) codes.add(transfer.countryCode);
  const countries = codes.size ? await client.country.findMany({ where: { code: { in: [...codes] } }, orderBy: { code: "asc" }, select: countrySelect }) : [];

  return { countries, legalBases, dataCategories, dataSubjectCategories, securityMeasures, recipients, activities };
}
