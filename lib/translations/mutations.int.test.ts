import type { Role } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { createDefaultCatalogues } from "@/lib/catalogues/defaults";
import type { Actor } from "@/lib/mutations/actor";
import { loadOrganisationRecords } from "@/lib/records/queries";
import { localiseRecords } from "./localise";
import { saveTranslations, setVerbatim } from "./mutations";
import { loadTranslationSet } from "./queries";
import { inEnglish } from "@/lib/i18n/english";

const db = createDb(process.env.DATABASE_URL!);

let editor: Actor;
let viewer: Actor;
let categoryId: string;

async function makeActor(organisation: Actor["organisation"], role: Role): Promise<Actor> {
  const email = `${role.toLowerCase()}-${crypto.randomUUID()}@tr.example`;
  const user = await db.user.create({ data: { email, name: email, passwordHash: "x", memberships: { create: { organisationId: organisation.id, role } } } });
  return { user: { id: user.id, email }, organisation, role };
}

beforeAll(async () => {
  const id = crypto.randomUUID();
  const organisation = await db.organisation.create({ data: { slug: `tr-${id}`, legalName: `Translations ${id}`, languages: ["en", "de"] }, select: { id: true } });
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
  const category = await db.dataCategory.create({ data: { organisationId: organisation.id, name: "Licence plates", description: "Vehicle numbers" } });
  categoryId = category.id;
  [editor, viewer] = await Promise.all([makeActor(organisation, "EDITOR"), makeActor(organisation, "VIEWER")]);
});

afterAll(async () => {
  await db.$disconnect();
});

const german = async () => {
  const records = (await loadOrganisationRecords(editor.organisation.id, {}, db))!;
  return localiseRecords(records, await loadTranslationSet(editor.organisation.id, "de", db));
};

describe("saving translations", () => {
  it("stores a translation, audits it and the German records read it", async () => {
    const result = await saveTranslations(editor, [{ entity: "dataCategory", id: categoryId, field: "name", language: "de", value: "Kfz-Kennzeichen", base: "" }]);
    expect(result).toMatchObject({ ok: true, changed: 1 });
    const localised = await german();
    expect(localised.records.dataCategories.find((c) => c.id === categoryId)?.name).toBe("Kfz-Kennzeichen");
    expect(localised.missing.some((t) => t.id === categoryId && t.field === "description")).toBe(true);
    const [event] = await db.auditEvent.findMany({ where: { entityType: "Translation", entityId: `dataCategory:${categoryId}:name:de` } });
    expect(event).toMatchObject({ action: "CREATE", actorId: editor.user.id });
    expect(event.after).toEqual({ language: "de", value: "Kfz-Kennzeichen" });
  });

  it("refuses an edit made from an older translation, and changes nothing of the batch", async () => {
    const result = await saveTranslations(editor, [
      { entity: "dataCategory", id: categoryId, field: "description", language: "de", value: "Fahrzeugnummern" },
      { entity: "dataCategory", id: categoryId, field: "name", language: "de", value: "Nummernschilder", base: "" },
    ]);
    expect(result).toMatchObject({ ok: false, kind: "conflict" });
    expect(result.failures?.map((f) => f.index)).toEqual([1]);
    const row = await db.translation.findMany({ where: { entityId: categoryId } });
    expect(row.map((r) => r.value)).toEqual(["Kfz-Kennzeichen"]);
  });

  it("refuses the default language, a language the organisation does not keep, unknown texts and viewers", async () => {
    const en = await saveTranslations(editor, [{ entity: "dataCategory", id: categoryId, field: "name", language: "en", value: "Plates" }]);
    expect(en).toMatchObject({ ok: false, kind: "invalid" });
    const fr = await saveTranslations(editor, [{ entity: "dataCategory", id: categoryId, field: "name", language: "fr", value: "Plaques" }]);
    expect(inEnglish(fr.formError ?? "")).toMatch(/does not keep its records in fr/);
    const unknown = await saveTranslations(editor, [{ entity: "dataCategory", id: "nope", field: "name", language: "de", value: "x" }]);
    expect(inEnglish(unknown.formError ?? "")).toMatch(/no longer exists/);
    const notField = await saveTranslations(editor, [{ entity: "dataCategory", id: categoryId, field: "special", language: "de", value: "x" }]);
    expect(inEnglish(notField.formError ?? "")).toMatch(/not a text that can be translated/);
    expect(await saveTranslations(viewer, [])).toMatchObject({ ok: false, kind: "refused" });
  });

  it("marks a translation outdated when the source changes, and saving it again confirms it", async () => {
    await db.dataCategory.update({ where: { id: categoryId }, data: { name: "Number plates" } });
    expect((await german()).outdated.map((t) => `${t.id}:${t.field}`)).toContain(`${categoryId}:name`);
    const confirmed = await saveTranslations(editor, [{ entity: "dataCategory", id: categoryId, field: "name", language: "de", value: "Kfz-Kennzeichen", base: "Kfz-Kennzeichen" }]);
    expect(confirmed).toMatchObject({ ok: true, changed: 1 });
    expect((await german()).outdated).toEqual([]);
  });

  it("keeps a text marked as a proper name as written, without reporting it missing", async () => {
    expect(await setVerbatim(editor, { entity: "dataCategory", id: categoryId, field: "description", verbatim: true })).toMatchObject({ ok: true });
    const localised = await german();
    expect(localised.missing.some((t) => t.id === categoryId)).toBe(false);
    expect(localised.records.dataCategories.find((c) => c.id === categoryId)?.description).toBe("Vehicle numbers");
  });

  it("moves the records revision, so that stored drift is recomputed", async () => {
    const before = await db.recordsRevision.findUnique({ where: { organisationId: editor.organisation.id } });
    await saveTranslations(editor, [{ entity: "dataCategory", id: categoryId, field: "name", language: "de", value: "Kennzeichen" }]);
    const after = await db.recordsRevision.findUnique({ where: { organisationId: editor.organisation.id } });
    expect(after!.revision).toBeGreaterThan(before?.revision ?? 0n);
  });
});
