/**
 * The records of a few named activities (a policy's, a page of the
 * activities table, one activity) in one nested query, with the catalogue
 * entries they name reached through their links: the list of ids is sent
 * once, where the flat reads of the whole register would send it with each of
 * a dozen queries (Prisma expands it into one parameter per id).
 */
import type { Prisma } from "@prisma/client";
import type { db } from "@/lib/db";
import type { OrganisationRecords, RecordsCountry, RecordsRecipient } from "./read-model";
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

const activityWithLinks = {
  ...activitySelect,
  purposes: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { ...purposeFields, legalBases: { select: { legalBasis: { select: legalBasisSelect } } } } },
  dataSubjects: { select: { dataSubjectCategory: { select: dataSubjectCategorySelect } } },
  dataCategories: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, details: true, retention: true, dataCategory: { select: dataCategorySelect }, art9Condition: { select: legalBasisSelect } },
  },
  recipients: { select: { role: true, note: true, recipient: { select: recipientSelect } } },
  transfers: { orderBy: { id: "asc" }, select: { ...transferFields, country: { select: countrySelect }, recipient: { select: recipientSelect } } },
  securityMeasures: { select: { securityMeasure: { select: securityMeasureSelect } } },
} satisfies Prisma.ProcessingActivitySelect;

/** Each entry once, by id, sorted by the given text for a stable result (callers look entries up by id). */
function entries<T extends { id: string }>(key: (entry: T) => string) {
  const byId = new Map<string, T>();
  return {
    add(entry: T) {
      byId.set(entry.id, entry);
      return entry.id;
    },
    list: () => [...byId.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1)),
  };
}

export async function loadActivityRecordsById(client: Client, orgId: string, activityIds: string[]): Promise<Omit<OrganisationRecords, "organisation">> {
  const rows = activityIds.length
    ? await client.processingActivity.findMany({
        where: { organisationId: orgId, id: { in: activityIds } },
        orderBy: [{ reference: "asc" }, { id: "asc" }],
        select: activityWithLinks,
      })
    : [];
  const legalBases = entries<OrganisationRecords["legalBases"][number]>((b) => `${b.article}\u0000${b.letter}\u0000${b.citation}`);
  const dataCategories = entries<OrganisationRecords["dataCategories"][number]>((c) => c.name);
  const dataSubjectCategories = entries<OrganisationRecords["dataSubjectCategories"][number]>((d) => d.name);
  const securityMeasures = entries<OrganisationRecords["securityMeasures"][number]>((m) => `${m.group}\u0000${m.name}`);
  const recipients = entries<RecordsRecipient>((r) => r.name);
  const countries = new Map<string, RecordsCountry>();
  const recipient = (entry: RecordsRecipient) => recipients.add(entry);

  const activities = rows.map(({ purposes, dataSubjects, dataCategories: categories, recipients: parties, transfers, securityMeasures: measures, ...record }) => ({
    ...record,
    purposes: purposes.map(({ legalBases: links, ...purpose }) => ({ ...purpose, legalBasisIds: links.map((link) => legalBases.add(link.legalBasis)).sort() })),
    dataSubjectCategoryIds: dataSubjects.map((link) => dataSubjectCategories.add(link.dataSubjectCategory)).sort(),
    dataCategories: categories.map(({ id, details, retention, dataCategory, art9Condition }) => ({
      id,
      dataCategoryId: dataCategories.add(dataCategory),
      details,
      retention,
      art9ConditionId: art9Condition ? legalBases.add(art9Condition) : null,
    })),
    parties: parties.map((party) => ({ recipientId: recipient(party.recipient), role: party.role, note: party.note })).sort(byRoleThenRecipient),
    transfers: transfers.map(({ country, recipient: to, ...transfer }) => {
      if (country) countries.set(country.code, country);
      if (to) recipient(to);
      return transfer;
    }),
    securityMeasureIds: measures.map((link) => securityMeasures.add(link.securityMeasure)).sort(),
  }));

  // The recipients' own countries in one more small query: reached through each recipient link they
  // added a nested level that took about a quarter of this query's time.
  const missing = new Set<string>();
  for (const entry of recipients.list()) if (entry.countryCode && !countries.has(entry.countryCode)) missing.add(entry.countryCode);
  if (missing.size) for (const country of await client.country.findMany({ where: { code: { in: [...missing] } }, select: countrySelect })) countries.set(country.code, country);

  return {
    countries: [...countries.values()].sort((a, b) => (a.code < b.code ? -1 : 1)),
    legalBases: legalBases.list(),
    dataCategories: dataCategories.list(),
    dataSubjectCategories: dataSubjectCategories.list(),
    securityMeasures: securityMeasures.list(),
    recipients: recipients.list(),
    activities,
  };
}
