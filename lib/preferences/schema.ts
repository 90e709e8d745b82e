/**
 * Per-user table settings, stored in UserPreference under "table:<id>". Only
 * known tables, and only a small map of column id → shown, are accepted: the
 * value comes from the browser.
 */
import { z } from "zod";
import { locales, type Locale } from "@/lib/i18n/locales";

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

/**
 * The dashboard language the user chose on the account page, stored under
 * "locale". An empty choice means "as my browser": the row is removed.
 */
export const LOCALE_KEY = "locale";

export const localeChoiceSchema = z.object({ locale: z.union([z.enum(locales), z.literal("")]) });

/** A stored locale read back; anything else (a language since removed) counts as no choice. */
export function readLocale(value: unknown): Locale | null {
  const stored = z.object({ locale: z.enum(locales) }).safeParse(value);
  return stored.success ? stored.data.locale : null;
}
