import { describe, expect, it } from "vitest";
import { buildRegister } from "./build";
import { csvField, renderRegisterCsv } from "./csv";
import { parseCsv } from "./csv-parse";
import { ICO_CONTROLLER_COLUMNS } from "./ico-layout";
import { testActivity, testSource } from "./test-source";

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

  it("refuses a malformed file when read back", () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/ends inside a quoted field/);
    expect(() => parseCsv('a,b"c"\r\n')).toThrow(/quote inside an unquoted field/);
  });
});
