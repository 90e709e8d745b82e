/**
 * The register in the layout of the CNIL's model register (./cnil-layout.ts):
 * an overview sheet with one line per processing activity, then one "fiche"
 * per activity with the model's sections, label beside value. The values are
 * the register's own lines (./lines.ts), so they say what the ICO layout, the
 * PDF and the preview say, in the export's language. Art. 30(1) only: the
 * CNIL's model is the controller's record; the processor's record
 * (Art. 30(2)) is in the other layouts.
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { RecordsActivity } from "@/lib/records/read-model";
import type { Contact, Register } from "./build";
import { CNIL_COLUMNS, CNIL_FICHE_SECTIONS, type CnilColumnKey } from "./cnil-layout";
import * as lines from "./lines";
import type { Lookup } from "./lines";
import type { RegisterSource } from "./source";
import { xmlText } from "./xml-text";

export const CNIL_HEADER_ROW = 2;
export const CNIL_FIRST_DATA_ROW = CNIL_HEADER_ROW + 1;

const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
const HEADER: Partial<ExcelJS.Style> = {
  font: { bold: true },
  alignment: WRAP,
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } },
};
const WIDTHS: Partial<Record<CnilColumnKey, number>> = { reference: 10, name: 26, createdAt: 12, updatedAt: 12, status: 10 };

const contactText = (contact: Contact) => [contact.name, lines.contactDetails({ address: contact.address, email: contact.email, phone: contact.telephone })].filter((part) => part.trim()).join(", ");

/** One activity's values under the CNIL model's columns. */
export function cnilRow(activity: RecordsActivity, lookup: Lookup, contacts: Register["contacts"]): Record<CnilColumnKey, string> {
  const { wording } = lookup;
  const none = lines.noneAnswers(activity);
  const cell = (entries: string[], noneRecorded: boolean) => lines.answerCell(entries, noneRecorded, wording);
  const contact = (party: Contact, noneRecorded = false) => contactText(party) || lines.emptyAnswer(noneRecorded, wording);
  return {
    reference: activity.reference,
    name: activity.name,
    createdAt: wording.cellDate(activity.createdAt),
    updatedAt: wording.cellDate(activity.updatedAt),
    description: activity.description,
    controller: contact(contacts.controller),
    dpo: contact(contacts.dpo),
    representative: contactText(contacts.representative),
    jointControllers: cell(lines.jointControllerLines(activity, lookup), activity.role !== "JOINT_CONTROLLER"),
    purposes: cell(lines.purposeLines(activity, lookup), false),
    dataSubjects: cell(lines.dataSubjectLines(activity, lookup), false),
    dataCategories: cell(lines.dataCategoryLines(activity, lookup), false),
    sensitiveData: cell(lines.specialCategoryLines(activity, lookup), none.specialCategories),
    recipients: cell(lines.recipientLines(activity, lookup), none.recipients),
    transfers: cell(lines.safeguardLines(activity, lookup), none.transfers),
    retention: cell(lines.retentionLines(activity, lookup), false),
    securityMeasures: cell(lines.securityLines(activity, lookup), none.securityMeasures),
    status: lines.statusText(activity, wording),
  };
}

// A sheet name: at most 31 characters, none of : \ / ? * [ ], not starting or
// ending with an apostrophe (Excel refuses those), unique in the workbook
// (ECMA-376 §18.2.19).
function sheetName(wanted: string, taken: Set<string>): string {
  const base = xmlText(wanted).replace(/[:\\/?*[\]]/g, "-").slice(0, 31).trim().replace(/^'+|'+$/g, "").trim() || "-";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function renderRegisterCnilXlsx(source: RegisterSource, register: Register): Promise<Buffer> {
  const { wording } = register;
  const lookup = lines.createLookup(source, wording);
  const activities = source.activities.filter((activity) => activity.role !== "PROCESSOR");
  const rows = activities.map((activity) => cnilRow(activity, lookup, register.contacts));

  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = xmlText(register.organisation.legalName);
  workbook.created = register.generatedAt;
  const taken = new Set<string>();
  const legend = register.untranslatedLegend ? ` — ${register.untranslatedLegend}` : "";

  const overview = workbook.addWorksheet(sheetName(wording.cnilFiche.overview, taken), {
    views: [{ state: "frozen", xSplit: 2, ySplit: CNIL_HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${CNIL_HEADER_ROW}:${CNIL_HEADER_ROW}` },
    headerFooter: { oddFooter: `&C${wording.document.page}` },
  });
  overview.columns = CNIL_COLUMNS.map((key) => ({ key, width: WIDTHS[key] ?? 30, style: { alignment: WRAP } }));
  const title = overview.addRow([`${wording.document.title} — ${register.organisation.legalName} — ${wording.document.exported(wording.cellDate(register.generatedAt))}${legend}`].map(xmlText));
  title.getCell(1).font = { bold: true, size: 13 };
  title.commit();
  const header = overview.addRow(CNIL_COLUMNS.map((key) => wording.cnilColumns[key]).map(xmlText));
  header.eachCell((cell) => (cell.style = HEADER));
  header.commit();
  for (const values of rows) overview.addRow(CNIL_COLUMNS.map((key) => values[key]).map(xmlText)).commit();
  overview.autoFilter = { from: { row: CNIL_HEADER_ROW, column: 1 }, to: { row: CNIL_HEADER_ROW + rows.length, column: CNIL_COLUMNS.length } };
  overview.commit();

  // One fiche per activity, its sections in the model's order.
  for (const values of rows) {
    const fiche = workbook.addWorksheet(sheetName(`${wording.cnilFiche.fiche} ${values.reference}`, taken), {
      pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      headerFooter: { oddFooter: `&C${wording.document.page}` },
    });
    fiche.columns = [{ width: 34, style: { alignment: WRAP } }, { width: 80, style: { alignment: WRAP } }];
    const heading = fiche.addRow([`${wording.cnilFiche.fiche} — ${values.reference} — ${values.name}${legend}`].map(xmlText));
    heading.getCell(1).font = { bold: true, size: 13 };
    heading.commit();
    for (const section of CNIL_FICHE_SECTIONS) {
      const sectionRow = fiche.addRow([wording.cnilFiche[section.key], ""].map(xmlText));
      sectionRow.eachCell((cell) => (cell.style = HEADER));
      sectionRow.commit();
      for (const key of section.columns) {
        const row = fiche.addRow([wording.cnilColumns[key], values[key]].map(xmlText));
        row.getCell(1).font = { bold: true };
        row.commit();
      }
    }
    fiche.commit();
  }
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
