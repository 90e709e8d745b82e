/**
 * Per-user table settings, stored in UserPreference under "table:<id>". Only
 * known tables, and only a small map of column id → shown, are accepted: the
 * value comes from the browser.
 */
import { z } from "zod";

const preferenceTables = ["activities"] as const;
export type PreferenceTable = (typeof preferenceTables)[number];

export const preferenceKey = (table: PreferenceTable) => `table:${table}`;

const columnVisibilitySchema = z
  .record(z.string().regex(/^[A-Za-z][\w.]{0,63}$/), z.boolean())
  .refine((value) => Object.keys(value).length <= 50, "Too many columns.");

export const tablePreferenceSchema = z.object({
  table: z.enum(preferenceTables),
  columnVisibility: columnVisibilitySchema,
});

export type ColumnVisibility = z.infer<typeof columnVisibilitySchema>;

/** A stored value read back: anything malformed (an older shape) counts as "all columns shown". */
export function readColumnVisibility(value: unknown): ColumnVisibility {
  const stored = z.object({ columnVisibility: columnVisibilitySchema }).safeParse(value);
  return stored.success ? stored.data.columnVisibility : {};
}
