/**
 * Reading an uploaded file into something the preview can check: a table of
 * text cells (XLSX, CSV) or a JSON document. Every failure is a message that
 * tells the user what to do; nothing here touches the database.
 */
import ExcelJS from "exceljs";
import { MAX_ROWS, MAX_UPLOAD_BYTES } from "./limits";

export type ParsedUpload =
  | { ok: true; format: "xlsx" | "csv"; table: string[][] }
  | { ok: true; format: "json"; document: unknown }
  | { ok: false; error: string };

const fail = (error: string) => ({ ok: false, error }) as const;
const TOO_MANY_ROWS = `The file has more than ${MAX_ROWS.toLocaleString("en")} rows. Split it into smaller files and import them one after the other.`;

export function formatOf(fileName: string): "xlsx" | "csv" | "json" | null {
  const extension = fileName.toLowerCase().split(".").pop();
  return extension === "xlsx" || extension === "csv" || extension === "json" ? extension : null;
}

/** RFC 4180 CSV, with the separator Excel chose (comma or semicolon) detected from the first line. */
export function parseCsv(text: string): string[][] | "too-many-rows" {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === "") quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      if (rows.length > MAX_ROWS + 50) return "too-many-rows";
      row = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("error" in value) return "";
    return "";
  }
  return String(value);
}

async function parseXlsx(bytes: Buffer): Promise<string[][] | string> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return "This file could not be read as an Excel workbook (.xlsx). Save it from Excel as “Excel Workbook (.xlsx)”, or export it as CSV.";
  }
  // The first sheet holds the controller register; a processor register, if any, follows on a second sheet.
  const sheet = workbook.worksheets[0];
  if (!sheet) return "The workbook has no sheets.";
  if (sheet.rowCount > MAX_ROWS + 50) return TOO_MANY_ROWS;
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    table[rowNumber - 1] = Array.from(cells, (cell) => cell ?? "");
  });
  return Array.from(table, (row) => row ?? []);
}

const isBlank = (row: string[]) => row.every((cell) => cell.trim() === "");

/** Reads the file; the size and type are checked before anything is parsed. */
export async function parseUpload(fileName: string, bytes: Buffer): Promise<ParsedUpload> {
  if (bytes.length === 0) return fail("The file is empty. Choose the file that holds your register.");
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return fail(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Split the register into smaller files, or remove embedded images.`);
  }
  const format = formatOf(fileName);
  if (!format) return fail("Choose an Excel workbook (.xlsx), a CSV file (.csv) or a register exported from this application (.json).");

  if (format === "json") {
    try {
      return { ok: true, format, document: JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, "")) };
    } catch {
      return fail("The file is not valid JSON. Choose a register exported from this application as JSON.");
    }
  }

  let table: string[][];
  if (format === "csv") {
    if (bytes.subarray(0, 4).toString("latin1").startsWith("PK")) return fail("This is an Excel workbook with a .csv name. Rename it to .xlsx, or save it as CSV from Excel.");
    const parsed = parseCsv(bytes.toString("utf8"));
    if (parsed === "too-many-rows") return fail(TOO_MANY_ROWS);
    table = parsed;
  } else {
    const parsed = await parseXlsx(bytes);
    if (typeof parsed === "string") return fail(parsed);
    table = parsed;
  }
  const trimmed = table.map((row) => row.map((cell) => cell.trim()));
  while (trimmed.length && isBlank(trimmed[trimmed.length - 1])) trimmed.pop();
  if (trimmed.length === 0) return fail("The file has no rows. Choose the file that holds your register.");
  if (trimmed.length > MAX_ROWS + 50) return fail(TOO_MANY_ROWS);
  return { ok: true, format, table: trimmed };
}
