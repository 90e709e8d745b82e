/**
 * The register as a spreadsheet in the layout of the UK ICO controller
 * template: the contact block on top (Art. 30(1)(a)), then a header row and
 * one row per processing activity in ICO_CONTROLLER_COLUMNS order, so a DPO
 * can hand it to a supervisory authority as is (Art. 30(4)). A second sheet
 * holds the processor register (Art. 30(2)) when there is one.
 *
 * Written with exceljs' streaming writer: rows are committed as they are
 * added instead of the whole workbook being kept as objects.
 */
import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import { PROCESSOR_REGISTER_COLUMNS, type Register } from "./build";
import { ICO_CONTACT_FIELDS, ICO_CONTACT_PARTIES, ICO_CONTROLLER_COLUMNS } from "./ico-layout";
import { isoDate } from "./lines";

export const CONTROLLER_SHEET = "Controller register";
export const PROCESSOR_SHEET = "Processor register";

// Widths in characters: long free-text columns wider, short ones narrow.
const WIDE = new Set(["purposes", "dataCategories", "recipients", "retention", "securityMeasures", "safeguards", "categories", "rights"]);
const NARROW = new Set(["reference", "status", "dpiaRequired", "breach", "retentionAdhered", "dpiaProgress"]);
const widthOf = (key: string) => (WIDE.has(key) ? 48 : NARROW.has(key) ? 14 : 28);

const WRAP: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: "top" } };
const HEADER: Partial<ExcelJS.Style> = {
  font: { bold: true },
  alignment: { wrapText: true, vertical: "top" },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } },
  border: { bottom: { style: "thin", color: { argb: "FF64748B" } } },
};

function styleRow(row: ExcelJS.Row, style: Partial<ExcelJS.Style>) {
  row.eachCell((cell) => {
    cell.style = style;
  });
}

/** Rows above the activities' header row: title, contact header, three parties, a blank line. */
export const CONTACT_BLOCK_ROWS = 6;

function addControllerSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, register: Register) {
  const headerRow = CONTACT_BLOCK_ROWS + 1;
  const sheet = workbook.addWorksheet(CONTROLLER_SHEET, { views: [{ state: "frozen", ySplit: headerRow, xSplit: 0 }] });
  sheet.columns = ICO_CONTROLLER_COLUMNS.map((column) => ({ key: column.key, width: widthOf(column.key), style: WRAP }));

  const title = sheet.addRow([`Record of processing activities (Art. 30(1) GDPR) — ${register.organisation.legalName} — ${isoDate(register.generatedAt)}`]);
  title.font = { bold: true, size: 14 };
  title.commit();
  const contactHeader = sheet.addRow(["", ...ICO_CONTACT_FIELDS.map((field) => field.label)]);
  styleRow(contactHeader, HEADER);
  contactHeader.commit();
  for (const party of ICO_CONTACT_PARTIES) {
    const contact = register.contacts[party.key];
    const row = sheet.addRow([party.label, ...ICO_CONTACT_FIELDS.map((field) => contact[field.key])]);
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  sheet.addRow([]).commit();

  const header = sheet.addRow(ICO_CONTROLLER_COLUMNS.map((column) => column.header));
  styleRow(header, HEADER);
  header.commit();
  for (const entry of register.controller) {
    sheet.addRow(ICO_CONTROLLER_COLUMNS.map((column) => entry.row[column.key])).commit();
  }
  sheet.commit();
}

function addProcessorSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, register: Register) {
  const sheet = workbook.addWorksheet(PROCESSOR_SHEET, { views: [{ state: "frozen", ySplit: 3, xSplit: 0 }] });
  sheet.columns = PROCESSOR_REGISTER_COLUMNS.map((column) => ({ key: column.key, width: widthOf(column.key), style: WRAP }));
  const title = sheet.addRow([`Record of processing activities as a processor (Art. 30(2) GDPR) — ${register.organisation.legalName}`]);
  title.font = { bold: true, size: 14 };
  title.commit();
  sheet.addRow([]).commit();
  const header = sheet.addRow(PROCESSOR_REGISTER_COLUMNS.map((column) => column.header));
  styleRow(header, HEADER);
  header.commit();
  for (const row of register.processorRows) sheet.addRow(PROCESSOR_REGISTER_COLUMNS.map((column) => row[column.key])).commit();
  sheet.commit();
}

export async function writeRegisterXlsx(register: Register, stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = register.organisation.legalName;
  workbook.created = register.generatedAt;
  addControllerSheet(workbook, register);
  if (register.processor) addProcessorSheet(workbook, register);
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
