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
 *
 * Formula injection (OWASP "CSV Injection"): a spreadsheet opening the file
 * runs a cell that starts with =, +, -, @, a tab or a carriage return as a
 * formula, so a record's text could fetch or compute things on the DPO's
 * machine. Such a value is written with a leading single quote, as OWASP
 * recommends, which makes the spreadsheet show it as text. To keep the round
 * trip through our own importer exact, a value that already starts with
 * quotes followed by one of those characters gets one more quote, and the
 * importer removes exactly one (`unneutraliseFormula`): only ever the quote
 * the exporter added. A value that merely starts with a quote ("'90s") is
 * written as it is and read back as it is.
 */
import type { Register } from "./build";
import { ICO_CONTROLLER_COLUMNS } from "./ico-layout";

const BOM = "\uFEFF";
const NEEDS_QUOTES = /[",\r\n]/;
// The characters OWASP lists as starting a formula, behind any quotes an earlier escape left.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA_START = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of `neutraliseFormula`: removes the one quote it added, nothing else. */
export function unneutraliseFormula(value: string): string {
  return ESCAPED_FORMULA_START.test(value) ? value.slice(1) : value;
}

export function csvField(value: string): string {
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(values: string[]): string {
  return values.map(csvField).join(",");
}

export function renderRegisterCsv(register: Register): string {
  const lines = [csvLine(ICO_CONTROLLER_COLUMNS.map((column) => register.wording.icoColumns[column.key]))];
  for (const entry of register.controller) lines.push(csvLine(ICO_CONTROLLER_COLUMNS.map((column) => entry.row[column.key])));
  return BOM + lines.join("\r\n") + "\r\n";
}
