/**
 * The register exported in another language than the default, on the real
 * database: the translations stored for the organisation are used, a text
 * without one is shown in the default language and marked, the file is named
 * for its language, and the audit event records the language.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertCountries } from "../catalogues/countries";
import { createDb } from "../db";
import { createDemoOrganisation, type DemoOrganisation } from "../demo/demo-organisation";
import type { Actor } from "../mutations/actor";
import { writeTranslations } from "../translations/store";
import { CNIL_COLUMNS } from "./cnil-layout";
import { exportRegister } from "./export";
import type { RegisterJson } from "./json";
import { registerLanguages } from "./queries";
import { REGISTER_WORDING } from "./wording";

const db = createDb(process.env.DATABASE_URL!);
const NOW = new Date("2026-11-27T10:00:00Z");

let demo: DemoOrganisation;
let member: Actor;
let slug: string;
let activity: { id: string; reference: string; name: string; description: string };

beforeAll(async () => {
  await upsertCountries(db);
  const user = await db.user.create({
    data: { email: `register-lang-${crypto.randomUUID()}@example.test`, name: "Register Language Test", passwordHash: "x" },
    select: { id: true, email: true },
  });
  slug = `lang-${crypto.randomUUID().slice(0, 8)}`;
  demo = await db.$transaction((tx) => createDemoOrganisation(tx, { actor: user, slug }), { timeout: 60_000 });
  await db.organisation.update({ where: { id: demo.organisationId }, data: { defaultLanguage: "en", languages: ["en", "de"] } });
  member = { user, organisation: { id: demo.organisationId }, role: "VIEWER" };
  activity = await db.processingActivity.findFirstOrThrow({
    where: { organisationId: demo.organisationId, role: { not: "PROCESSOR" } },
    orderBy: { reference: "asc" },
    select: { id: true, reference: true, name: true, description: true },
  });
  await db.$transaction((tx) =>
    writeTranslations(tx, demo.organisationId, [
      { entity: "activity", id: activity.id, field: "name", language: "de", value: "Übersetzte Tätigkeit", source: activity.name },
      // The demo comes translated; one text left untranslated is what the marks and the legend are for.
      { entity: "activity", id: activity.id, field: "description", language: "de", value: "", source: activity.description },
    ]),
  );
});

afterAll(async () => {
  await db.$disconnect();
});

async function workbook(body: Buffer | string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}

describe("exporting the register in a language of the organisation", () => {
  it("offers the organisation's languages, its default first", async () => {
    expect(await registerLanguages(demo.organisationId)).toEqual(["en", "de"]);
  });

  it("XLSX in German: German sheets and headings, the translation used, untranslated texts marked, the legend on top; audited with the language", async () => {
    const result = (await exportRegister(member, "xlsx", {}, NOW, "de"))!;
    expect(result.fileName).toBe(`${slug}-register-2026-11-27-de.xlsx`);
    expect(result.language).toBe("de");
    const book = await workbook(result.body);
    const sheet = book.getWorksheet(REGISTER_WORDING.de.document.controllerSheet)!;
    expect(String(sheet.getCell("A1").value)).toContain("Verzeichnis von Verarbeitungstätigkeiten (Art. 30 Abs. 1 DSGVO)");
    expect(String(sheet.getCell("A1").value)).toContain("exportiert am 27.11.2026");
    expect(String(sheet.getCell("A1").value)).toContain("† nicht übersetzt, auf Englisch wiedergegeben");
    const header = (sheet.getRow(2).values as unknown[]).map(String);
    const nameColumn = header.indexOf("Bezeichnung der Verarbeitungstätigkeit");
    const names: string[] = [];
    sheet.eachRow((row, number) => number > 2 && names.push(String(row.getCell(nameColumn).value)));
    expect(names).toContain("Übersetzte Tätigkeit");
    // The demo's other names come with their German translations: none is marked.
    expect(names.filter((name) => name.endsWith(" †"))).toEqual([]);
    // The description left untranslated is what the legend on top is for (its listing: the JSON test below).

    const event = await db.auditEvent.findFirstOrThrow({ where: { organisationId: demo.organisationId, action: "EXPORT" }, orderBy: { createdAt: "desc" } });
    expect(event.after).toMatchObject({ format: "xlsx", language: "de" });
  });

  it("without a language: the default language, unmarked, named as before", async () => {
    const result = (await exportRegister(member, "csv", {}, NOW))!;
    expect(result.language).toBe("en");
    expect(result.fileName).toBe(`${slug}-register-2026-11-27.csv`);
    expect(result.body).not.toContain("†");
    const event = await db.auditEvent.findFirstOrThrow({ where: { organisationId: demo.organisationId, action: "EXPORT" }, orderBy: { createdAt: "desc" } });
    expect(event.after).toMatchObject({ format: "csv", language: "en", untranslated: 0 });
  });

  it("JSON in German: the language and the untranslated texts listed, no marks in the records", async () => {
    const json = JSON.parse((await exportRegister(member, "json", {}, NOW, "de"))!.body as string) as RegisterJson;
    expect(json.language).toBe("de");
    expect(json.activities.map((a) => a.name)).toContain("Übersetzte Tätigkeit");
    expect(JSON.stringify(json.activities)).not.toContain("†");
    expect(json.untranslated.length).toBeGreaterThan(0);
    expect(json.untranslated).toContainEqual({ entity: "activity", field: "description", text: activity.description });
  });

  it("the CNIL layout in German, its columns in the catalogue's order", async () => {
    const result = (await exportRegister(member, "xlsx-cnil", {}, NOW, "de"))!;
    expect(result.fileName).toBe(`${slug}-register-2026-11-27-cnil-de.xlsx`);
    const book = await workbook(result.body);
    const overview = book.worksheets[0];
    expect(overview.name).toBe("Verzeichnis");
    expect((overview.getRow(2).values as unknown[]).slice(1)).toEqual(CNIL_COLUMNS.map((key) => REGISTER_WORDING.de.cnilColumns[key]));
    expect(book.worksheets.map((sheet) => sheet.name)).toContain(`Blatt ${activity.reference}`);
  });

  it("refuses a language the organisation does not keep", async () => {
    const before = await db.auditEvent.count({ where: { organisationId: demo.organisationId, action: "EXPORT" } });
    expect(await exportRegister(member, "pdf", {}, NOW, "fr")).toBeNull();
    expect(await db.auditEvent.count({ where: { organisationId: demo.organisationId, action: "EXPORT" } })).toBe(before);
  });
});
