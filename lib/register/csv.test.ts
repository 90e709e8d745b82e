import { describe, expect, it } from "vitest";
import { buildRegister } from "./build";
import { csvField, neutraliseFormula, renderRegisterCsv, unneutraliseFormula } from "./csv";
import { parseCsv } from "../../test/support/csv-parse";
import { ICO_CONTROLLER_COLUMNS } from "./ico-layout";
import { testActivity, testSource } from "../../test/fixtures/test-source";

describe("renderRegisterCsv", () => {
  it("quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("one\ntwo")).toBe('"one\ntwo"');
  });

  it("starts with a byte order mark, ends lines with CRLF, and reads back to the same cells", () => {
    const activity = testActivity({ name: 'Payroll, "Köln" office', description: "" });
    const register = buildRegister(testSource([activity]));
    const csv = renderRegisterCsv(register);
    expect(csv.startsWith("\uFEFFBusiness function,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(ICO_CONTROLLER_COLUMNS.map((column) => column.header));
    expect(rows[1]).toEqual(ICO_CONTROLLER_COLUMNS.map((column) => register.controller[0].row[column.key]));
    expect(rows[1][ICO_CONTROLLER_COLUMNS.findIndex((column) => column.key === "name")]).toBe('Payroll, "Köln" office');
  });

  // Regression: values starting with =, +, -, @, a tab or a carriage return were written unchanged,
  // so a spreadsheet opening the export ran them as formulas (OWASP "CSV Injection").
  it("writes a value that a spreadsheet would run as a formula with a leading quote", () => {
    const triggers = ["=HYPERLINK(\"https://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\tcmd", "\rcmd", "'=1+1", "''-1"];
    const activities = triggers.map((name, index) => testActivity({ id: `act-${index}`, reference: `R-${index}`, name }));
    const register = buildRegister(testSource(activities));
    const nameColumn = ICO_CONTROLLER_COLUMNS.findIndex((column) => column.key === "name");
    const written = parseCsv(renderRegisterCsv(register)).slice(1).map((row) => row[nameColumn]);
    expect(written.sort()).toEqual(register.controller.map((entry) => `'${entry.row.name}`).sort());
    for (const cell of parseCsv(renderRegisterCsv(register)).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("leaves other values alone, a leading quote included", () => {
    for (const value of ["Payroll", "'90s archive", "'", "a=b", "", "x-1"]) expect(neutraliseFormula(value)).toBe(value);
    expect(csvField("-1, or so")).toBe(`"'-1, or so"`);
  });

  it("undoes exactly the quote it added, for every value", () => {
    for (const value of ["=1", "'=1", "''=1", "'", "''", "'x", "x", "", "@", "'@", "\t", "'\r"]) {
      expect(unneutraliseFormula(neutraliseFormula(value))).toBe(value);
    }
  });

  it("refuses a malformed file when read back", () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/ends inside a quoted field/);
    expect(() => parseCsv('a,b"c"\r\n')).toThrow(/quote inside an unquoted field/);
  });
});
