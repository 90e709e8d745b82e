/**
 * The register as a spreadsheet a DPO can hand over (Art. 30(4)) and read,
 * filter and print: the UK ICO controller template's columns, with the
 * activity's reference and name first and one line per purpose.
 *
 * - Each purpose has its own line with its legal bases, legitimate interests
 *   and balancing test beside it (Art. 6(1), 13(1)(d)), so the pairing of
 *   purpose and basis is visible and survives sorting and filtering.
 * - The activity's other columns are repeated on each of its purpose lines
 *   (in grey after the first): a line that is sorted or filtered away from
 *   its neighbours still says everything about its activity, which a blank
 *   continuation line would not. Reference and name identify the activity on
 *   every line; the import joins consecutive lines with the same reference.
 * - A title line (organisation, export date), then the header; panes frozen
 *   below the header and right of the name; autofilter over the header;
 *   landscape A4 fit to one page wide, the header line repeated on every
 *   printed page, page numbers in the footer.
 * - Art. 30(1)(a)'s contact block has a sheet of its own after the
 *   registers, so that the register sheets are each one plain table.
 *
 * Written with exceljs' streaming writer: rows are committed as they are
 * added instead of the whole workbook being kept as objects.
 */
import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import { PROCESSOR_REGISTER_COLUMNS, type ControllerEntry, type ProcessorColumnKey, type Register } from "./build";
import { ICO_CONTACT_FIELDS, ICO_CONTACT_PARTIES, ICO_CONTROLLER_COLUMNS, type IcoColumnKey } from "./ico-layout";
import { en } from "./wording/en";
import { xmlText } from "./xml-text";

// The English sheet names; other languages name them in their wording (./wording).
export const CONTROLLER_SHEET = en.document.controllerSheet;
export const PROCESSOR_SHEET = en.document.processorSheet;
export const CONTACTS_SHEET = en.document.contactsSheet;

/** The title line above each register's header. */
const TITLE_ROWS = 1;
export const HEADER_ROW = TITLE_ROWS + 1;
export const FIRST_DATA_ROW = HEADER_ROW + 1;

// Columns that belong to one purpose rather than to the whole activity.
const PURPOSE_KEYS = ["purposes", "art6Bases", "legitimateInterests", "legitimateInterestsAssessment"] as const satisfies readonly IcoColumnKey[];
type PurposeKey = (typeof PURPOSE_KEYS)[number];
const LEADING_KEYS = ["reference", "name", ...PURPOSE_KEYS, "businessFunction", "status"] as const satisfies readonly IcoColumnKey[];

/** The controller sheet's columns: the ICO template's, with reference, name and the purpose columns first. */
export const XLSX_CONTROLLER_COLUMNS = [
  ...LEADING_KEYS.map((key) => ICO_CONTROLLER_COLUMNS.find((column) => column.key === key)!),
  ...ICO_CONTROLLER_COLUMNS.filter((column) => !(LEADING_KEYS as readonly string[]).includes(column.key)),
];

const PROCESSOR_LEADING = ["reference", "name"] as const satisfies readonly ProcessorColumnKey[];
const XLSX_PROCESSOR_COLUMNS = [
  ...PROCESSOR_LEADING.map((key) => PROCESSOR_REGISTER_COLUMNS.find((column) => column.key === key)!),
  ...PROCESSOR_REGISTER_COLUMNS.filter((column) => !(PROCESSOR_LEADING as readonly string[]).includes(column.key)),
];

// Reference and name stay in view while scrolling right.
const FROZEN_COLUMNS = 2;

// Widths in characters. Fit to one page wide, the sum of the widths sets the
// print scale: free text gets room, short answers and the template's columns
// these records never fill stay narrow (their headers wrap).
const WIDTHS: Partial<Record<string, number>> = {
  reference: 10,
  name: 24,
  purposes: 36,
  art6Bases: 26,
  legitimateInterests: 30,
  legitimateInterestsAssessment: 16,
  businessFunction: 14,
  status: 9,
  jointControllers: 20,
  dataSubjects: 18,
  dataCategories: 32,
  recipients: 32,
  processorContracts: 24,
  thirdCountries: 18,
  safeguards: 28,
  retention: 30,
  securityMeasures: 36,
  art9Conditions: 24,
  rights: 22,
  automatedDecisionMaking: 18,
  source: 22,
  consentRecord: 10,
  location: 18,
  dpiaRequired: 10,
  dpiaProgress: 12,
  dpiaLink: 12,
  breach: 8,
  breachLink: 10,
  nationalLawCondition: 18,
  retentionPolicyLink: 10,
  retentionAdhered: 10,
  retentionNonAdherence: 12,
  controller: 24,
  controllerContact: 28,
  categories: 36,
};
const widthOf = (key: string) => WIDTHS[key] ?? 20;

const GREY = "FF64748B";
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
const HEADER: Partial<ExcelJS.Style> = {
  font: { bold: true },
  alignment: WRAP,
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } },
  border: { bottom: { style: "thin", color: { argb: GREY } } },
};
// A line between activities, so the purpose lines of one read as a block.
const ACTIVITY_START: Partial<ExcelJS.Borders> = { top: { style: "thin", color: { argb: "FFCBD5E1" } } };

function styleRow(row: ExcelJS.Row, style: Partial<ExcelJS.Style>) {
  row.eachCell((cell) => {
    cell.style = style;
  });
}

/** "&" starts a code in a header or footer (ECMA-376 §18.3.1.39): a literal one is written twice. */
const headerText = (text: string) => xmlText(text).replaceAll("&", "&&");

function title(register: Register, what: string): string {
  const { document, labels } = register.wording;
  const filters = [
    register.filters.status ? document.filterStatus(labels.status[register.filters.status].toLocaleLowerCase(register.wording.language)) : "",
    register.filters.department ? document.filterDepartment(register.filters.department) : "",
  ].filter(Boolean);
  // A filtered export is not the whole register: say so where the reader looks first.
  const scope = filters.length ? ` — ${document.onlyActivitiesWith(filters)}` : "";
  // Marked texts are explained on the line above every table that may hold them.
  const legend = register.untranslatedLegend ? ` — ${register.untranslatedLegend}` : "";
  return `${what} — ${register.organisation.legalName} — ${document.exported(register.wording.cellDate(register.generatedAt))}${scope}${legend}`;
}

type Sheet = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter["addWorksheet"]>;

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, heading: string, register: Register, columns: readonly { key: string; header: string }[]): Sheet {
  const { document } = register.wording;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: FROZEN_COLUMNS, ySplit: HEADER_ROW, topLeftCell: `C${FIRST_DATA_ROW}`, activeCell: `C${FIRST_DATA_ROW}` }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L&B${headerText(heading)}&B — ${headerText(register.organisation.legalName)}&R${headerText(capitalise(document.exported(register.wording.cellDate(register.generatedAt))))}`,
      oddFooter: `&C${document.page}`,
    },
  });
  sheet.columns = columns.map((column) => ({ key: column.key, width: widthOf(column.key), style: { alignment: WRAP } }));
  const titleRow = sheet.addRow([title(register, heading)].map(xmlText));
  titleRow.getCell(1).font = { bold: true, size: 13 };
  titleRow.getCell(1).alignment = { vertical: "top" };
  titleRow.commit();
  const header = sheet.addRow(columns.map((column) => column.header).map(xmlText));
  styleRow(header, HEADER);
  header.commit();
  return sheet;
}

function finishSheet(sheet: Sheet, columns: number, lastRow: number) {
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: Math.max(lastRow, HEADER_ROW), column: columns } };
  sheet.commit();
}

function purposeValues(entry: ControllerEntry, index: number): Record<PurposeKey, string> {
  const purpose = entry.purposes[index];
  if (!purpose) return { purposes: "", art6Bases: "", legitimateInterests: "", legitimateInterestsAssessment: "" };
  return {
    purposes: purpose.description,
    art6Bases: purpose.legalBases.join("\n"),
    legitimateInterests: purpose.legitimateInterests,
    legitimateInterestsAssessment: purpose.balancingTestReference,
  };
}

function addControllerSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, register: Register) {
  const { document, icoColumns } = register.wording;
  const columns = XLSX_CONTROLLER_COLUMNS.map((column) => ({ key: column.key, header: icoColumns[column.key] }));
  const sheet = addSheet(workbook, document.controllerSheet, document.controllerHeading, register, columns);
  const perPurpose = new Set<string>(PURPOSE_KEYS);
  let last = HEADER_ROW;
  for (const entry of register.controller) {
    // An activity without a purpose yet still gets its line.
    const lines = Math.max(entry.purposes.length, 1);
    for (let index = 0; index < lines; index++) {
      const values = { ...entry.row, ...purposeValues(entry, index) };
      const row = sheet.addRow(XLSX_CONTROLLER_COLUMNS.map((column) => values[column.key]).map(xmlText));
      XLSX_CONTROLLER_COLUMNS.forEach((column, at) => {
        const cell = row.getCell(at + 1);
        if (index === 0) cell.border = ACTIVITY_START;
        else if (!perPurpose.has(column.key) && column.key !== "reference" && column.key !== "name") cell.font = { color: { argb: GREY } };
      });
      row.commit();
      last = row.number;
    }
  }
  finishSheet(sheet, XLSX_CONTROLLER_COLUMNS.length, last);
}

function addProcessorSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, register: Register) {
  const { document, processorColumns } = register.wording;
  const columns = XLSX_PROCESSOR_COLUMNS.map((column) => ({ key: column.key, header: processorColumns[column.key] }));
  const sheet = addSheet(workbook, document.processorSheet, document.processorHeading, register, columns);
  let last = HEADER_ROW;
  for (const values of register.processorRows) {
    const row = sheet.addRow(XLSX_PROCESSOR_COLUMNS.map((column) => values[column.key]).map(xmlText));
    row.commit();
    last = row.number;
  }
  finishSheet(sheet, XLSX_PROCESSOR_COLUMNS.length, last);
}

// Art. 30(1)(a) / 30(2)(a): the controller, its DPO and its representative.
function addContactsSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, register: Register) {
  const { document, contactFields, contactParties } = register.wording;
  const sheet = workbook.addWorksheet(document.contactsSheet, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: `&C${document.page}` },
  });
  sheet.columns = [{ width: 26 }, ...ICO_CONTACT_FIELDS.map((field) => ({ key: field.key, width: field.key === "address" ? 44 : 30, style: { alignment: WRAP } }))];
  const legend = register.untranslatedLegend ? ` — ${register.untranslatedLegend}` : "";
  const titleRow = sheet.addRow([`${document.contactsHeading} — ${register.organisation.legalName}${legend}`].map(xmlText));
  titleRow.getCell(1).font = { bold: true, size: 13 };
  titleRow.commit();
  const header = sheet.addRow(["", ...ICO_CONTACT_FIELDS.map((field) => contactFields[field.key])].map(xmlText));
  styleRow(header, HEADER);
  header.commit();
  for (const party of ICO_CONTACT_PARTIES) {
    const contact = register.contacts[party.key];
    const row = sheet.addRow([contactParties[party.key], ...ICO_CONTACT_FIELDS.map((field) => contact[field.key])].map(xmlText));
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  sheet.commit();
}

async function writeRegisterXlsx(register: Register, stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = xmlText(register.organisation.legalName);
  workbook.created = register.generatedAt;
  // The controller register comes first: the import reads the first sheet.
  addControllerSheet(workbook, register);
  if (register.processor) addProcessorSheet(workbook, register);
  addContactsSheet(workbook, register);
  await workbook.commit();
}

export async function renderRegisterXlsx(register: Register): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  await writeRegisterXlsx(register, stream);
  await ended;
  return Buffer.concat(chunks);
}
