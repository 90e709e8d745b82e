import type { Role } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import type { Actor } from "@/lib/mutations/actor";
import { loadOrganisationRecords } from "@/lib/records/queries";
import { localiseRecords } from "./localise";
import { loadTranslationSet } from "./queries";
import { loadTranslationRows } from "./view-queries";
import { exportXliff } from "./xliff-export";
import { importXliff } from "./xliff-import";
import { readXliff, writeXliff } from "./xliff";
import { inEnglish } from "@/lib/i18n/english";

const db = createDb(process.env.DATABASE_URL!);

let editor: Actor;
let viewer: Actor;
let categoryId: string;
let organisationId: string;

async function makeActor(role: Role): Promise<Actor> {
  const email = `${role.toLowerCase()}-${crypto.randomUUID()}@xl.example`;
  const user = await db.user.create({ data: { email, name: email, passwordHash: "x", memberships: { create: { organisationId, role } } } });
  return { user: { id: user.id, email }, organisation: { id: organisationId }, role };
}

beforeAll(async () => {
  const id = crypto.randomUUID();
  organisationId = (await db.organisation.create({ data: { slug: `xl-${id}`, legalName: `XLIFF ${id}`, languages: ["en", "de"] } })).id;
  categoryId = (await db.dataCategory.create({ data: { organisationId, name: "Licence plates", description: 'Numbers <on> "vehicles"\nand trailers' } })).id;
  [editor, viewer] = await Promise.all([makeActor("EDITOR"), makeActor("VIEWER")]);
});

afterAll(async () => {
  await db.$disconnect();
});

/** Fills every unit's target of an exported file, as a translator's tool would. */
async function fill(xml: string, translate: (source: string, unitId: string) => string): Promise<string> {
  const parsed = await readXliff(xml);
  if (!parsed.ok) throw new Error(parsed.error);
  const rows = await loadTranslationRows(organisationId, "de");
  const texts = rows!.rows.map((row) => ({ entity: row.entity, id: row.id, field: row.field, source: row.source, note: row.description, target: "" }));
  const byId = new Map(parsed.units.map((u) => [u.unitId, u]));
  return writeXliff(
    "en",
    "de",
    texts.filter((t) => byId.has(`${t.entity}:${t.id}:${t.field}`)).map((t) => ({ ...t, target: translate(t.source, `${t.entity}:${t.id}:${t.field}`) })),
  );
}

describe("XLIFF round trip", () => {
  it("exports the missing texts, imports the filled file and the German records read it", async () => {
    const exported = (await exportXliff(organisationId, "de", "open"))!;
    expect(exported).toMatch(/<xliff [^>]*version="2.0"[^>]*srcLang="en"[^>]*trgLang="de"/);
    expect(exported).toContain(`<unit id="dataCategory:${categoryId}:name">`);
    expect(exported).toContain("<note>Name of Licence plates</note>");
    const filled = await fill(exported, (source) => (source === "Licence plates" ? "Kfz-Kennzeichen" : `DE ${source}`));
    const preview = await importXliff(editor, { language: "de", xml: filled, apply: false });
    expect(preview).toMatchObject({ ok: true, applied: false });
    expect(preview.plan?.updates.length).toBeGreaterThanOrEqual(2);
    expect(await db.translation.count({ where: { organisationId } })).toBe(0);

    const imported = await importXliff(editor, { language: "de", xml: filled, apply: true });
    expect(imported).toMatchObject({ ok: true, applied: true });
    const records = (await loadOrganisationRecords(organisationId, {}, db))!;
    const german = localiseRecords(records, await loadTranslationSet(organisationId, "de", db));
    const category = german.records.dataCategories.find((c) => c.id === categoryId)!;
    expect(category.name).toBe("Kfz-Kennzeichen");
    expect(category.description).toBe('DE Numbers <on> "vehicles"\nand trailers');
    expect(german.missing).toEqual([]);
    expect(await db.auditEvent.count({ where: { organisationId, entityType: "Translation" } })).toBe(imported.plan!.updates.length);

    const again = await importXliff(editor, { language: "de", xml: filled, apply: false });
    expect(again.plan).toMatchObject({ updates: [], refused: [] });
    expect(again.plan?.unchanged).toBe(imported.plan!.updates.length);
  });

  it("stores a translation made from another source text as outdated", async () => {
    const xml = await writeXliff("en", "de", [{ entity: "dataCategory", id: categoryId, field: "name", source: "Car plates", target: "Autoschilder", note: "" }]);
    const result = await importXliff(editor, { language: "de", xml, apply: true });
    expect(result.plan?.updates).toEqual([expect.objectContaining({ outdated: true, after: "Autoschilder" })]);
    const rows = await loadTranslationRows(organisationId, "de");
    expect(rows!.rows.find((r) => r.id === categoryId && r.field === "name")).toMatchObject({ translation: "Autoschilder", state: "outdated" });
  });
});

describe("XLIFF refusals", () => {
  it("refuses a file for another target language or from another source language", async () => {
    const french = await writeXliff("en", "fr", [{ entity: "dataCategory", id: categoryId, field: "name", source: "Licence plates", target: "Plaques", note: "" }]);
    expect(inEnglish((await importXliff(editor, { language: "de", xml: french, apply: false })).formError ?? "")).toMatch(/translates into “fr”, not “de”/);
    const fromGerman = await writeXliff("de", "de", []);
    expect(inEnglish((await importXliff(editor, { language: "de", xml: fromGerman, apply: false })).formError ?? "")).toMatch(/source language is “de”/);
  });

  it("refuses the whole file when one unit is unknown, and lists it with its reason", async () => {
    const before = await db.translation.findMany({ where: { organisationId }, orderBy: { id: "asc" } });
    const xml = await writeXliff("en", "de", [
      { entity: "dataCategory", id: categoryId, field: "name", source: "Licence plates", target: "Nummernschilder", note: "" },
      { entity: "dataCategory", id: "no-such-record", field: "name", source: "x", target: "y", note: "" },
    ]);
    const preview = await importXliff(editor, { language: "de", xml, apply: false });
    expect(preview.plan?.refused.map((unit) => ({ ...unit, reason: inEnglish(unit.reason) }))).toEqual([{ unitId: "dataCategory:no-such-record:name", reason: expect.stringMatching(/No text of the records has this id/) }]);
    const applied = await importXliff(editor, { language: "de", xml, apply: true });
    expect(applied).toMatchObject({ ok: false, kind: "invalid" });
    expect(inEnglish(applied.formError ?? "")).toMatch(/Nothing was imported: 1 unit was refused/);
    expect(await db.translation.findMany({ where: { organisationId }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("refuses what is not an XLIFF 2 file, split segments, and viewers", async () => {
    expect(inEnglish((await importXliff(editor, { language: "de", xml: "<html>", apply: false })).formError ?? "")).toMatch(/not well-formed|not an XLIFF 2/);
    expect(inEnglish((await importXliff(editor, { language: "de", xml: '<xliff version="1.2"><file/></xliff>', apply: false })).formError ?? "")).toMatch(/not an XLIFF 2/);
    const split = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="dataCategory:${categoryId}:name"><segment><source>Licence</source><target>Kfz</target></segment><segment><source> plates</source><target>-Kennzeichen</target></segment></unit></file></xliff>`;
    expect(inEnglish((await importXliff(editor, { language: "de", xml: split, apply: false })).formError ?? "")).toMatch(/several segments/);
    expect(await importXliff(viewer, { language: "de", xml: "", apply: false })).toMatchObject({ ok: false, kind: "refused" });
  });
});
