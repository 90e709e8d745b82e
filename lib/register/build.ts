/**
 * The one register builder: the organisation's records → the Art. 30(1)
 * controller register and, when the organisation also processes on behalf of
 * others, the Art. 30(2) processor register. The preview, the spreadsheet,
 * the CSV and the PDF all render what this returns, so they always agree.
 * Pure: no database, no clock (the date comes with the source).
 */
import type { ActivityStatus, ProcessingRole } from "@prisma/client";
import type { Art30Register } from "./art30-items";
import type { IcoColumnKey } from "./ico-layout";
import * as lines from "./lines";
import type { Lookup } from "./lines";
import { purposeRows, type PurposeRow } from "./purpose-rows";
import type { RecordsActivity, RecordsOrganisation, RecordsRecipient } from "@/lib/records/read-model";
import type { ProcessorColumnKey } from "./processor-layout";
import type { RegisterFilters, RegisterSource } from "./source";
import { en } from "./wording/en";
import type { ControllerLetter, ProcessorLetter, RegisterWording } from "./wording/types";

export type Contact = { name: string; address: string; email: string; telephone: string };

/**
 * One labelled list inside an item. `emptyText` is what an empty list says,
 * decided here from the record (lines.emptyAnswer): every format prints it
 * as it is, so the preview, the PDF and the spreadsheets never disagree.
 */
type RegisterPart = { label: string | null; entries: string[]; emptyText: string };

/** One lettered item of Art. 30(1) or 30(2) for one activity, headed as ./art30-items gives it. */
type RegisterItem = {
  letter: string;
  citation: string;
  title: string;
  parts: RegisterPart[];
};

type EntryBase = { id: string; reference: string; name: string; status: ActivityStatus; department: string; role: ProcessingRole; items: RegisterItem[] };

/** `purposes`: each purpose with its own bases and interests, for the spreadsheet's one line per purpose. */
export type ControllerEntry = EntryBase & { row: Record<IcoColumnKey, string>; purposes: PurposeRow[] };

export { PROCESSOR_REGISTER_COLUMNS, type ProcessorColumnKey } from "./processor-layout";


export type ProcessorEntry = EntryBase & { row: Record<ProcessorColumnKey, string> };

type ProcessorGroup = {
  /** null: processor activities whose controller is not recorded yet. */
  controller: { name: string; contact: string } | null;
  activities: ProcessorEntry[];
};

export type Register = {
  organisation: { slug: string; legalName: string };
  generatedAt: Date;
  filters: RegisterFilters;
  // Art. 30(1)(a) / 30(2)(a): the same contact block heads both registers.
  contacts: { controller: Contact; dpo: Contact; representative: Contact };
  controller: ControllerEntry[];
  processor: ProcessorGroup[] | null;
  /** Rows of the processor sheet: one per controller and activity, in group order. */
  processorRows: Record<ProcessorColumnKey, string>[];
  /** The words the register is written in: every renderer takes its headings from here. */
  wording: RegisterWording;
  /**
   * The legend of the mark on texts of the records shown untranslated, in the
   * default language ("† not translated, shown in English"); null when no text
   * is marked. Every renderer prints it where a reader of the marks looks.
   */
  untranslatedLegend: string | null;
};

const join = (entries: string[]) => entries.join("\n");

function registerItem(wording: RegisterWording, register: Art30Register, letter: ControllerLetter | ProcessorLetter, parts: RegisterPart[]): RegisterItem {
  const titles: Record<string, string> = wording.art30[register];
  return { letter, citation: wording.citation(register === "controller" ? "1" : "2", letter), title: titles[letter], parts };
}

function contactBlock(organisation: RecordsOrganisation): Register["contacts"] {
  const dpoName = [organisation.dpoName, organisation.dpoOrganisation].filter((part) => part.trim()).join(", ");
  return {
    controller: { name: organisation.legalName, address: organisation.address, email: organisation.email || organisation.privacyContactEmail, telephone: organisation.phone },
    dpo: { name: dpoName, address: organisation.dpoAddress, email: organisation.dpoEmail, telephone: organisation.dpoPhone },
    representative: {
      name: organisation.representativeName,
      address: organisation.representativeAddress,
      email: organisation.representativeEmail,
      telephone: organisation.representativePhone,
    },
  };
}

function controllerItems(activity: RecordsActivity, lookup: Lookup, organisation: RecordsOrganisation): RegisterItem[] {
  const { wording } = lookup;
  const item = (letter: ControllerLetter, parts: RegisterPart[]) => registerItem(wording, "controller", letter, parts);
  const none = lines.noneAnswers(activity);
  const part = (label: string | null, entries: string[], noneRecorded = false): RegisterPart => ({ label, entries, emptyText: lines.emptyAnswer(noneRecorded, wording) });
  const labels = wording.parts;
  return [
    item("a", [
      part(labels.controller, organisation.legalName.trim() ? [organisation.legalName] : []),
      // Only an activity recorded as jointly controlled (Art. 26) has any to name.
      part(labels.jointControllers, lines.jointControllerLines(activity, lookup), activity.role !== "JOINT_CONTROLLER"),
    ]),
    item("b", [part(null, lines.purposeLines(activity, lookup))]),
    item("c", [
      part(labels.dataSubjects, lines.dataSubjectLines(activity, lookup)),
      part(labels.personalData, lines.dataCategoryLines(activity, lookup, true)),
      part(labels.specialCategories, lines.specialCategoryLines(activity, lookup), none.specialCategories),
    ]),
    item("d", [part(null, lines.recipientLines(activity, lookup), none.recipients)]),
    item("e", [part(null, lines.safeguardLines(activity, lookup), none.transfers)]),
    item("f", [part(null, lines.retentionLines(activity, lookup))]),
    item("g", [part(null, lines.securityLines(activity, lookup), none.securityMeasures)]),
  ];
}

function icoRow(activity: RecordsActivity, lookup: Lookup): Record<IcoColumnKey, string> {
  const none = lines.noneAnswers(activity);
  const { wording } = lookup;
  // The Art. 30 items say "None" or "Not recorded" when empty, as the other formats do;
  // the template's optional columns ("if applicable") stay blank when they do not apply.
  const cell = (entries: string[], noneRecorded: boolean) => lines.answerCell(entries, noneRecorded, wording);
  return {
    businessFunction: activity.department,
    purposes: cell(activity.purposes.map((purpose) => purpose.description), false),
    jointControllers: cell(lines.jointControllerLines(activity, lookup), activity.role !== "JOINT_CONTROLLER"),
    dataSubjects: cell(lines.dataSubjectLines(activity, lookup), false),
    dataCategories: cell(lines.dataCategoryLines(activity, lookup), false),
    recipients: cell(lines.recipientLines(activity, lookup), none.recipients),
    processorContracts: join(lines.processorContractLines(activity, lookup)),
    thirdCountries: cell(lines.thirdCountryLines(activity, lookup), none.transfers),
    safeguards: cell(lines.safeguardLines(activity, lookup), none.transfers),
    retention: cell(lines.retentionLines(activity, lookup), false),
    securityMeasures: cell(lines.securityLines(activity, lookup), none.securityMeasures),
    art6Bases: cell(lines.art6Lines(activity, lookup), false),
    art9Conditions: cell(lines.art9Lines(activity, lookup), none.specialCategories),
    legitimateInterests: join(lines.legitimateInterestLines(activity)),
    legitimateInterestsAssessment: join(lines.balancingTestLines(activity)),
    rights: join(lines.rightsLines(activity, lookup)),
    automatedDecisionMaking: lines.automatedDecisionText(activity, wording),
    source: lines.sourceText(activity, wording),
    // Not kept in these records: left empty rather than guessed.
    consentRecord: "",
    location: activity.storageLocation,
    dpiaRequired: lines.dpiaRequiredText(activity, wording),
    dpiaProgress: lines.dpiaProgressText(activity, wording),
    dpiaLink: activity.dpiaReference,
    breach: "",
    breachLink: "",
    nationalLawCondition: join(lines.nationalLawLines(activity, lookup)),
    retentionPolicyLink: "",
    retentionAdhered: "",
    retentionNonAdherence: "",
    reference: activity.reference,
    name: activity.name,
    status: lines.statusText(activity, wording),
  };
}

function processorItems(activity: RecordsActivity, lookup: Lookup, organisation: RecordsOrganisation): RegisterItem[] {
  const { wording } = lookup;
  const item = (letter: ProcessorLetter, parts: RegisterPart[]) => registerItem(wording, "processor", letter, parts);
  const none = lines.noneAnswers(activity);
  const part = (label: string | null, entries: string[], noneRecorded = false): RegisterPart => ({ label, entries, emptyText: lines.emptyAnswer(noneRecorded, wording) });
  const controllers = lines.clientControllers(activity, lookup).map((recipient) => {
    const contact = lines.contactDetails(recipient);
    return contact ? `${recipient.name} (${contact})` : recipient.name;
  });
  return [
    item("a", [
      part(wording.parts.processor, organisation.legalName.trim() ? [organisation.legalName] : []),
      part(wording.parts.controllers, controllers),
    ]),
    item("b", [part(null, categoriesOfProcessing(activity))]),
    item("c", [part(null, lines.safeguardLines(activity, lookup), none.transfers)]),
    item("d", [part(null, lines.securityLines(activity, lookup), none.securityMeasures)]),
  ];
}

// Art. 30(2)(b): what is done for the controller, which the purposes describe.
function categoriesOfProcessing(activity: RecordsActivity): string[] {
  const purposes = activity.purposes.map((purpose) => purpose.description.trim()).filter(Boolean);
  return purposes.length ? purposes : activity.description.trim() ? [activity.description.trim()] : [];
}

function processorRow(activity: RecordsActivity, lookup: Lookup, controller: RecordsRecipient | null): Record<ProcessorColumnKey, string> {
  const { wording } = lookup;
  return {
    controller: controller?.name ?? "",
    controllerContact: controller ? lines.contactDetails(controller) : "",
    reference: activity.reference,
    name: activity.name,
    categories: lines.answerCell(categoriesOfProcessing(activity), false, wording),
    thirdCountries: lines.answerCell(lines.thirdCountryLines(activity, lookup), activity.transfersNone, wording),
    safeguards: lines.answerCell(lines.safeguardLines(activity, lookup), activity.transfersNone, wording),
    securityMeasures: lines.answerCell(lines.securityLines(activity, lookup), activity.securityMeasuresNone, wording),
    status: lines.statusText(activity, wording),
  };
}

function buildProcessorRegister(activities: RecordsActivity[], lookup: Lookup, organisation: RecordsOrganisation) {
  const groups = new Map<string, ProcessorGroup & { recipient: RecordsRecipient | null }>();
  const rows: Record<ProcessorColumnKey, string>[] = [];
  for (const activity of activities) {
    const controllers = lines.clientControllers(activity, lookup);
    const entry = (controller: RecordsRecipient | null): ProcessorEntry => ({
      ...entryBase(activity),
      items: processorItems(activity, lookup, organisation),
      row: processorRow(activity, lookup, controller),
    });
    for (const controller of controllers.length ? controllers : [null]) {
      const key = controller?.id ?? "";
      if (!groups.has(key)) {
        groups.set(key, {
          recipient: controller,
          controller: controller ? { name: controller.name, contact: lines.contactDetails(controller) } : null,
          activities: [],
        });
      }
      groups.get(key)!.activities.push(entry(controller));
    }
  }
  // Controllers by name; activities without a recorded controller last.
  const ordered = [...groups.values()].sort((a, b) => (a.controller ? (b.controller ? a.controller.name.localeCompare(b.controller.name) : -1) : 1));
  for (const group of ordered) rows.push(...group.activities.map((activity) => activity.row));
  return { groups: ordered.map(({ controller, activities }) => ({ controller, activities })), rows };
}

function entryBase(activity: RecordsActivity) {
  const { id, reference, name, status, department, role } = activity;
  return { id, reference, name, status, department, role };
}

/** The register in the given words (English unless an export chose another language; the records come already localised). */
export function buildRegister(source: RegisterSource, wording: RegisterWording = en, untranslatedLegend: string | null = null): Register {
  const lookup = lines.createLookup(source, wording);
  const { organisation } = source;
  // Art. 30(1) is the controller's record: processing as a processor goes into the Art. 30(2) record.
  const controllerActivities = source.activities.filter((activity) => activity.role !== "PROCESSOR");
  const processorActivities = source.activities.filter((activity) => activity.role === "PROCESSOR");
  const processor = processorActivities.length ? buildProcessorRegister(processorActivities, lookup, organisation) : null;
  return {
    organisation: { slug: organisation.slug, legalName: organisation.legalName },
    generatedAt: source.generatedAt,
    filters: source.filters,
    contacts: contactBlock(organisation),
    controller: controllerActivities.map((activity) => ({
      ...entryBase(activity),
      items: controllerItems(activity, lookup, organisation),
      row: icoRow(activity, lookup),
      purposes: purposeRows(activity, lookup),
    })),
    processor: processor?.groups ?? null,
    processorRows: processor?.rows ?? [],
    wording,
    untranslatedLegend,
  };
}

/**
 * The download's file name: organisation slug and date, e.g. open-xchange-register-2026-11-27.xlsx;
 * qualifiers (a layout, a language other than the default) follow the date: …-register-2026-11-27-cnil-fr.xlsx.
 */
export function registerFileName(register: Pick<Register, "organisation" | "generatedAt">, extension: string, qualifiers: string[] = []): string {
  return [`${register.organisation.slug}-register-${lines.isoDate(register.generatedAt)}`, ...qualifiers].join("-") + `.${extension}`;
}
