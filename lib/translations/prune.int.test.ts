import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { writeTranslations, writeVerbatim } from "./store";
import { pruneOrphanTranslations } from "./prune";

const db = createDb(process.env.DATABASE_URL!);

afterAll(async () => {
  await db.$disconnect();
});

describe("pruning translations of deleted records", () => {
  it("removes the translations and marks of a deleted record and keeps those of records that exist", async () => {
    const id = crypto.randomUUID();
    const { id: organisationId } = await db.organisation.create({ data: { slug: `pr-${id}`, legalName: `Prune ${id}`, languages: ["en", "de"] } });
    const kept = await db.dataCategory.create({ data: { organisationId, name: "Kept" } });
    const gone = await db.dataCategory.create({ data: { organisationId, name: "Gone" } });
    await db.$transaction(async (tx) => {
      await writeTranslations(tx, organisationId, [
        { entity: "dataCategory", id: kept.id, field: "name", language: "de", value: "Behalten", source: "Kept" },
        { entity: "dataCategory", id: gone.id, field: "name", language: "de", value: "Weg", source: "Gone" },
      ]);
      await writeVerbatim(tx, organisationId, [{ entity: "dataCategory", id: gone.id, field: "name" }], true);
    });
    await db.dataCategory.delete({ where: { id: gone.id } });
    const removed = await pruneOrphanTranslations(db);
    expect(removed.translations).toBeGreaterThanOrEqual(1);
    expect(removed.verbatim).toBeGreaterThanOrEqual(1);
    expect((await db.translation.findMany({ where: { organisationId } })).map((r) => r.entityId)).toEqual([kept.id]);
    expect(await db.verbatimText.count({ where: { organisationId } })).toBe(0);
  });
});
