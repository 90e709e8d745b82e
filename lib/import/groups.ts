/**
 * The rows of a spreadsheet that make up one activity. Our own export writes
 * one line per purpose, with the activity's other columns repeated on each
 * (lib/register/xlsx.ts); other registers have one row per activity.
 * Consecutive rows with the same reference are one activity: each row adds
 * its purposes with the legal bases and interests beside them, and the
 * activity's other columns are read from its first row. A later row may
 * repeat them or leave them blank, but not say something else: that would be
 * dropped without anyone noticing, so it is an error in the preview.
 */
import { fieldLabel, type ImportField } from "./map";
import { nameKey } from "./values";
import { message } from "@/lib/i18n/message";

/** The columns that belong to one purpose rather than to the activity. */
const PURPOSE_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>(["purposes", "art6Bases", "legitimateInterests", "legitimateInterestsAssessment"]);

const isBlank = (cells: string[]) => cells.every((cell) => !cell);

/** Indices of the table's data rows, grouped by activity; blank rows separate activities. */
export function groupRows(table: string[][], headerRow: number, referenceColumn: number | undefined): number[][] {
  const groups: number[][] = [];
  let previous = "";
  for (let index = headerRow + 1; index < table.length; index++) {
    const cells = table[index];
    if (isBlank(cells)) {
      previous = "";
      continue;
    }
    const key = referenceColumn === undefined ? "" : nameKey(cells[referenceColumn] ?? "");
    if (key && key === previous) groups[groups.length - 1].push(index);
    else groups.push([index]);
    previous = key;
  }
  return groups;
}

/** A later row of the activity that says something else than its first row in an activity column. */
export function groupConflicts(table: string[][], group: number[], column: Map<ImportField, number>): { field: ImportField; message: string }[] {
  const [first, ...rest] = group;
  const found: { field: ImportField; message: string }[] = [];
  for (const [field, at] of column) {
    if (PURPOSE_FIELDS.has(field) || field === "reference") continue;
    const expected = (table[first][at] ?? "").trim();
    const other = rest.find((index) => {
      const value = (table[index][at] ?? "").trim();
      return value !== "" && value !== expected;
    });
    if (other !== undefined) {
      found.push({
        field,
        message: message("registerImport.errors.rowConflict", { row: other + 1, first: first + 1, column: fieldLabel(field) }),
      });
    }
  }
  return found;
}
