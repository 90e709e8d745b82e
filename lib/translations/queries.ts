// No "server-only" marker: the seed (plain Node) publishes the demo's policies in every language.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { textKey, type TranslatableEntity } from "./fields";
import type { Language } from "./languages";
import type { StoredTranslation, TranslationSet } from "./localise";

type Client = Prisma.TransactionClient | typeof db;

/** An organisation's translations into one language and its texts kept as written. */
export async function loadTranslationSet(organisationId: string, language: Language, client: Client = db): Promise<TranslationSet> {
  const [rows, verbatim] = await Promise.all([
    client.translation.findMany({ where: { organisationId, language }, select: { entityType: true, entityId: true, field: true, value: true, sourceHash: true } }),
    client.verbatimText.findMany({ where: { organisationId }, select: { entityType: true, entityId: true, field: true } }),
  ]);
  const values = new Map<string, StoredTranslation>();
  for (const row of rows) values.set(textKey({ entity: row.entityType as TranslatableEntity, id: row.entityId, field: row.field }), { value: row.value, sourceHash: row.sourceHash });
  return {
    language,
    values,
    verbatim: new Set(verbatim.map((row) => textKey({ entity: row.entityType as TranslatableEntity, id: row.entityId, field: row.field }))),
  };
}

/** One stored translation ("" when there is none): what someone else saved, shown beside a conflicting edit. */
export async function getStoredTranslation(organisationId: string, ref: { entity: string; id: string; field: string; language: string }): Promise<string> {
  const row = await db.translation.findFirst({
    where: { organisationId, entityType: ref.entity, entityId: ref.id, field: ref.field, language: ref.language },
    select: { value: true },
  });
  return row?.value ?? "";
}
