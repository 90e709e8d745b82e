/**
 * Reading an uploaded file into something the preview can check: a table of
 * text cells (XLSX, CSV) or a JSON document. Every failure is a message that
 * tells the user what to do; nothing here touches the database.
 *
 * Spreadsheets are read as streams (csv-parse; for XLSX the archive's parts
 * through yauzl, each read by exceljs' streaming part readers) and
 * counted row by row: a file over the limits of rows, cells or text is
 * refused as soon as it passes them, before a table of it exists in memory.
 * Loading a whole workbook into exceljs' object model first took gigabytes
 * for a 10 MB file of a few million cells.
 */
import { Readable } from "node:stream";
import { parse as csvParser, CsvError } from "csv-parse";
import ExcelJS from "exceljs";
import yauzl from "yauzl";
import { unneutraliseFormula } from "../register/csv";
import { MAX_CELLS, MAX_ROWS, MAX_TEXT_CHARACTERS, MAX_UPLOAD_BYTES } from "./limits";
import { message } from "@/lib/i18n/message";

export type ParsedUpload =
  | { ok: true; format: "xlsx" | "csv"; table: string[][] }
  | { ok: true; format: "json"; document: unknown }
  | { ok: false; error: string };

const fail = (error: string) => ({ ok: false, error }) as const;
const TOO_MANY_ROWS = message("registerImport.errors.tooManyRows", { max: MAX_ROWS });
const TOO_MANY_CELLS = message("registerImport.errors.tooManyCells", { max: MAX_CELLS });
const TOO_MUCH_TEXT = message("registerImport.errors.tooMuchText", { millions: MAX_TEXT_CHARACTERS / 1_000_000 });
const NOT_A_WORKBOOK = message("registerImport.errors.notAWorkbook");

function formatOf(fileName: string): "xlsx" | "csv" | "json" | null {
  const extension = fileName.toLowerCase().split(".").pop();
  return extension === "xlsx" || extension === "csv" || extension === "json" ? extension : null;
}

/** Collects rows while counting them against the limits; `add` answers a refusal once one is passed. */
class TableBuilder {
  private readonly rows: string[][] = [];
  private cells = 0;
  private characters = 0;

  constructor(private readonly clean: (cell: string) => string = (cell) => cell) {}

  add(index: number, cells: ArrayLike<string | undefined>): string | null {
    const row = Array.from(cells, (cell) => this.clean((cell ?? "").trim()));
    while (row.length && row[row.length - 1] === "") row.pop();
    // Blank rows below the register (formatting a spreadsheet carries along) are not rows of it.
    if (row.length === 0) return null;
    if (index >= MAX_ROWS + 50) return TOO_MANY_ROWS;
    this.cells += row.length;
    if (this.cells > MAX_CELLS) return TOO_MANY_CELLS;
    for (const cell of row) this.characters += cell.length;
    if (this.characters > MAX_TEXT_CHARACTERS) return TOO_MUCH_TEXT;
    this.rows[index] = row;
    return null;
  }

  table(): string[][] {
    return Array.from(this.rows, (row) => row ?? []);
  }
}

function* chunksOf(bytes: Buffer, size = 64 * 1024) {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

/** The separator Excel chose (comma or semicolon, by locale), told by the first line. */
function separatorOf(bytes: Buffer): "," | ";" {
  const end = bytes.indexOf(0x0a);
  const firstLine = bytes.subarray(0, end === -1 ? bytes.length : end).toString("utf8");
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
}

// The parser's codes we explain; any other is "not valid CSV".
const CSV_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "quoteNotClosed",
  CSV_INVALID_CLOSING_QUOTE: "textAfterQuote",
};

/**
 * RFC 4180 CSV, with the separator detected from the first line. A cell that
 * our export protected against formula injection gets its added quote
 * removed (see lib/register/csv.ts), so export → import gives the same text.
 */
export async function readCsv(bytes: Buffer): Promise<string[][] | string> {
  const builder = new TableBuilder(unneutraliseFormula);
  const parser = csvParser({ bom: true, delimiter: separatorOf(bytes), relax_quotes: true, relax_column_count: true });
  const records = Readable.from(chunksOf(bytes)).pipe(parser);
  let index = 0;
  try {
    for await (const record of records as AsyncIterable<string[]>) {
      const refusal = builder.add(index++, record);
      if (refusal) {
        records.destroy();
        return refusal;
      }
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    return message("registerImport.errors.csvUnreadable", { line: line ?? 0, problem: CSV_PROBLEMS[error.code] ?? "other" });
  }
  return builder.table();
}

function cellText(value: ExcelJS.CellValue | { sharedString: number }, sharedStrings: string[]): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("sharedString" in value) return sharedStrings[value.sharedString] ?? "";
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue, sharedStrings);
    return "";
  }
  return String(value);
}

// A read that makes no progress for this long is given up (a damaged entry
// whose inflation never settles): long enough that a busy server, whose timers
// fire late, does not refuse a sound file.
const STALL_MS = 10_000;

class Stalled extends Error {}

/**
 * Progress of one read: every event from a part of the workbook counts. One
 * timer for the read; each awaited step can be failed by it (a race against
 * one long-lived promise would keep a reaction, and with it each row, for
 * every step).
 */
function watchdog() {
  let last = Date.now();
  let failStep: ((error: Error) => void) | null = null;
  const timer = setInterval(() => {
    if (failStep && Date.now() - last > STALL_MS) failStep(new Stalled());
  }, 250);
  return {
    stop: () => clearInterval(timer),
    async *watch<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
      const iterator = source[Symbol.asyncIterator]();
      while (true) {
        const step = await new Promise<IteratorResult<T>>((resolve, reject) => {
          failStep = reject;
          iterator.next().then(resolve, reject);
        });
        failStep = null;
        if (step.done) return;
        last = Date.now();
        yield step.value;
      }
    },
    /** One awaited piece of work, under the same timer. */
    async step<T>(work: Promise<T>): Promise<T> {
      for await (const result of this.watch((async function* () {
        yield await work;
      })())) return result;
      throw new Stalled();
    },
  };
}

type RichText = { richText: { text: string }[] };
type SharedString = { index: number; text: string | RichText | null };
type SheetEvent = { eventType: "worksheet"; value: ExcelJS.stream.xlsx.WorksheetReader };

/**
 * The parts of exceljs' streaming reader that read one part of the archive
 * each (exceljs 4.4.0, pinned). Its own parse() takes the archive's entries in
 * the order they are stored, from one pass over the file, and on Node 18 and
 * later it sometimes loses an entry (exceljs issue 3064: a sound workbook
 * then reads as damaged), and it parks sheets in temporary files whose
 * streams fail after their removal. Here the parts are taken by name from the
 * archive's central directory, in the order they depend on one another.
 */
type PartReaders = {
  model?: { sheets?: { name: string; id: number; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncIterable<SharedString>;
  _parseWorksheet(stream: Readable, sheetNo: string): Iterable<SheetEvent>;
};

/** Where the workbook's first sheet is stored: the first in its own order, not in the archive's. */
function firstSheetPart(parts: PartReaders, names: string[]): { path: string; sheetNo: string } | null {
  const sheetPath = /^xl\/worksheets\/sheet(\d+)\.xml$/;
  const first = parts.model?.sheets?.[0];
  const target = first && parts.workbookRels?.find((rel) => rel.Id === first.rId)?.Target;
  const path = target ? (target.startsWith("/") ? target.slice(1) : `xl/${target}`) : undefined;
  const match = path?.match(sheetPath);
  if (path && match && names.includes(path)) return { path, sheetNo: match[1] };
  // No usable workbook part: the sheet numbered lowest.
  const numbered = names.flatMap((name) => {
    const found = name.match(sheetPath);
    return found ? [{ path: name, sheetNo: found[1] }] : [];
  });
  numbered.sort((a, b) => Number(a.sheetNo) - Number(b.sheetNo));
  return numbered[0] ?? null;
}

/**
 * The first sheet of the workbook (it holds the controller register; a
 * processor register, if any, follows on a second sheet), read row by row.
 * Shared strings are collected here rather than by exceljs, so that their
 * number and length count against the limits too.
 */
async function readXlsx(bytes: Buffer): Promise<string[][] | string> {
  if (bytes.subarray(0, 4).toString("latin1") !== "PK\x03\x04") return NOT_A_WORKBOOK;
  const progress = watchdog();
  let archive: yauzl.ZipFile | null = null;
  try {
    // validateEntrySizes: an entry that inflates beyond the size it declares is an error, not more data.
    archive = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
    const entries = new Map<string, yauzl.Entry>();
    for await (const entry of archive.eachEntry()) {
      if (!entry.fileName.endsWith("/")) entries.set(entry.fileName, entry);
    }
    const zip = archive;
    const open = (name: string) => {
      const entry = entries.get(name);
      return entry ? progress.step(zip.openReadStreamPromise(entry)) : null;
    };

    const parts = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
      sharedStrings: "emit",
      worksheets: "emit",
      // Styles tell dates from numbers.
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore",
    }) as unknown as PartReaders;

    const rels = await open("xl/_rels/workbook.xml.rels");
    if (rels) await progress.step(parts._parseRels(rels));
    const workbook = await open("xl/workbook.xml");
    if (workbook) await progress.step(parts._parseWorkbook(workbook));
    const styles = await open("xl/styles.xml");
    if (styles) await progress.step(parts._parseStyles(styles));

    const sharedStrings: string[] = [];
    const strings = await open("xl/sharedStrings.xml");
    if (strings) {
      let sharedCharacters = 0;
      for await (const { text } of progress.watch(parts._parseSharedStrings(strings))) {
        const plain = text === null ? "" : typeof text === "string" ? text : text.richText.map((part) => part.text).join("");
        sharedCharacters += plain.length;
        if (sharedStrings.push(plain) > MAX_CELLS || sharedCharacters > MAX_TEXT_CHARACTERS) {
          strings.destroy();
          return sharedStrings.length > MAX_CELLS ? TOO_MANY_CELLS : TOO_MUCH_TEXT;
        }
      }
    }

    const first = firstSheetPart(parts, [...entries.keys()]);
    const sheetStream = first && (await open(first.path));
    if (!first || !sheetStream) return message("registerImport.errors.noSheets");
    const [sheet] = parts._parseWorksheet(sheetStream, first.sheetNo);
    const builder = new TableBuilder();
    for await (const row of progress.watch(sheet.value)) {
      const cells: string[] = [];
      row.eachCell((cell, column) => {
        cells[column - 1] = cellText(cell.value, sharedStrings);
      });
      const refused = builder.add(row.number - 1, cells);
      if (refused) {
        sheetStream.destroy();
        return refused;
      }
    }
    return builder.table();
  } catch {
    return NOT_A_WORKBOOK;
  } finally {
    progress.stop();
    archive?.close();
  }
}

const isBlank = (row: string[]) => row.every((cell) => cell === "");

/** Reads the file; the size and type are checked before anything is parsed. */
export async function parseUpload(fileName: string, bytes: Buffer): Promise<ParsedUpload> {
  if (bytes.length === 0) return fail(message("registerImport.errors.emptyFile"));
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return fail(message("registerImport.errors.tooLargeImages", { megabytes: MAX_UPLOAD_BYTES / 1024 / 1024 }));
  }
  const format = formatOf(fileName);
  if (!format) return fail(message("registerImport.errors.wrongFormat"));

  if (format === "json") {
    try {
      return { ok: true, format, document: JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, "")) };
    } catch {
      return fail(message("registerImport.errors.invalidJson"));
    }
  }

  if (format === "csv" && bytes.subarray(0, 4).toString("latin1").startsWith("PK")) return fail(message("registerImport.errors.workbookNamedCsv"));
  const table = format === "csv" ? await readCsv(bytes) : await readXlsx(bytes);
  if (typeof table === "string") return fail(table);
  while (table.length && isBlank(table[table.length - 1])) table.pop();
  if (table.length === 0) return fail(message("registerImport.errors.noRows"));
  return { ok: true, format, table };
}
