import "server-only";
import { db } from "@/lib/db";
import { preferenceKey, readColumnVisibility, tablePreferenceSchema, type ColumnVisibility, type PreferenceTable } from "./schema";

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
