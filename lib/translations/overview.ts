/**
 * The translations view's rows: every translatable text of the records with
 * where it comes from (the record, a link to its form), its source text, its
 * translation into one language and the state of that translation. Pure,
 * over the read model and a loaded translation set, so the view, the XLIFF
 * export and their tests share it.
 */
import type { OrganisationRecords } from "../records/read-model";
import { textKey, type TextKind, type TranslatableEntity } from "./fields";
import { asLanguage, type Language } from "./languages";
import { localiseText, recordTexts, type TextState, type TranslationSet } from "./localise";

/** The states the view shows; "source" (the default language itself) never reaches it. */
export const TRANSLATION_STATES = ["missing", "outdated", "translated", "verbatim"] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

export const translationStateLabels: Record<TranslationState, string> = {
  missing: "Missing",
  outdated: "Outdated",
  translated: "Translated",
  verbatim: "Kept as written",
};

/** Kinds of record a text belongs to, for the view's filter. */
export const RECORD_KINDS = ["organisation", "activity", "legalBasis", "dataCategory", "dataSubjectCategory", "securityMeasure", "recipient"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const recordKindLabels: Record<RecordKind, string> = {
  organisation: "Organisation",
  activity: "Activities",
  legalBasis: "Legal bases",
  dataCategory: "Data categories",
  dataSubjectCategory: "Data subject categories",
  securityMeasure: "Security measures",
  recipient: "Recipients & processors",
};

const fieldLabels: Record<TranslatableEntity, Record<string, string>> = {
  organisation: {
    legalName: "Legal name",
    address: "Address",
    privacyContactName: "Privacy contact",
    privacyContactAddress: "Privacy contact's address",
    representativeName: "Representative",
    representativeAddress: "Representative's address",
    dpoName: "Data protection officer",
    dpoOrganisation: "Data protection officer's organisation",
    dpoAddress: "Data protection officer's address",
    supervisoryAuthorityName: "Supervisory authority",
  },
  activity: {
    name: "Name",
    description: "Description",
    publicTitle: "Public title",
    publicDescription: "Public description",
    department: "Department",
    owner: "Owner",
    jointControllerArrangement: "Joint controller arrangement",
    dataSourceDescription: "Source of the data",
    provisionConsequences: "Consequences of not providing the data",
    automatedDecisionLogic: "Logic of automated decisions",
    automatedDecisionConsequences: "Consequences of automated decisions",
    consentWithdrawalInstructions: "How to withdraw consent",
    storageLocation: "Storage location",
    securityDescription: "Security description",
  },
  purpose: { description: "Purpose", legitimateInterests: "Legitimate interests" },
  activityDataCategory: { details: "Data category details", retention: "Retention" },
  activityRecipient: { note: "Note on a recipient" },
  transfer: { internationalOrganisation: "International organisation", safeguardDetails: "Safeguard details" },
  legalBasis: { name: "Name", description: "Description" },
  dataCategory: { name: "Name", description: "Description", defaultRetention: "Default retention" },
  dataSubjectCategory: { name: "Name", description: "Description" },
  securityMeasure: { name: "Name", description: "Description" },
  recipient: { name: "Name", services: "Services" },
};

export function fieldLabel(entity: TranslatableEntity, field: string): string {
  return fieldLabels[entity][field] ?? field;
}

export type TranslationRow = {
  /** textKey of the text: stable across languages. */
  key: string;
  entity: TranslatableEntity;
  id: string;
  field: string;
  kind: TextKind;
  recordKind: RecordKind;
  /** The record the text belongs to, as the dashboard names it. */
  recordName: string;
  /** Its edit form (or page). */
  href: string;
  /** What the text is, e.g. "Purpose of Newsletter" (the XLIFF note). */
  description: string;
  source: string;
  /** The stored translation ("" when there is none). */
  translation: string;
  state: TranslationState;
};

type Owner = { recordKind: RecordKind; recordName: string; href: string };

const catalogueSlugs = {
  legalBasis: "legal-bases",
  dataCategory: "data-categories",
  dataSubjectCategory: "data-subjects",
  securityMeasure: "security-measures",
} as const;

/** Which record each text's entity id belongs to: the activity owns its purposes, data categories, parties and transfers. */
function owners(records: OrganisationRecords): (entity: TranslatableEntity, id: string) => Owner {
  const activities = new Map<string, Owner>();
  const parts = new Map<string, string>();
  for (const activity of records.activities) {
    activities.set(activity.id, { recordKind: "activity", recordName: activity.name || activity.reference, href: `/activities/${activity.id}/edit` });
    for (const p of activity.purposes) parts.set(`purpose:${p.id}`, activity.id);
    for (const c of activity.dataCategories) parts.set(`activityDataCategory:${c.id}`, activity.id);
    for (const t of activity.transfers) parts.set(`transfer:${t.id}`, activity.id);
  }
  const names = new Map<string, string>();
  for (const [entity, rows] of [
    ["legalBasis", records.legalBases.map((b) => ({ id: b.id, name: b.citation ? `${b.citation} ${b.name}` : b.name }))],
    ["dataCategory", records.dataCategories],
    ["dataSubjectCategory", records.dataSubjectCategories],
    ["securityMeasure", records.securityMeasures],
    ["recipient", records.recipients],
  ] as const) {
    for (const row of rows) names.set(`${entity}:${row.id}`, row.name);
  }
  const unknownActivity: Owner = { recordKind: "activity", recordName: "Activity", href: "/activities" };
  return (entity, id) => {
    switch (entity) {
      case "organisation":
        return { recordKind: "organisation", recordName: records.organisation.legalName, href: "/settings" };
      case "activity":
        return activities.get(id) ?? unknownActivity;
      case "activityRecipient":
        return activities.get(id.split(":")[0]) ?? unknownActivity;
      case "purpose":
      case "activityDataCategory":
      case "transfer":
        return activities.get(parts.get(`${entity}:${id}`) ?? "") ?? unknownActivity;
      case "recipient":
        return { recordKind: "recipient", recordName: names.get(`recipient:${id}`) ?? "", href: `/recipients/${id}/edit` };
      default:
        return { recordKind: entity, recordName: names.get(`${entity}:${id}`) ?? "", href: `/catalogues/${catalogueSlugs[entity]}/${id}` };
    }
  };
}

function asViewState(state: TextState): TranslationState {
  return state === "source" ? "translated" : state;
}

/**
 * Every translatable text of the records in the set's language (which must
 * not be the default: there the record's own column is the text). A text that
 * occurs twice under one name (a recipient named twice in an activity under
 * two roles) is listed once.
 */
export function translationRows(records: OrganisationRecords, set: TranslationSet): TranslationRow[] {
  const defaultLanguage: Language = asLanguage(records.organisation.defaultLanguage);
  const ownerOf = owners(records);
  const seen = new Set<string>();
  const rows: TranslationRow[] = [];
  for (const text of recordTexts(records)) {
    const key = textKey(text);
    if (seen.has(key)) continue;
    seen.add(key);
    const localised = localiseText(text, set, defaultLanguage);
    const owner = ownerOf(text.entity, text.id);
    const label = fieldLabel(text.entity, text.field);
    rows.push({
      key,
      entity: text.entity,
      id: text.id,
      field: text.field,
      kind: text.kind,
      ...owner,
      description: `${label} of ${owner.recordName}`,
      source: text.source,
      translation: set.values.get(key)?.value ?? "",
      state: asViewState(localised.state),
    });
  }
  return rows;
}

export type TranslationCounts = Record<TranslationState, number> & { all: number };

export function countTranslationStates(rows: readonly TranslationRow[]): TranslationCounts {
  const counts: TranslationCounts = { all: rows.length, missing: 0, outdated: 0, translated: 0, verbatim: 0 };
  for (const row of rows) counts[row.state] += 1;
  return counts;
}

export type TranslationFilter = { state?: TranslationState | "open"; recordKind?: RecordKind; q?: string };

/** "open": what a translator still has to do (missing or outdated). */
export function filterTranslationRows(rows: readonly TranslationRow[], filter: TranslationFilter): TranslationRow[] {
  const q = filter.q?.trim().toLocaleLowerCase();
  return rows.filter(
    (row) =>
      (!filter.state || (filter.state === "open" ? row.state === "missing" || row.state === "outdated" : row.state === filter.state)) &&
      (!filter.recordKind || row.recordKind === filter.recordKind) &&
      (!q || row.source.toLocaleLowerCase().includes(q) || row.translation.toLocaleLowerCase().includes(q) || row.recordName.toLocaleLowerCase().includes(q)),
  );
}
