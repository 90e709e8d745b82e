/**
 * Writing translation rows inside a caller's transaction: the seeding of
 * default catalogues and of the demo, and the mutations (mutations.ts), which
 * audit them. The hash of the source text is taken here, so a row always
 * names the source it was made from.
 */
import type { Prisma } from "@prisma/client";
import type { TextRef } from "./fields";
import { sourceHash } from "./hash";
import type { Language } from "./languages";

export type TranslationRow = TextRef & { language: Language; value: string; source: string };

/** Inserts or replaces translations (an empty value removes the row). */
export async function writeTranslations(tx: Prisma.TransactionClient, organisationId: string, rows: TranslationRow[], updatedById: string | null = null): Promise<void> {
  const keep = rows.filter((row) => row.value.trim());
  const remove = rows.filter((row) => !row.value.trim());
  for (const row of remove) {
    await tx.translation.deleteMany({ where: { organisationId, entityType: row.entity, entityId: row.id, field: row.field, language: row.language } });
  }
  if (!keep.length) return;
  // One statement for a batch (a new organisation's catalogues, an XLIFF file): upsert row by row would be one round trip each.
  const values = keep.map((row) => [organisationId, row.entity, row.id, row.field, row.language, row.value.trim(), sourceHash(row.source), updatedById] as const);
  await tx.$executeRawUnsafe(
    `INSERT INTO "Translation" ("id", "organisationId", "entityType", "entityId", "field", "language", "value", "sourceHash", "updatedById", "updatedAt")
     SELECT 'tr' || md5(random()::text || clock_timestamp()::text || v.n::text), v.o, v.e, v.i, v.f, v.l, v.val, v.h, v.u, now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY AS v(o, e, i, f, l, val, h, u, n)
     ON CONFLICT ("organisationId", "entityType", "entityId", "field", "language")
     DO UPDATE SET "value" = EXCLUDED."value", "sourceHash" = EXCLUDED."sourceHash", "updatedById" = EXCLUDED."updatedById", "updatedAt" = now()`,
    ...[0, 1, 2, 3, 4, 5, 6, 7].map((column) => values.map((row) => row[column])),
  );
}

/** Marks texts as kept as written in every language (a company's or product's name), or unmarks them. */
export async function writeVerbatim(tx: Prisma.TransactionClient, organisationId: string, refs: TextRef[], verbatim: boolean): Promise<void> {
  if (!refs.length) return;
  if (verbatim) {
    await tx.verbatimText.createMany({ data: refs.map((ref) => ({ organisationId, entityType: ref.entity, entityId: ref.id, field: ref.field })), skipDuplicates: true });
  } else {
    for (const ref of refs) await tx.verbatimText.deleteMany({ where: { organisationId, entityType: ref.entity, entityId: ref.id, field: ref.field } });
  }
}
