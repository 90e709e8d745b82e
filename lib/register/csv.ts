/**
 * The controller register (Art. 30(1)) as CSV, RFC 4180: CRLF line ends,
 * fields with a comma, quote or line break quoted, quotes doubled.
 *
 * UTF-8 with a byte order mark: without it Excel reads the file in the
 * system's legacy code page and "Köln" arrives as "KÃ¶ln".
 *
 * One header row, then one row per activity, in the ICO column order. The
 * contact block is left out: a CSV is read as one table (Excel's filters,
 * sorting, "Format as table", other tools' imports), and leading rows of a
 * different shape would break that. The contact block is in the XLSX, the
 * PDF and the JSON; the processor register (Art. 30(2)) likewise.
 */
import type { Register } from "./build";
import { ICO_CONTROLLER_COLUMNS } from "./ico-layout";

const BOM = "\uFEFF";
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(values: string[]): string {
  return values.map(csvField).join(",");
}

export function renderRegisterCsv(register: Register): string {
  const lines = [csvLine(ICO_CONTROLLER_COLUMNS.map((column) => column.header))];
  for (const entry of register.controller) lines.push(csvLine(ICO_CONTROLLER_COLUMNS.map((column) => entry.row[column.key])));
  return BOM + lines.join("\r\n") + "\r\n";
}
