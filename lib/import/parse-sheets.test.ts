import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseUpload } from "./parse";

// exceljs' own streaming parse, given a workbook in the order exceljs writes it
// (sheets first, the workbook part last), parked the sheets in temporary files,
// kept the unread ones open, failed outside any request when one was removed
// before its stream opened (an uncaught ENOENT), and now and then lost the
// workbook part altogether, so that a sound file read as damaged.
const parkedFiles = () => readdirSync(tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`));
// Files this process holds open (Linux); a sheet's stream left unread keeps its file open.
const openFiles = () => readdirSync("/proc/self/fd").length;

async function workbookOf(sheets: number, rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (let s = 0; s < sheets; s++) {
    const sheet = workbook.addWorksheet(`Sheet ${s + 1}`);
    for (let r = 0; r < rows; r++) sheet.addRow([`sheet ${s + 1} row ${r + 1}`, "shared text", r]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("reading a workbook of several sheets", () => {
  it("reads the first sheet every time, and leaves no temporary file or open file behind", async () => {
    const before = parkedFiles().length;
    const openBefore = openFiles();
    const bytes = await workbookOf(4, 50);
    for (let round = 0; round < 40; round++) {
      const parsed = await parseUpload("register.xlsx", bytes);
      expect(parsed).toMatchObject({ ok: true, format: "xlsx" });
      const table = (parsed as { table: string[][] }).table;
      expect(table).toHaveLength(50);
      expect(table[49]).toEqual(["sheet 1 row 50", "shared text", "49"]);
    }
    // A stream left on a removed file would fail later, outside any request: give it the time to.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(parkedFiles().length).toBe(before);
    expect(openFiles()).toBeLessThan(openBefore + 10);
  });
});

describe("the first sheet is the first in the workbook's order", () => {
  it("is found through the workbook part even when the archive stores another sheet first", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Processors").addRow(["processor register"]);
    workbook.addWorksheet("Controller").addRow(["controller register"]);
    // Moving the second sheet to the front changes the workbook's order, not the parts' names.
    const orderOf = (name: string) => workbook.getWorksheet(name) as unknown as { orderNo: number };
    orderOf("Controller").orderNo = 0;
    orderOf("Processors").orderNo = 1;
    const parsed = await parseUpload("register.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(parsed).toMatchObject({ ok: true, table: [["controller register"]] });
  });
});
