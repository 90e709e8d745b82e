import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { LOCALE_KEY, localeChoiceSchema, preferenceKey, readColumnVisibility, readLocale, tablePreferenceSchema, type ColumnVisibility, type PreferenceTable } from "./schema";

/** The columns this user has hidden or shown in a table; {} when they never changed them. */
export async function getColumnVisibility(userId: string, table: PreferenceTable): Promise<ColumnVisibility> {
  const row = await db.userPreference.findUnique({ where: { userId_key: { userId, key: preferenceKey(table) } }, select: { value: true } });
  return readColumnVisibility(row?.value);
}

/** Stores the user's column choice; returns false for a malformed request. */
export async function saveColumnVisibility(userId: string, raw: unknown): Promise<boolean> {
  const parsed = tablePreferenceSchema.safeParse(raw);
  if (!parsed.success) return false;
  const { table, columnVisibility } = parsed.data;
  const value = { columnVisibility };
  await db.userPreference.upsert({
    where: { userId_key: { userId, key: preferenceKey(table) } },
    create: { userId, key: preferenceKey(table), value },
    update: { value },
  });
  return true;
}

/** The dashboard language this user chose, or null for "as my browser". */
export async function getLocalePreference(userId: string): Promise<Locale | null> {
  const row = await db.userPreference.findUnique({ where: { userId_key: { userId, key: LOCALE_KEY } }, select: { value: true } });
  return readLocale(row?.value);
}

/** Stores the user's dashboard language ("" forgets it); returns false for a malformed request. */
export async function saveLocalePreference(userId: string, raw: unknown): Promise<boolean> {
  const parsed = localeChoiceSchema.safeParse(raw);
  if (!parsed.success) return false;
  const { locale } = parsed.data;
  if (locale === "") {
    await db.userPreference.deleteMany({ where: { userId, key: LOCALE_KEY } });
    return true;
  }
  const value = { locale };
  await db.userPreference.upsert({
    where: { userId_key: { userId, key: LOCALE_KEY } },
    create: { userId, key: LOCALE_KEY, value },
    update: { value },
  });
  return true;
}
