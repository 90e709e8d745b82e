import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { findHeaderRow, suggestMapping } from "./map";
import { parseUpload, readCsv } from "./parse";
import { MAX_ROWS, MAX_UPLOAD_BYTES } from "./limits";
import { buildRegister } from "../register/build";
import { renderRegisterCsv } from "../register/csv";
import { ICO_CONTROLLER_COLUMNS } from "../register/ico-layout";
import { testActivity, testSource } from "../../test/fixtures/test-source";
import { renderRegisterXlsx } from "../register/xlsx";
import { inEnglish } from "@/lib/i18n/english";

/** A refusal read in English, as the tests compare text. */
const english = <T extends object>(result: T): T => ("error" in result && typeof result.error === "string" ? { ...result, error: inEnglish(result.error) } : result);

describe("readCsv", () => {
  it("reads RFC 4180 quoting, line breaks in cells and a byte order mark", async () => {
    expect(await readCsv(Buffer.from('\uFEFFa,"b, c","line 1\nline ""2"""\r\nd,e,f\r\n'))).toEqual([
      ["a", "b, c", 'line 1\nline "2"'],
      ["d", "e", "f"],
    ]);
  });
  it("takes the semicolon that Excel writes in European locales", async () => {
    expect(await readCsv(Buffer.from("a;b,c;d\n1;2;3"))).toEqual([["a", "b,c", "d"], ["1", "2", "3"]]);
  });
});

describe("parseUpload", () => {
  it("refuses an empty file, a wrong type and a file over the limit with a message", async () => {
    expect(english(await parseUpload("register.csv", Buffer.alloc(0)))).toMatchObject({ ok: false, error: expect.stringContaining("empty") });
    expect(english(await parseUpload("register.pdf", Buffer.from("x")))).toMatchObject({ ok: false, error: expect.stringContaining(".xlsx") });
    expect(english(await parseUpload("big.csv", Buffer.alloc(MAX_UPLOAD_BYTES + 1, 97)))).toMatchObject({ ok: false, error: expect.stringContaining("10 MB") });
    expect(english(await parseUpload("broken.xlsx", Buffer.from("not a zip")))).toMatchObject({ ok: false, error: expect.stringContaining("Excel") });
    expect(english(await parseUpload("broken.json", Buffer.from("{")))).toMatchObject({ ok: false, error: expect.stringContaining("not valid JSON") });
  });
  it("refuses more rows than the limit", async () => {
    const csv = "Purpose of processing\n" + "x\n".repeat(MAX_ROWS + 100);
    expect(english(await parseUpload("many.csv", Buffer.from(csv)))).toMatchObject({ ok: false, error: expect.stringContaining("10,000 rows") });
  });
  it("reads the first sheet of a workbook as text, dates as ISO dates", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Register");
    sheet.addRow(["Controller", "Acme Ltd"]);
    sheet.addRow([]);
    sheet.addRow(["Business function", "Purpose of processing", "Last reviewed"]);
    sheet.addRow(["HR", { richText: [{ text: "Pay" }, { text: "roll" }] }, new Date("2026-03-01T00:00:00Z")]);
    const parsed = await parseUpload("register.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(parsed).toMatchObject({ ok: true, format: "xlsx" });
    const table = (parsed as { table: string[][] }).table;
    expect(table[3]).toEqual(["HR", "Payroll", "2026-03-01"]);
    expect(findHeaderRow(table)).toBe(2);
    expect(suggestMapping(table[2])).toEqual(["businessFunction", "purposes", "lastReviewedOn"]);
  });
});

describe("export → import round trip of values a spreadsheet would run as formulas", () => {
  // Regression: the CSV export now protects such values with a leading quote (OWASP "CSV Injection");
  // the importer must take exactly that quote off again, and nothing else, or imported records change.
  const values = ["=HYPERLINK(\"https://evil.example\",\"x\")", "+49 221 1234", "-1", "@SUM(A1)", "\tindented", "\rreturn", "'=kept quote", "''+two quotes", "'90s archive", "'", "''", "Payroll"];
  const register = buildRegister(testSource(values.map((name, index) => testActivity({ id: `act-${index}`, reference: `R-${index}`, name }))));
  const nameColumn = ICO_CONTROLLER_COLUMNS.findIndex((column) => column.key === "name");

  it.each([
    ["csv", async () => Buffer.from(renderRegisterCsv(register))],
    ["xlsx", async () => renderRegisterXlsx(register)],
  ] as const)("%s: every name comes back exactly as it was written", async (format, render) => {
    const parsed = await parseUpload(`register.${format}`, await render());
    if (!parsed.ok || parsed.format === "json") throw new Error(JSON.stringify(parsed));
    const headerRow = findHeaderRow(parsed.table)!;
    const nameAt = parsed.table[headerRow].indexOf(ICO_CONTROLLER_COLUMNS[nameColumn].header);
    const names = parsed.table.slice(headerRow + 1).map((row) => row[nameAt]);
    // Every cell is trimmed on import; in the CSV the added quote shields a leading tab or carriage
    // return from that, in the XLSX (written without the quote) they are trimmed like any whitespace.
    const expected = register.controller.map((entry) => (format === "xlsx" ? entry.row.name.trim() : entry.row.name));
    expect(names.sort()).toEqual(expected.sort());
  });
});

describe("a damaged workbook", () => {
  // Regression: exceljs' streaming reader never settled on a workbook whose compressed sheet data
  // was corrupt, so the upload hung; now a read that stops making progress is given up with a message.
  it("is answered with a message instead of hanging", { timeout: 40_000 }, async () => {
    const bytes = Buffer.from(await renderRegisterXlsx(buildRegister(testSource())));
    bytes[2222] ^= 0xff;
    const parsed = await parseUpload("register.xlsx", bytes);
    expect(english(parsed)).toMatchObject({ ok: false, error: expect.stringContaining("could not be read as an Excel workbook") });
  });
});
