import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { testActivity, testSource } from "@/test/fixtures/test-source";
import { buildRegister } from "./build";
import { renderRegisterXlsx } from "./xlsx";
import { xmlText } from "./xml-text";

describe("spreadsheet cells", () => {
  // A record holding a control character or U+FFFE (pasted text) made the XLSX export a file that no
  // spreadsheet opened ("disallowed character"): the characters XML cannot write are dropped.
  it("drop the characters XML cannot write, so the workbook still opens", async () => {
    const register = buildRegister(testSource([testActivity({ name: "Pay\u0001roll\ufffe", description: "tab\tand\nline" })]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderRegisterXlsx(register)) as unknown as ArrayBuffer);
    const values: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))));
    expect(values).toContain("Payroll");
  });

  it("keep tabs, line breaks and paired surrogates", () => {
    expect(xmlText("a\tb\nc\r😀\ud800")).toBe("a\tb\nc\r😀");
  });
});
