import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "@/test/support/pdf-text";
import { upsertCountries } from "../catalogues/countries";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { createDb } from "../db";
import { findHeaderRow, suggestMapping } from "../import/map";
import { parseUpload } from "../import/parse";
import { loadImportCatalogue } from "../import/spreadsheet";
import { buildPreview } from "../import/validate";
import { buildRegister } from "./build";
import { parseCsv } from "../../test/support/csv-parse";
import type { Actor } from "../mutations/actor";
import { exportRegister } from "./export";
import { ICO_CONTROLLER_COLUMNS } from "./ico-layout";
import type { RegisterJson } from "./json";
import { renderRegisterPdf } from "./pdf";
import { loadRegisterSource } from "./queries";

// "None" and "Not recorded" are two different answers, and every format must say the
// same one for the same field: the preview said "None" where the PDF said "Not recorded".

const db = createDb(process.env.DATABASE_URL!);
const NOW = new Date("2026-11-27T10:00:00Z");
let member: Actor;

const header = (key: (typeof ICO_CONTROLLER_COLUMNS)[number]["key"]) => ICO_CONTROLLER_COLUMNS.find((column) => column.key === key)!.header;

// Per field: what an activity answered "none" says, and what one with nothing recorded says.
const EXPECTED = [
  { key: "recipients", none: "None", gap: "Not recorded" },
  { key: "thirdCountries", none: "None", gap: "Not recorded" },
  { key: "safeguards", none: "None", gap: "Not recorded" },
  { key: "securityMeasures", none: "None", gap: "Not recorded" },
  { key: "art9Conditions", none: "None", gap: "Not recorded" },
  { key: "automatedDecisionMaking", none: "No", gap: "Not recorded" },
] as const;

beforeAll(async () => {
  await upsertCountries(db);
  const id = crypto.randomUUID().slice(0, 8);
  const organisation = await db.organisation.create({
    data: { slug: `none-${id}`, legalName: `None Test ${id}`, address: "Köln", email: `none-${id}@example.test` },
    select: { id: true },
  });
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
  const user = await db.user.create({ data: { email: `none-${id}@example.test`, name: "None", passwordHash: "x" }, select: { id: true, email: true } });
  member = { user, organisation, role: "VIEWER" };
  const contract = await db.legalBasis.findFirstOrThrow({ where: { organisationId: organisation.id, article: "ART6", letter: "b" } });
  const processor = await db.recipient.create({
    data: { organisationId: organisation.id, kind: "PROCESSOR", name: "Referenced Hosting GmbH", dpaStatus: "IN_PLACE", dpaReference: "https://contracts.example/hosting" },
  });
  const base = (reference: string) => ({
    organisationId: organisation.id,
    reference,
    name: `Activity ${reference}`,
    status: "ACTIVE" as const,
    purposes: { create: { position: 0, description: `Purpose of ${reference}`, legalBases: { create: { legalBasisId: contract.id } } } },
  });
  await db.processingActivity.create({
    data: { ...base("NONE-01"), recipientsNone: true, transfersNone: true, securityMeasuresNone: true, specialCategoriesNone: true, automatedDecisionMaking: false },
  });
  await db.processingActivity.create({ data: { ...base("GAP-01"), automatedDecisionMaking: null } });
  await db.processingActivity.create({
    data: { ...base("DPA-01"), recipients: { create: { recipientId: processor.id, role: "RECIPIENT" } }, transfersNone: true },
  });
});

afterAll(async () => {
  await db.$disconnect();
});


describe("the words for an empty answer, in every export", () => {
  it("XLSX: the cells say None for a recorded none and Not recorded for a gap", async () => {
    const result = (await exportRegister(member, "xlsx", {}, NOW))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.body as unknown as ArrayBuffer);
    // Found by header text and reference, wherever the layout puts them.
    const cells = new Map<string, Map<string, string>>();
    workbook.eachSheet((sheet) => {
      let headers: string[] | null = null;
      sheet.eachRow((row) => {
        const values = (row.values as unknown[]).slice(1).map((value) => String(value ?? ""));
        if (values.includes(header("recipients"))) headers = values;
        const reference = values.find((value) => /^(NONE|GAP|DPA)-01$/.test(value));
        if (headers && reference && !cells.has(reference)) cells.set(reference, new Map(headers.map((text, index) => [text, values[index] ?? ""])));
      });
    });
    for (const field of EXPECTED) {
      expect([field.key, cells.get("NONE-01")?.get(header(field.key))]).toEqual([field.key, field.none]);
      expect([field.key, cells.get("GAP-01")?.get(header(field.key))]).toEqual([field.key, field.gap]);
    }
    // Regression: a processor with a DPA reference but no signing date read "no processing agreement recorded".
    expect(cells.get("DPA-01")?.get(header("processorContracts"))).toBe("Referenced Hosting GmbH: DPA in place, https://contracts.example/hosting");
  });

  it("CSV: the same words in the same columns", async () => {
    const rows = parseCsv((await exportRegister(member, "csv", {}, NOW))!.body as string);
    const column = (key: (typeof ICO_CONTROLLER_COLUMNS)[number]["key"]) => rows[0].indexOf(header(key));
    const row = (reference: string) => rows.find((cells) => cells[column("reference")] === reference)!;
    for (const field of EXPECTED) {
      expect([field.key, row("NONE-01")[column(field.key)]]).toEqual([field.key, field.none]);
      expect([field.key, row("GAP-01")[column(field.key)]]).toEqual([field.key, field.gap]);
    }
  });

  it("PDF and preview: each item says what the builder decided, None or Not recorded", async () => {
    const source = (await loadRegisterSource(member.organisation.id, {}, NOW))!;
    const register = buildRegister(source);
    const part = (reference: string, letter: string, index = 0) => register.controller.find((entry) => entry.reference === reference)!.items.find((item) => item.letter === letter)!.parts[index];
    expect(["d", "e", "g"].map((letter) => part("NONE-01", letter).emptyText)).toEqual(["None", "None", "None"]);
    expect(["d", "e", "g"].map((letter) => part("GAP-01", letter).emptyText)).toEqual(["Not recorded", "Not recorded", "Not recorded"]);
    expect(part("NONE-01", "c", 2).emptyText).toBe("None");
    const text = await pdfText(await renderRegisterPdf(register));
    const after = (reference: string, title: string) => {
      const start = text.indexOf(`${reference} · Activity ${reference}`);
      const at = text.indexOf(title, start);
      return text.slice(at + title.length, at + title.length + 14).trim();
    };
    for (const title of ["Categories of recipients", "Transfers to third countries or international organisations", "Technical and organisational security measures"]) {
      expect([title, after("NONE-01", title)]).toEqual([title, expect.stringMatching(/^None\b/)]);
      expect([title, after("GAP-01", title)]).toEqual([title, expect.stringMatching(/^Not recorded/)]);
    }
  });

  it("JSON: the answers themselves, and the agreement's status", async () => {
    const json = JSON.parse((await exportRegister(member, "json", {}, NOW))!.body as string) as RegisterJson;
    const activity = (reference: string) => json.activities.find((entry) => entry.reference === reference)!;
    expect(activity("NONE-01")).toMatchObject({ recipientsNone: true, transfersNone: true, securityMeasuresNone: true, specialCategoriesNone: true, automatedDecisionMaking: false });
    expect(activity("GAP-01")).toMatchObject({ recipientsNone: false, transfersNone: false, securityMeasuresNone: false, specialCategoriesNone: false, automatedDecisionMaking: null });
    expect(json.recipients.find((recipient) => recipient.name === "Referenced Hosting GmbH")).toMatchObject({ dpaStatus: "IN_PLACE", dpaSignedOn: null });
  });

  it("CSV import: the words come back as the answers, not as entries", async () => {
    const csv = (await exportRegister(member, "csv", {}, NOW))!.body as string;
    const parsed = await parseUpload("register.csv", Buffer.from(csv));
    if (!parsed.ok || parsed.format === "json") throw new Error("not a spreadsheet");
    const headerRow = findHeaderRow(parsed.table)!;
    const mapping = suggestMapping(parsed.table[headerRow]);
    const catalogue = { ...(await loadImportCatalogue(db, member.organisation.id)), existingReferences: [] };
    const preview = buildPreview(parsed.table, headerRow, mapping, catalogue);
    const input = (reference: string) => preview.rows.find((row) => row.reference === reference)!.input!;
    expect(preview.missing.map((entry) => entry.name)).not.toContain("None");
    expect(preview.missing.map((entry) => entry.name)).not.toContain("Not recorded");
    expect(input("NONE-01")).toMatchObject({ recipientsNone: true, transfersNone: true, securityMeasuresNone: true, specialCategoriesNone: true, automatedDecisionMaking: false, recipients: [] });
    expect(input("GAP-01")).toMatchObject({ recipientsNone: false, transfersNone: false, securityMeasuresNone: false, specialCategoriesNone: false, automatedDecisionMaking: null, recipients: [] });
  });
});
