/**
 * The register's wording: each Art. 30 item of an activity as lines of text,
 * resolved from the catalogues. The builder puts the lines into the preview's
 * items and, joined by line breaks, into the spreadsheet cells, so every
 * format says the same thing in the same words. This is also the one place
 * that decides what an empty answer says: "None" where the record states that
 * there is none, "Not recorded" where nothing was recorded.
 */
import { recipientKindOrder, securityGroupOrder } from "@/lib/labels";
import { PROCESSOR_KINDS } from "@/lib/recipients/dpa";
import type {
  RecordsActivity,
  RecordsCountry,
  RecordsDataCategory,
  RecordsDataSubjectCategory,
  RecordsLegalBasis,
  RecordsRecipient,
  RecordsSecurityMeasure,
  RecordsTransfer,
} from "@/lib/records/read-model";
import type { RegisterSource } from "./source";
import { en } from "./wording/en";
import type { RegisterWording } from "./wording/types";

// One collator for every sort: String.prototype.localeCompare builds one per call,
// which dominates the time of a register with thousands of activities.
const collator = new Intl.Collator("en");
export const compareText = (a: string, b: string) => collator.compare(a, b);

export type Lookup = {
  legalBases: Map<string, RecordsLegalBasis>;
  dataCategories: Map<string, RecordsDataCategory>;
  dataSubjects: Map<string, RecordsDataSubjectCategory>;
  securityMeasures: Map<string, RecordsSecurityMeasure>;
  recipients: Map<string, RecordsRecipient>;
  countries: Map<string, RecordsCountry>;
  /** The words the lines are written in (English unless an export chose another language). */
  wording: RegisterWording;
};

export function createLookup(source: RegisterSource, wording: RegisterWording = en): Lookup {
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
  return {
    legalBases: byId(source.legalBases),
    dataCategories: byId(source.dataCategories),
    dataSubjects: byId(source.dataSubjectCategories),
    securityMeasures: byId(source.securityMeasures),
    recipients: byId(source.recipients),
    countries: new Map(source.countries.map((country) => [country.code, country])),
    wording,
  };
}

/** A calendar date as ISO 8601 (2026-11-27): unambiguous for an authority in any country. */
export function isoDate(value: Date | null): string {
  return value ? value.toISOString().slice(0, 10) : "";
}

/** An answer recorded as "there is none" (e.g. no recipients, Art. 30(1)(d)). */
export const NONE = en.answers.none;
/** Nothing recorded: a gap in the record, never to be read as "none". */
export const NOT_RECORDED = en.answers.notRecorded;

/** What an empty list says: the recorded "none", or the gap. */
export const emptyAnswer = (none: boolean, wording: RegisterWording = en) => (none ? wording.answers.none : wording.answers.notRecorded);

/** A spreadsheet cell of a list: its lines, or the word for the empty answer. */
export const answerCell = (entries: string[], none: boolean, wording: RegisterWording = en) => (entries.length ? entries.join("\n") : emptyAnswer(none, wording));

/** The activity's explicit "none" answers by Art. 30 item; false where the item has entries or was left unanswered. */
export function noneAnswers(activity: RecordsActivity) {
  return {
    recipients: activity.recipientsNone,
    transfers: activity.transfersNone,
    securityMeasures: activity.securityMeasuresNone,
    specialCategories: activity.specialCategoriesNone,
  };
}

const present = <T>(value: T | undefined | null): value is T => value !== undefined && value !== null;
const compact = (parts: string[]) => parts.map((part) => part.trim()).filter(Boolean);

export function contactDetails(party: { contactName?: string; address: string; email: string; phone: string }): string {
  return compact([party.contactName ?? "", party.address, party.email, party.phone]).join(", ");
}

/** The legal bases of all purposes, each once, in catalogue order. */
function activityLegalBases(activity: RecordsActivity, lookup: Lookup): RecordsLegalBasis[] {
  const ids = new Set(activity.purposes.flatMap((purpose) => purpose.legalBasisIds));
  return [...lookup.legalBases.values()].filter((basis) => ids.has(basis.id));
}

export const basisLabel = (basis: RecordsLegalBasis) => `${basis.citation} – ${basis.name}`;

export function purposeLines(activity: RecordsActivity, lookup: Lookup): string[] {
  return activity.purposes.map((purpose) => {
    const bases = purpose.legalBasisIds.map((id) => lookup.legalBases.get(id)?.citation).filter(present);
    return bases.length ? `${purpose.description} (${bases.join("; ")})` : purpose.description;
  });
}

function parties(activity: RecordsActivity, lookup: Lookup, role: RecordsActivity["parties"][number]["role"]) {
  return activity.parties
    .filter((party) => party.role === role)
    .map((party) => ({ party, recipient: lookup.recipients.get(party.recipientId) }))
    .filter((entry): entry is { party: RecordsActivity["parties"][number]; recipient: RecordsRecipient } => !!entry.recipient)
    .sort(
      (a, b) =>
        recipientKindOrder.indexOf(a.recipient.kind) - recipientKindOrder.indexOf(b.recipient.kind) || compareText(a.recipient.name, b.recipient.name),
    );
}

const withContact = (recipient: RecordsRecipient) => {
  const contact = contactDetails(recipient);
  return contact ? `${recipient.name} (${contact})` : recipient.name;
};

export function jointControllerLines(activity: RecordsActivity, lookup: Lookup): string[] {
  const lines = parties(activity, lookup, "JOINT_CONTROLLER").map(({ recipient }) => withContact(recipient));
  // Art. 26(2): the essence of the arrangement is made available to data subjects.
  if (activity.jointControllerArrangement.trim()) lines.push(`${lookup.wording.lines.arrangement}: ${activity.jointControllerArrangement.trim()}`);
  return lines;
}

/** Art. 30(2)(a): the controllers on whose behalf the organisation processes. */
export function clientControllers(activity: RecordsActivity, lookup: Lookup): RecordsRecipient[] {
  return parties(activity, lookup, "CLIENT_CONTROLLER").map(({ recipient }) => recipient);
}

export function dataSubjectLines(activity: RecordsActivity, lookup: Lookup): string[] {
  return activity.dataSubjectCategoryIds
    .map((id) => lookup.dataSubjects.get(id)?.name)
    .filter(present)
    .sort((a, b) => compareText(a, b));
}

function categoryName(id: string, lookup: Lookup) {
  return lookup.dataCategories.get(id)?.name ?? lookup.wording.lines.unknownCategory;
}

export function dataCategoryLines(activity: RecordsActivity, lookup: Lookup, flags = false): string[] {
  return activity.dataCategories.map((link) => {
    const category = lookup.dataCategories.get(link.dataCategoryId);
    // Art. 30(1)(c) with Art. 9(1) and 10: special categories are named as such.
    const words = lookup.wording.lines;
    const flag = !flags || !category ? "" : category.special ? ` [${words.specialFlag}]` : category.criminal ? ` [${words.criminalFlag}]` : "";
    const details = link.details.trim();
    return `${categoryName(link.dataCategoryId, lookup)}${flag}${details ? ` — ${details}` : ""}`;
  });
}

/** The recipient's kind, and its country where that lies outside the EU/EEA. */
export function recipientLines(activity: RecordsActivity, lookup: Lookup): string[] {
  return parties(activity, lookup, "RECIPIENT").map(({ party, recipient }) => {
    const country = recipient.countryCode ? lookup.countries.get(recipient.countryCode) : undefined;
    const qualifiers = compact([lookup.wording.labels.recipientKind[recipient.kind], country && !country.eea ? country.name : ""]).join(", ");
    return `${recipient.name} (${qualifiers})${party.note.trim() ? ` — ${party.note.trim()}` : ""}`;
  });
}

/**
 * Art. 28(3): where each processor's agreement stands, from its recorded
 * status: "in place" with whatever is known of it (the signing date is not
 * always known), "not required" with the reason, "under review", "missing".
 */
export function processorContractLine(recipient: RecordsRecipient, wording: RegisterWording = en): string {
  const words = wording.lines;
  const status = wording.labels.dpaStatus[recipient.dpaStatus].toLocaleLowerCase(wording.language);
  const parts =
    recipient.dpaStatus === "NOT_REQUIRED"
      ? [status, recipient.dpaNotRequiredReason]
      : recipient.dpaStatus === "MISSING"
        ? [status]
        : [
            status,
            recipient.dpaSignedOn ? words.signed(wording.cellDate(recipient.dpaSignedOn)) : "",
            recipient.dpaReference,
            recipient.dpaNextReviewOn ? words.reviewDue(wording.cellDate(recipient.dpaNextReviewOn)) : "",
          ];
  return `${recipient.name}: ${words.dpa} ${compact(parts).join(", ")}`;
}

export function processorContractLines(activity: RecordsActivity, lookup: Lookup): string[] {
  return parties(activity, lookup, "RECIPIENT")
    .filter(({ recipient }) => PROCESSOR_KINDS.includes(recipient.kind))
    .map(({ recipient }) => processorContractLine(recipient, lookup.wording));
}

function transferDestinationOf(transfer: RecordsTransfer, lookup: Lookup): string {
  const country = transfer.countryCode ? lookup.countries.get(transfer.countryCode) : undefined;
  return country?.name ?? (transfer.internationalOrganisation.trim() || lookup.wording.lines.noDestination);
}

export function thirdCountryLines(activity: RecordsActivity, lookup: Lookup): string[] {
  return activity.transfers.map((transfer) => {
    const recipient = transfer.recipientId ? lookup.recipients.get(transfer.recipientId) : undefined;
    const destination = transferDestinationOf(transfer, lookup);
    return recipient ? `${destination} (${recipient.name})` : destination;
  });
}

/** Art. 30(1)(e): the safeguard of each transfer, with the documented details. */
export function safeguardLines(activity: RecordsActivity, lookup: Lookup): string[] {
  return activity.transfers.map((transfer) => {
    const safeguard = transfer.safeguard ? lookup.wording.labels.safeguard[transfer.safeguard] : lookup.wording.lines.noSafeguard;
    const extra = compact([transfer.safeguardDetails, transfer.safeguardReference]).join("; ");
    return `${transferDestinationOf(transfer, lookup)}: ${safeguard}${extra ? ` — ${extra}` : ""}`;
  });
}

/** Art. 30(1)(f): per data category, its own time limit or the catalogue's default. */
export function retentionLines(activity: RecordsActivity, lookup: Lookup): string[] {
  return activity.dataCategories.map((link) => {
    const retention = link.retention.trim() || lookup.dataCategories.get(link.dataCategoryId)?.defaultRetention.trim() || lookup.wording.lines.retentionNotRecorded;
    return `${categoryName(link.dataCategoryId, lookup)}: ${retention}`;
  });
}

/** Art. 30(1)(g) / 32(1): the description, then the catalogue's measures grouped. */
export function securityLines(activity: RecordsActivity, lookup: Lookup): string[] {
  const measures = activity.securityMeasureIds.map((id) => lookup.securityMeasures.get(id)).filter(present);
  const groups = securityGroupOrder
    .map((group) => ({
      group,
      names: measures
        .filter((measure) => measure.group === group)
        .map((measure) => measure.name)
        .sort((a, b) => compareText(a, b)),
    }))
    .filter((entry) => entry.names.length > 0)
    .map((entry) => `${lookup.wording.labels.securityGroup[entry.group]}: ${entry.names.join(", ")}`);
  const description = activity.securityDescription.trim();
  return description ? [description, ...groups] : groups;
}

function conditionLines(activity: RecordsActivity, lookup: Lookup, articles: RecordsLegalBasis["article"][]): string[] {
  const fromPurposes = activityLegalBases(activity, lookup)
    .filter((basis) => articles.includes(basis.article))
    .map(basisLabel);
  const fromCategories = activity.dataCategories
    .map((link) => ({ link, basis: link.art9ConditionId ? lookup.legalBases.get(link.art9ConditionId) : undefined }))
    .filter((entry) => entry.basis && articles.includes(entry.basis.article))
    .map((entry) => `${categoryName(entry.link.dataCategoryId, lookup)}: ${basisLabel(entry.basis!)}`);
  return [...new Set([...fromPurposes, ...fromCategories])];
}

export const art6Lines = (activity: RecordsActivity, lookup: Lookup) => conditionLines(activity, lookup, ["ART6"]);
export const art9Lines = (activity: RecordsActivity, lookup: Lookup) => conditionLines(activity, lookup, ["ART9", "ART10"]);

/** Art. 9(1) and 10: the special-category and criminal-offence data of the activity, each with its condition. */
export function specialCategoryLines(activity: RecordsActivity, lookup: Lookup): string[] {
  return activity.dataCategories
    .filter((link) => {
      const category = lookup.dataCategories.get(link.dataCategoryId);
      return !!category && (category.special || category.criminal);
    })
    .map((link) => {
      const basis = link.art9ConditionId ? lookup.legalBases.get(link.art9ConditionId) : undefined;
      return `${categoryName(link.dataCategoryId, lookup)}: ${basis ? basisLabel(basis) : lookup.wording.lines.noCondition}`;
    });
}
export const nationalLawLines = (activity: RecordsActivity, lookup: Lookup) => conditionLines(activity, lookup, ["NATIONAL"]);

export const legitimateInterestLines = (activity: RecordsActivity) => compact(activity.purposes.map((purpose) => purpose.legitimateInterests));
export const balancingTestLines = (activity: RecordsActivity) => compact(activity.purposes.map((purpose) => purpose.balancingTestReference));

/**
 * Which rights apply follows from the legal bases: portability only for
 * consent and contract (Art. 20(1)(a)), objection for 6(1)(e) and (f)
 * (Art. 21(1)), withdrawal only for consent (Art. 7(3)).
 */
export function rightsLines(activity: RecordsActivity, lookup: Lookup): string[] {
  const bases = activityLegalBases(activity, lookup);
  const art6 = new Set(bases.filter((basis) => basis.article === "ART6").map((basis) => basis.letter));
  const consent = art6.has("a") || bases.some((basis) => basis.article === "ART9" && basis.letter === "a");
  const rights = lookup.wording.lines.rights;
  return [
    rights.access,
    rights.rectification,
    rights.erasure,
    rights.restriction,
    ...(art6.has("a") || art6.has("b") ? [rights.portability] : []),
    ...(art6.has("e") || art6.has("f") ? [rights.objection] : []),
    ...(consent ? [rights.withdrawal] : []),
    rights.complaint,
  ];
}

/** Art. 22: a question with three answers; "No" is the recorded answer, not a default. */
export function automatedDecisionText(activity: RecordsActivity, wording: RegisterWording = en): string {
  const { answers } = wording;
  if (activity.automatedDecisionMaking === null) return answers.notRecorded;
  if (!activity.automatedDecisionMaking) return answers.no;
  const parts = compact([
    activity.automatedDecisionLogic,
    activity.automatedDecisionConsequences ? `${wording.lines.consequences}: ${activity.automatedDecisionConsequences}` : "",
  ]);
  return parts.length ? `${answers.yes}: ${parts.join(" ")}` : answers.yes;
}

export function sourceText(activity: RecordsActivity, wording: RegisterWording = en): string {
  return compact([
    wording.labels.dataSource[activity.dataSource],
    activity.dataSourceDescription,
    activity.publicSources ? wording.lines.publicSources : "",
  ]).join(". ").replace(/\.\./g, ".");
}

export const dpiaRequiredText = (activity: RecordsActivity, wording: RegisterWording = en) =>
  activity.dpiaRequired === null ? wording.answers.notDecided : activity.dpiaRequired ? wording.answers.yes : wording.answers.no;
export const dpiaProgressText = (activity: RecordsActivity, wording: RegisterWording = en) => wording.labels.dpiaStatus[activity.dpiaStatus];
export const statusText = (activity: RecordsActivity, wording: RegisterWording = en) => wording.labels.status[activity.status];
