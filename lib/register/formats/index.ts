/**
 * The register's download formats, in the order the register page offers
 * them (the first is the main download). Adding a format: one file in this
 * folder, one entry here.
 */
import { csvFormat } from "./csv";
import type { RegisterExportFormat } from "./format";
import { jsonFormat } from "./json";
import { pdfFormat } from "./pdf";
import { xlsxFormat } from "./xlsx";
import { xlsxCnilFormat } from "./xlsx-cnil";

export type { RegisterExportFormat } from "./format";

export const registerExportFormats: readonly RegisterExportFormat[] = [xlsxFormat, xlsxCnilFormat, pdfFormat, csvFormat, jsonFormat];

/** The format of /register/export/<id>, or undefined for an unknown one. */
export function findExportFormat(id: string): RegisterExportFormat | undefined {
  return registerExportFormats.find((format) => format.id === id);
}
