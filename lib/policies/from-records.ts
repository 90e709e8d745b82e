/**
 * The composer's view of an organisation's records: each activity with the
 * catalogue entries it names resolved (names, retention defaults, legal
 * bases, countries), in the order a policy states them. Pure, so the mapping
 * is tested without a database.
 */
import type { OrganisationRecords, RecordsActivity, RecordsOrganisation } from "@/lib/records/read-model";
import { COMPOSE_ACTIVITY_FIELDS, type ComposeActivity, type ComposeInput, type ComposeLegalBasis, type ComposeOrganisation } from "./compose-input";

// Legal bases in a stable order (Art. 6 before Art. 9, by letter), so the text does not change with database order.
const articleOrder = { ART6: 0, ART9: 1, ART10: 2, NATIONAL: 3 } as const;
const byArticle = (a: ComposeLegalBasis, b: ComposeLegalBasis) =>
  articleOrder[a.article] - articleOrder[b.article] || a.letter.localeCompare(b.letter) || a.citation.localeCompare(b.citation);

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

function required<T>(map: Map<string, T>, id: string, what: string): T {
  const row = map.get(id);
  // The loader reads every entry its activities name and the foreign keys keep them: a gap means the records
  // changed between the loader's reads, and failing beats a policy that silently leaves the entry out.
  if (!row) throw new Error(`The records name ${what} ${id} but do not carry it`);
  return row;
}

function composeOrganisation(records: OrganisationRecords): ComposeOrganisation {
  const organisation: Partial<RecordsOrganisation> = { ...records.organisation };
  delete organisation.defaultLanguage;
  delete organisation.reviewIntervalMonths;
  return organisation as ComposeOrganisation;
}

function composeActivity(activity: RecordsActivity, lookups: ReturnType<typeof lookupsOf>): ComposeActivity {
  const { legalBases, dataCategories, dataSubjectCategories, recipients, countries } = lookups;
  const basis = (id: string): ComposeLegalBasis => {
    const { article, letter, name, citation } = required(legalBases, id, "legal basis");
    return { id, article, letter, name, citation };
  };
  const scalars = Object.fromEntries(COMPOSE_ACTIVITY_FIELDS.map((field) => [field, activity[field]])) as Pick<
    RecordsActivity,
    (typeof COMPOSE_ACTIVITY_FIELDS)[number]
  >;
  const subjects = activity.dataSubjectCategoryIds
    .map((id) => required(dataSubjectCategories, id, "data subject category"))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    ...scalars,
    purposes: activity.purposes.map((p) => ({
      id: p.id,
      description: p.description,
      legitimateInterests: p.legitimateInterests,
      directMarketing: p.directMarketing ?? false,
      legalBases: p.legalBasisIds.map(basis).sort(byArticle),
    })),
    dataSubjects: subjects.map((d) => d.name),
    dataSubjectIds: subjects.map((d) => d.id),
    dataCategories: activity.dataCategories.map((c) => {
      const category = required(dataCategories, c.dataCategoryId, "data category");
      return {
        id: c.id,
        dataCategoryId: c.dataCategoryId,
        name: category.name,
        details: c.details,
        retention: c.retention,
        defaultRetention: category.defaultRetention,
        special: category.special,
        criminal: category.criminal,
        art9Condition: c.art9ConditionId ? basis(c.art9ConditionId) : null,
      };
    }),
    recipients: activity.parties
      .map((party) => {
        const { id, name, kind } = required(recipients, party.recipientId, "recipient");
        return { id, name, kind, role: party.role, note: party.note };
      })
      .sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name)),
    transfers: activity.transfers.map((t) => {
      const country = t.countryCode ? (countries.get(t.countryCode) ?? null) : null;
      return {
        id: t.id,
        countryCode: t.countryCode,
        country: country && { name: country.name, eea: country.eea, adequacy: country.adequacy, adequacyNote: country.adequacyNote },
        internationalOrganisation: t.internationalOrganisation,
        recipientName: t.recipientId ? required(recipients, t.recipientId, "recipient").name : null,
        safeguard: t.safeguard,
        safeguardDetails: t.safeguardDetails,
        safeguardReference: t.safeguardReference,
      };
    }),
  };
}

function lookupsOf(records: OrganisationRecords) {
  return {
    legalBases: byId(records.legalBases),
    dataCategories: byId(records.dataCategories),
    dataSubjectCategories: byId(records.dataSubjectCategories),
    recipients: byId(records.recipients),
    countries: new Map(records.countries.map((country) => [country.code, country])),
  };
}

/** The organisation and its activities by id, as compose and the checks read them. */
export function composeRecords(records: OrganisationRecords): Omit<ComposeInput, "policy"> {
  const lookups = lookupsOf(records);
  const activities: Record<string, ComposeActivity> = {};
  for (const activity of records.activities) activities[activity.id] = composeActivity(activity, lookups);
  return { organisation: composeOrganisation(records), activities };
}
