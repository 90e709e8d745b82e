/**
 * Translations and "kept as written" marks of records that no longer exist.
 * A Translation row names its record by entity and id rather than by a
 * foreign key (one table serves every entity), so deleting a record leaves
 * them behind; the daily job (lib/webhooks/worker.ts) removes them. Texts a
 * record still has but left empty keep theirs: filling the text in again
 * brings the translation back, as re-adding a language does.
 */
import type { Db } from "@/lib/db";
import type { TranslatableEntity } from "./fields";

/** Whether the record an (entityType, entityId) pair names still exists, as SQL over the alias `t`. */
const EXISTS: Record<TranslatableEntity, string> = {
  organisation: `SELECT 1 FROM "Organisation" r WHERE r."id" = t."entityId"`,
  activity: `SELECT 1 FROM "ProcessingActivity" r WHERE r."id" = t."entityId" AND r."organisationId" = t."organisationId"`,
  purpose: `SELECT 1 FROM "Purpose" r WHERE r."id" = t."entityId"`,
  activityDataCategory: `SELECT 1 FROM "ActivityDataCategory" r WHERE r."id" = t."entityId"`,
  activityRecipient: `SELECT 1 FROM "ActivityRecipient" r WHERE r."activityId" || ':' || r."recipientId" = t."entityId"`,
  transfer: `SELECT 1 FROM "Transfer" r WHERE r."id" = t."entityId"`,
  legalBasis: `SELECT 1 FROM "LegalBasis" r WHERE r."id" = t."entityId" AND r."organisationId" = t."organisationId"`,
  dataCategory: `SELECT 1 FROM "DataCategory" r WHERE r."id" = t."entityId" AND r."organisationId" = t."organisationId"`,
  dataSubjectCategory: `SELECT 1 FROM "DataSubjectCategory" r WHERE r."id" = t."entityId" AND r."organisationId" = t."organisationId"`,
  securityMeasure: `SELECT 1 FROM "SecurityMeasure" r WHERE r."id" = t."entityId" AND r."organisationId" = t."organisationId"`,
  recipient: `SELECT 1 FROM "Recipient" r WHERE r."id" = t."entityId" AND r."organisationId" = t."organisationId"`,
};

/** Deletes the rows of deleted records (and of entity names no longer in the registry); answers how many. */
export async function pruneOrphanTranslations(db: Db): Promise<{ translations: number; verbatim: number }> {
  const known = Object.keys(EXISTS);
  let translations = 0;
  let verbatim = 0;
  for (const table of ["Translation", "VerbatimText"] as const) {
    let removed = await db.$executeRawUnsafe(`DELETE FROM "${table}" t WHERE NOT (t."entityType" = ANY($1::text[]))`, known);
    for (const [entity, exists] of Object.entries(EXISTS)) {
      removed += await db.$executeRawUnsafe(`DELETE FROM "${table}" t WHERE t."entityType" = $1 AND NOT EXISTS (${exists})`, entity);
    }
    if (table === "Translation") translations = removed;
    else verbatim = removed;
  }
  return { translations, verbatim };
}
