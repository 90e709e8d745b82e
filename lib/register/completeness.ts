/**
 * Which items of Art. 30 each activity's record still lacks: Art. 30(1)(a)–(g)
 * for the controller's record, Art. 30(2)(a)–(d) for processing on behalf of
 * a controller. Each missing item names what to add and links to the part of
 * the edit form where it is added. Beside the score, two hints the register
 * can give: a DPIA that is likely needed (Art. 35(3)) and processors whose
 * agreement is missing (Art. 28(3)).
 *
 * An empty list is complete only where "none" was recorded as the answer
 * (no recipients, no transfers, no special categories, no security measures
 * of its own): nothing recorded is a gap, never a "none". The organisation's
 * own Art. 30(1)(a) items (controller, contact, DPO, representative) and the
 * record's having any activity at all count too, so an organisation with
 * nothing recorded is not complete.
 */
import { assessTransfer } from "@/lib/activities/transfers";
import { dpaState, PROCESSOR_KINDS } from "@/lib/recipients/dpa";
import { art30Item, type Art30Register } from "./art30-items";
import { createLookup, type Lookup } from "./lines";
import type { RecordsActivity, RecordsOrganisation } from "@/lib/records/read-model";
import type { RegisterSource } from "./source";

type CompletenessItem = {
  letter: string;
  citation: string;
  label: string;
  complete: boolean;
  /** What to add, when not complete. */
  problem: string;
  /** Where it is added: the section of the edit form, or the organisation profile. */
  href: string;
};

export type DpiaReason = "special-category" | "criminal" | "automated-decision" | "systematic-monitoring";

export type ActivityCompleteness = {
  activityId: string;
  register: "controller" | "processor";
  items: CompletenessItem[];
  score: number;
  total: number;
  missing: CompletenessItem[];
  /** Art. 35(3): reasons a DPIA is likely needed, when none is recorded as required. */
  dpiaHints: DpiaReason[];
  /** Art. 28(3): processors of this activity whose agreement is recorded as missing. */
  processorsWithoutAgreement: { name: string }[];
};

// The monitoring of people is not a field of the record. These words in the
// activity's name, description or purposes suggest it; they are a hint for a
// person to check, not a finding.
const MONITORING = /\b(monitor\w*|surveil\w*|cctv|video (?:surveillance|recording)|track\w*|geolocat\w*|location data|profil\w*|behaviou?r(?:al)? analy\w*)\b/i;

const ORGANISATION_PROFILE = "/settings";

/**
 * One item of the activity's record, named and cited as ./art30-items gives
 * it; what is missing is added in the item's part of the edit form unless
 * `href` says where else (the organisation profile).
 */
function activityItem(register: Art30Register, activity: RecordsActivity, letter: string, complete: boolean, problem: string, href?: string): CompletenessItem {
  const { citation, label, formSection } = art30Item(register, letter);
  return { letter, citation, label, complete, problem: complete ? "" : problem, href: href ?? `/activities/${activity.id}/edit#${formSection}` };
}

function hasControllerContact(organisation: RecordsOrganisation) {
  return !!organisation.legalName.trim() && !!(organisation.address.trim() || organisation.email.trim() || organisation.phone.trim() || organisation.privacyContactEmail.trim());
}

function transferProblems(activity: RecordsActivity, lookup: Lookup): string[] {
  return activity.transfers
    .map((transfer) => {
      const country = transfer.countryCode ? lookup.countries.get(transfer.countryCode) ?? null : null;
      return assessTransfer({ ...transfer, country });
    })
    .filter((assessment) => assessment.level === "warning")
    .map((assessment) => assessment.message);
}

function securityComplete(activity: RecordsActivity) {
  return !!activity.securityDescription.trim() || activity.securityMeasureIds.length > 0 || activity.securityMeasuresNone;
}

const SECURITY_PROBLEM = "Describe the security measures, choose them from the catalogue, or record that there are none.";

// Art. 30(1)(e): complete with the transfers and their safeguards, or with "no transfers" recorded.
function transferItem(activity: RecordsActivity, lookup: Lookup): { complete: boolean; problem: string } {
  if (activity.transfers.length === 0) {
    return { complete: activity.transfersNone, problem: "Record the transfers to third countries, or that there are none." };
  }
  const problems = transferProblems(activity, lookup);
  return { complete: problems.length === 0, problem: problems[0] ?? "" };
}

function purposeProblem(activity: RecordsActivity): string {
  if (activity.purposes.length === 0) return "Record at least one purpose.";
  const withoutBasis = activity.purposes.findIndex((purpose) => purpose.legalBasisIds.length === 0);
  // Art. 6(1): every purpose needs its legal basis.
  return withoutBasis >= 0 ? `Choose a legal basis for purpose ${withoutBasis + 1}.` : "";
}

function controllerItems(activity: RecordsActivity, lookup: Lookup, organisation: RecordsOrganisation): CompletenessItem[] {
  const jointMissing = activity.role === "JOINT_CONTROLLER" && !activity.parties.some((party) => party.role === "JOINT_CONTROLLER");
  const missingRetention = activity.dataCategories.filter(
    (link) => !link.retention.trim() && !lookup.dataCategories.get(link.dataCategoryId)?.defaultRetention.trim(),
  );
  const transfers = transferItem(activity, lookup);
  const purpose = purposeProblem(activity);
  const item = (letter: string, complete: boolean, problem: string, href?: string) => activityItem("controller", activity, letter, complete, problem, href);
  const subjects = activity.dataSubjectCategoryIds.length > 0;
  const categories = activity.dataCategories.length > 0;
  // Art. 9(1), 10: whether special-category or criminal data is processed is an answer of its own.
  const special = activity.specialCategoriesNone || activity.dataCategories.some((link) => {
    const category = lookup.dataCategories.get(link.dataCategoryId);
    return !!category && (category.special || category.criminal);
  });
  const dataProblem = !subjects && !categories
    ? "Add the categories of data subjects and of personal data."
    : !subjects
      ? "Add the categories of data subjects."
      : !categories
        ? "Add the categories of personal data."
        : "Record whether special categories (Art. 9) or criminal offence data (Art. 10) are processed, or that there are none.";
  const recipients = activity.recipientsNone || activity.parties.some((party) => party.role === "RECIPIENT");
  return [
    hasControllerContact(organisation)
      ? item("a", !jointMissing, "Name the joint controllers (Art. 26).")
      : item("a", false, "Add the controller's address or e-mail to the organisation profile.", ORGANISATION_PROFILE),
    item("b", !purpose, purpose),
    item("c", subjects && categories && special, dataProblem),
    item("d", recipients, "Add the recipients, internal ones included, or record that there are none."),
    item("e", transfers.complete, transfers.problem),
    item(
      "f",
      categories && missingRetention.length === 0,
      categories
        ? `Add the time limit for erasure of ${missingRetention.length === 1 ? "1 data category" : `${missingRetention.length} data categories`}.`
        : "Add the data categories and their time limits for erasure.",
    ),
    item("g", securityComplete(activity), SECURITY_PROBLEM),
  ];
}

function processorItems(activity: RecordsActivity, lookup: Lookup, organisation: RecordsOrganisation): CompletenessItem[] {
  const transfers = transferItem(activity, lookup);
  const item = (letter: string, complete: boolean, problem: string, href?: string) => activityItem("processor", activity, letter, complete, problem, href);
  const hasController = activity.parties.some((party) => party.role === "CLIENT_CONTROLLER");
  return [
    hasControllerContact(organisation)
      ? item("a", hasController, "Name the controllers on whose behalf this processing is done.")
      : item("a", false, "Add the organisation's address or e-mail to the organisation profile.", ORGANISATION_PROFILE),
    item("b", activity.purposes.some((purpose) => purpose.description.trim()), "Describe what is done on behalf of the controller."),
    item("c", transfers.complete, transfers.problem),
    item("d", securityComplete(activity), SECURITY_PROBLEM),
  ];
}

/** Art. 35(3)(a)–(c): the cases in which a DPIA is required in particular. */
function dpiaHints(activity: RecordsActivity, lookup: Lookup): DpiaReason[] {
  if (activity.dpiaRequired === true) return [];
  const categories = activity.dataCategories.map((link) => lookup.dataCategories.get(link.dataCategoryId)).filter((c) => !!c);
  const reasons: DpiaReason[] = [];
  if (categories.some((category) => category.special)) reasons.push("special-category");
  if (categories.some((category) => category.criminal)) reasons.push("criminal");
  if (activity.automatedDecisionMaking) reasons.push("automated-decision");
  const text = [activity.name, activity.description, ...activity.purposes.map((purpose) => purpose.description)].join("\n");
  if (MONITORING.test(text)) reasons.push("systematic-monitoring");
  return reasons;
}

/** Art. 28(3): only an agreement recorded as missing is flagged; one in place, under review or not required is not. */
function processorsWithoutAgreement(activity: RecordsActivity, lookup: Lookup, now: Date): ActivityCompleteness["processorsWithoutAgreement"] {
  const result: ActivityCompleteness["processorsWithoutAgreement"] = [];
  for (const party of activity.parties) {
    const recipient = lookup.recipients.get(party.recipientId);
    if (party.role !== "RECIPIENT" || !recipient || !PROCESSOR_KINDS.includes(recipient.kind)) continue;
    if (dpaState(recipient, now) === "missing") result.push({ name: recipient.name });
  }
  return result.sort((a, b) => a.name.localeCompare(b.name));
}

export function activityCompleteness(activity: RecordsActivity, lookup: Lookup, organisation: RecordsOrganisation, now: Date): ActivityCompleteness {
  const processor = activity.role === "PROCESSOR";
  const items = processor ? processorItems(activity, lookup, organisation) : controllerItems(activity, lookup, organisation);
  const missing = items.filter((item) => !item.complete);
  return {
    activityId: activity.id,
    register: processor ? "processor" : "controller",
    items,
    score: items.length - missing.length,
    total: items.length,
    missing,
    dpiaHints: dpiaHints(activity, lookup),
    processorsWithoutAgreement: processorsWithoutAgreement(activity, lookup, now),
  };
}

/** Completeness of every activity in the source, by activity id. */
export function registerCompleteness(source: RegisterSource): Map<string, ActivityCompleteness> {
  const lookup = createLookup(source);
  return new Map(source.activities.map((activity) => [activity.id, activityCompleteness(activity, lookup, source.organisation, source.generatedAt)]));
}

/**
 * The organisation's own items of Art. 30(1)(a), and that the record lists
 * any processing at all. The DPO and the representative are asked for only
 * where the profile names one: whether a DPO must be designated (Art. 37(1))
 * or a representative appointed (Art. 27(1), controllers not established in
 * the Union) is not something the profile records, so it is not guessed; a
 * DPO or representative that is named needs contact details.
 */
function organisationItems(source: Pick<RegisterSource, "organisation"> & { activities: unknown[] }): CompletenessItem[] {
  const org = source.organisation;
  const filled = (...values: string[]) => values.some((value) => value.trim() !== "");
  const item = (letter: string, citation: string, label: string, complete: boolean, problem: string, href = ORGANISATION_PROFILE): CompletenessItem => ({
    letter,
    citation,
    label,
    complete,
    problem: complete ? "" : problem,
    href,
  });
  const items = [
    item("a", "Art. 30(1)(a)", "controller's name", filled(org.legalName), "Enter the organisation's legal name in the organisation profile."),
    item(
      "a",
      "Art. 30(1)(a)",
      "controller's contact details",
      filled(org.address, org.email, org.phone, org.privacyContactEmail),
      "Add the organisation's address, e-mail or telephone to the organisation profile.",
    ),
  ];
  if (filled(org.dpoName, org.dpoOrganisation, org.dpoAddress, org.dpoEmail, org.dpoPhone)) {
    // Art. 37(7): the DPO's contact details are published and communicated to the supervisory authority.
    items.push(item("a", "Art. 30(1)(a), 37(7)", "DPO's contact details", filled(org.dpoAddress, org.dpoEmail, org.dpoPhone), "Add the DPO's e-mail, address or telephone to the organisation profile."));
  }
  if (filled(org.representativeName, org.representativeAddress, org.representativeEmail, org.representativePhone)) {
    items.push(
      item(
        "a",
        "Art. 30(1)(a), 27",
        "representative's name and contact details",
        filled(org.representativeName) && filled(org.representativeAddress, org.representativeEmail, org.representativePhone),
        "Add the representative's name and their address, e-mail or telephone to the organisation profile.",
      ),
    );
  }
  items.push(item("", "Art. 30(1)", "processing activities", source.activities.length > 0, "Record the organisation's processing activities.", "/activities/new"));
  return items;
}

export type OrganisationCompleteness = {
  activities: number;
  complete: number;
  /** Items present out of items asked, the organisation's own and all activities', as a whole percentage. */
  percent: number;
  /** The organisation's own items (Art. 30(1)(a)) and whether any activity is recorded. */
  organisation: CompletenessItem[];
  /** How many activities lack each item, by register and letter, most first. */
  byLetter: { register: "controller" | "processor"; letter: string; citation: string; label: string; activities: number }[];
  dpiaHints: number;
  processorsWithoutAgreement: number;
};

/** The organisation-wide figure: retired activities are no longer processing and are left out. */
export function organisationCompleteness(source: RegisterSource): OrganisationCompleteness {
  const current = { ...source, activities: source.activities.filter((a) => a.status !== "RETIRED") };
  const results = [...registerCompleteness(current).values()];
  const own = organisationItems(current);
  const asked = own.length + results.reduce((sum, result) => sum + result.total, 0);
  const present = own.filter((item) => item.complete).length + results.reduce((sum, result) => sum + result.score, 0);
  const counts = new Map<string, OrganisationCompleteness["byLetter"][number]>();
  for (const result of results) {
    for (const item of result.missing) {
      const key = `${result.register}:${item.letter}`;
      const entry = counts.get(key) ?? { register: result.register, letter: item.letter, citation: item.citation, label: item.label, activities: 0 };
      entry.activities += 1;
      counts.set(key, entry);
    }
  }
  return {
    activities: results.length,
    complete: results.filter((result) => result.missing.length === 0).length,
    // Rounded down, so that 99.6 % never reads as a complete 100 %. There is always
    // something asked (the organisation's own items), so nothing recorded is 0 %, not 100 %.
    percent: Math.floor((present / asked) * 100),
    organisation: own,
    byLetter: [...counts.values()].sort((a, b) => b.activities - a.activities || a.citation.localeCompare(b.citation)),
    dpiaHints: results.filter((result) => result.dpiaHints.length > 0).length,
    processorsWithoutAgreement: results.filter((result) => result.processorsWithoutAgreement.length > 0).length,
  };
}
