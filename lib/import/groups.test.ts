import { describe, expect, it } from "vitest";
import { groupConflicts, groupRows } from "./groups";
import type { ImportField } from "./map";
import { inEnglish } from "@/lib/i18n/english";

const header = ["Reference", "Name", "Purpose", "Basis", "Department"];
const columns = new Map<ImportField, number>([
  ["reference", 0],
  ["name", 1],
  ["purposes", 2],
  ["art6Bases", 3],
  ["businessFunction", 4],
]);

describe("rows of one activity", () => {
  it("joins consecutive rows with the same reference, and nothing else", () => {
    const table = [
      header,
      ["HR-01", "Payroll", "Paying salaries", "Art. 6(1)(b)", "HR"],
      ["hr-01", "Payroll", "Detecting fraud", "Art. 6(1)(f)", "HR"],
      ["", "", "", "", ""],
      ["HR-01", "Payroll", "Again, after a blank row", "Art. 6(1)(c)", "HR"],
      ["", "Newsletter", "Sending news", "Art. 6(1)(a)", ""],
      ["", "Events", "Inviting", "Art. 6(1)(a)", ""],
    ];
    expect(groupRows(table, 0, 0)).toEqual([[1, 2], [4], [5], [6]]);
    // Without a reference column every row is an activity of its own.
    expect(groupRows(table, 0, undefined)).toEqual([[1], [2], [4], [5], [6]]);
  });

  it("lets a later row repeat or leave out the activity's columns, but not contradict them", () => {
    const table = [
      header,
      ["HR-01", "Payroll", "Paying salaries", "Art. 6(1)(b)", "HR"],
      ["HR-01", "", "Detecting fraud", "Art. 6(1)(f)", "HR"],
      ["HR-01", "Payroll", "Reporting", "Art. 6(1)(c)", "Finance"],
    ];
    expect(groupConflicts(table, [1, 2], columns)).toEqual([]);
    expect(groupConflicts(table, [1, 2, 3], columns).map((conflict) => ({ ...conflict, message: inEnglish(conflict.message) }))).toEqual([
      { field: "businessFunction", message: expect.stringContaining("Row 4 continues the activity of row 2") },
    ]);
  });
});
