import { describe, expect, it } from "vitest";
import { findExportFormat, registerExportFormats } from "./index";

describe("the register's export formats", () => {
  it("are offered once each, the ICO spreadsheet first, each with its file type", () => {
    const ids = registerExportFormats.map((format) => format.id);
    expect(ids).toEqual(["xlsx", "xlsx-cnil", "pdf", "csv", "json"]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const format of registerExportFormats) {
      expect(format.id).toMatch(/^[a-z-]+$/);
      expect(format.extension).toMatch(/^[a-z]+$/);
      expect(format.contentType).toMatch(/^[a-z]+\/[\w.+-]+/);
      expect(format.label.trim()).not.toBe("");
      expect(format.description.trim()).not.toBe("");
    }
  });

  it("finds a format by the id in the address, and nothing for any other", () => {
    expect(findExportFormat("csv")?.contentType).toBe("text/csv; charset=utf-8");
    expect(findExportFormat("CSV")).toBeUndefined();
    expect(findExportFormat("__proto__")).toBeUndefined();
    expect(findExportFormat("")).toBeUndefined();
  });
});
