// No "server-only" marker: the seed (plain Node) composes the demo policies, which load records through this module.
import type { ActivityStatus, Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { activityRecordFields } from "@/lib/activities/fields";
import { organisationProfileFields } from "@/lib/organisation/fields";
import { recipientFields } from "@/lib/recipients/fields";
import type { OrganisationRecords, RecordsActivity } from "./read-model";

type Client = Prisma.TransactionClient | typeof db;

/** Which activities to load: the register's filters, or the given ids (a policy's activities, a page of the activities table). */
export type RecordsScope = { status?: ActivityStatus; department?: string; activityIds?: string[] };

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
async function loadActivities(client: Client, activityWhere: Prisma.ProcessingActivityWhereInput): Promise<RecordsActivity[]> {
  const activity = { activity: activityWhere };
  const [activities, purposes, bases, subjects, categories, parties, transfers, measures] = await Promise.all([
    client.processingActivity.findMany({ where: activityWhere, orderBy: [{ reference: "asc" }, { id: "asc" }], select: activitySelect }),
    client.purpose.findMany({
      where: activity,
      orderBy: [{ activityId: "asc" }, { position: "asc" }, { id: "asc" }],
      select: { id: true, activityId: true, description: true, legitimateInterests: true, balancingTestReference: true, directMarketing: true },
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
      select: {
        id: true,
        activityId: true,
        countryCode: true,
        internationalOrganisation: true,
        recipientId: true,
        safeguard: true,
        safeguardDetails: true,
        safeguardReference: true,
      },
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
      .sort((a, b) => (a.role === b.role ? (a.recipientId < b.recipientId ? -1 : 1) : a.role < b.role ? -1 : 1)),
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

/** The catalogue entries the given activities name, per catalogue. */
function referencedIds(activities: RecordsActivity[]) {
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

/**
 * An organisation's records: its profile, the activities in scope ordered by
 * reference, and the catalogue entries (every entry when the scope names no
 * activity ids; only the entries the activities name when it does). Every
 * query carries the organisation, so another organisation's activity id is
 * simply absent. null when the organisation does not exist.
 */
export async function loadOrganisationRecords(orgId: string, scope: RecordsScope = {}, client: Client = db): Promise<OrganisationRecords | null> {
  const where = { organisationId: orgId };
  const { activityIds } = scope;
  const organisationLoaded = client.organisation.findUnique({ where: { id: orgId }, select: organisationProfileFields });
  const activitiesLoaded =
    activityIds && activityIds.length === 0
      ? Promise.resolve([])
      : loadActivities(client, {
          ...where,
          ...(scope.status ? { status: scope.status } : {}),
          ...(scope.department ? { department: scope.department } : {}),
          ...(activityIds ? { id: { in: activityIds } } : {}),
        });
  // Records restricted to a few activities (a policy, a page of the
  // activities table, one activity) need only the catalogue entries they
  // name: reading every catalogue of a large organisation was half of the
  // activities table's server time.
  const only = activityIds ? referencedIds(await activitiesLoaded) : null;
  const scoped = (ids: Set<string> | undefined) => (ids ? { ...where, id: { in: [...ids] } } : where);
  const none = <T>(ids: Set<string> | undefined, load: () => Promise<T[]>): Promise<T[]> => (ids && ids.size === 0 ? Promise.resolve([]) : load());
  const [organisation, legalBases, dataCategories, dataSubjectCategories, securityMeasures, recipients, activities] = await Promise.all([
    organisationLoaded,
    none(only?.legalBases, () =>
      client.legalBasis.findMany({
        where: scoped(only?.legalBases),
        orderBy: [{ article: "asc" }, { letter: "asc" }, { citation: "asc" }],
        select: { id: true, article: true, letter: true, name: true, citation: true, description: true, builtIn: true },
      }),
    ),
    none(only?.dataCategories, () =>
      client.dataCategory.findMany({
        where: scoped(only?.dataCategories),
        orderBy: { name: "asc" },
        select: { id: true, name: true, description: true, special: true, criminal: true, defaultRetention: true },
      }),
    ),
    none(only?.dataSubjectCategories, () =>
      client.dataSubjectCategory.findMany({ where: scoped(only?.dataSubjectCategories), orderBy: { name: "asc" }, select: { id: true, name: true, description: true } }),
    ),
    none(only?.securityMeasures, () =>
      client.securityMeasure.findMany({
        where: scoped(only?.securityMeasures),
        orderBy: [{ group: "asc" }, { name: "asc" }],
        select: { id: true, group: true, name: true, description: true },
      }),
    ),
    none(only?.recipients, () => client.recipient.findMany({ where: scoped(only?.recipients), orderBy: { name: "asc" }, select: recipientFields })),
    activitiesLoaded,
  ]);
  if (!organisation) return null;

  // Only the countries the records name: the read model does not carry the whole ISO list.
  const codes = new Set<string>();
  for (const recipient of recipients) if (recipient.countryCode) codes.add(recipient.countryCode);
  for (const activity of activities) for (const transfer of activity.transfers) if (transfer.countryCode) codes.add(transfer.countryCode);
  const countries = codes.size
    ? await client.country.findMany({
        where: { code: { in: [...codes] } },
        orderBy: { code: "asc" },
        select: { code: true, name: true, eea: true, adequacy: true, adequacyNote: true },
      })
    : [];

  return { organisation, countries, legalBases, dataCategories, dataSubjectCategories, securityMeasures, recipients, activities };
}
