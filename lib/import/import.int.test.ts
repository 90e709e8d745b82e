import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { upsertCountries } from "../catalogues/countries";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { createDb } from "../db";
import { findHeaderRow, suggestMapping } from "./map";
import { parseUpload } from "./parse";
import { applySpreadsheetImport, loadImportCatalogue } from "./spreadsheet";
import type { Actor } from "../mutations/actor";
import type { StoredUpload } from "./store";
import { buildPreview } from "./validate";
import { inEnglish } from "@/lib/i18n/english";

const db = createDb(process.env.DATABASE_URL!);
type Upload = Extract<StoredUpload, { format: "xlsx" | "csv" }>;

const HEADERS = [
  "Reference",
  "Name of processing activity",
  "Business function",
  "Purpose of processing",
  "Article 6 lawful basis for processing personal data",
  "Legitimate interests for the processing (if applicable)",
  "Categories of individuals",
  "Categories of personal data",
  "Categories of recipients",
  "Names of third countries or international organisations that personal data are transferred to (if applicable)",
  "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)",
  "Retention schedule (if possible)",
  "General description of technical and organisational security measures (if possible)",
  "Last reviewed",
];

const good = [
  ["HR-01", "Payroll", "HR", "Paying salaries", "Art. 6(1)(b)", "", "Employees", "Contact data; Payroll data", "Payroll Bureau Ltd", "", "", "6 years after the end of employment", "Encryption at rest; Role-based access control", "2026-01-15"],
  ["MKT-01", "Newsletter", "Marketing", "Sending the newsletter\nMeasuring opening rates", "Article 6(1)(a) consent", "", "customers", "contact data", "", "United States", "SCCs", "Until consent is withdrawn", "", "15.02.2026"],
];

async function xlsx(rows: string[][], headers = HEADERS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Controller register");
  // The ICO template's contact block sits above the header row.
  sheet.addRow(["", "Name", "Address", "Email", "Telephone"]);
  sheet.addRow(["Controller", "Import Test Ltd", "1 High Street, London", "privacy@example.test", ""]);
  sheet.addRow(["Data Protection Officer", "", "", "", ""]);
  sheet.addRow([]);
  sheet.addRow(headers);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csv = (rows: string[][]) =>
  [HEADERS, ...rows].map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(",")).join("\r\n");

async function upload(actor: Actor, fileName: string, bytes: Buffer): Promise<Upload> {
  const parsed = await parseUpload(fileName, bytes);
  if (!parsed.ok || parsed.format === "json") throw new Error(parsed.ok ? "json" : parsed.error);
  const headerRow = findHeaderRow(parsed.table)!;
  return {
    id: crypto.randomUUID().replaceAll("-", ""),
    organisationId: actor.organisation.id,
    userId: actor.user.id,
    fileName,
    createdAt: new Date().toISOString(),
    format: parsed.format,
    table: parsed.table,
    headerRow,
    mapping: suggestMapping(parsed.table[headerRow]),
  };
}

async function organisationWith(role: Role): Promise<Actor> {
  const id = crypto.randomUUID().slice(0, 8);
  const organisation = await db.organisation.create({ data: { slug: `import-${id}`, legalName: `Import ${id}` }, select: { id: true } });
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
  const user = await db.user.create({
    data: { email: `import-${id}@example.test`, name: "Importer", passwordHash: "x", memberships: { create: { organisationId: organisation.id, role } } },
    select: { id: true, email: true },
  });
  return { user, organisation, role };
}

/** Every row the import could write, for "nothing written" checks. */
async function counts(organisationId: string) {
  const where = { organisationId };
  return {
    activities: await db.processingActivity.count({ where }),
    purposes: await db.purpose.count({ where: { activity: where } }),
    dataCategories: await db.dataCategory.count({ where }),
    dataSubjectCategories: await db.dataSubjectCategory.count({ where }),
    recipients: await db.recipient.count({ where }),
    securityMeasures: await db.securityMeasure.count({ where }),
    auditEvents: await db.auditEvent.count({ where }),
  };
}

let editor: Actor;
let foreign: Actor;

beforeAll(async () => {
  await upsertCountries(db);
  foreign = await organisationWith("EDITOR");
  await db.processingActivity.create({ data: { organisationId: foreign.organisation.id, reference: "HR-01", name: "Foreign payroll" } });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("spreadsheet import", () => {
  beforeAll(async () => {
    editor = await organisationWith("EDITOR");
  });

  it("imports an XLSX in the ICO layout after the user confirms the missing catalogue entries", async () => {
    const file = await upload(editor, "register.xlsx", await xlsx(good));
    expect(file.headerRow).toBe(4);
    const preview = buildPreview(file.table, file.headerRow, file.mapping, await loadImportCatalogue(db, editor.organisation.id));
    expect(preview.errorRows).toBe(0);
    expect(preview.missing.map((entry) => `${entry.type}:${entry.name}`).sort()).toEqual(["dataCategory:Payroll data", "recipient:Payroll Bureau Ltd"]);

    const before = await counts(editor.organisation.id);
    const foreignBefore = await counts(foreign.organisation.id);
    const refused = await applySpreadsheetImport(editor, file, { createMissing: false });
    expect(!refused.ok && inEnglish(refused.formError ?? "")).toContain("missing catalogue entries");
    expect(await counts(editor.organisation.id)).toEqual(before);

    expect(await applySpreadsheetImport(editor, file, { createMissing: true })).toEqual({ ok: true, activities: 2, catalogueEntries: 2 });
    const after = await counts(editor.organisation.id);
    expect(after).toMatchObject({ activities: 2, purposes: 3, dataCategories: before.dataCategories + 1, recipients: 1 });
    // One event per activity and per created entry, and one for the import itself.
    expect(after.auditEvents - before.auditEvents).toBe(2 + 2 + 1);
    expect(await db.auditEvent.count({ where: { organisationId: editor.organisation.id, action: "IMPORT" } })).toBe(5);
    expect(await counts(foreign.organisation.id)).toEqual(foreignBefore);

    const newsletter = await db.processingActivity.findUniqueOrThrow({
      where: { organisationId_reference: { organisationId: editor.organisation.id, reference: "MKT-01" } },
      include: {
        purposes: { orderBy: { position: "asc" }, include: { legalBases: { include: { legalBasis: true } } } },
        dataCategories: { include: { dataCategory: true } },
        dataSubjects: { include: { dataSubjectCategory: true } },
        transfers: true,
      },
    });
    expect(newsletter).toMatchObject({ name: "Newsletter", department: "Marketing", status: "ACTIVE" });
    expect(newsletter.lastReviewedOn?.toISOString().slice(0, 10)).toBe("2026-02-15");
    expect(newsletter.purposes.map((p) => [p.description, p.legalBases.map((b) => b.legalBasis.citation)])).toEqual([
      ["Sending the newsletter", ["Art. 6(1)(a) GDPR"]],
      ["Measuring opening rates", ["Art. 6(1)(a) GDPR"]],
    ]);
    // Catalogue entries are matched by name whatever the case.
    expect(newsletter.dataCategories.map((c) => [c.dataCategory.name, c.retention])).toEqual([["Contact data", "Until consent is withdrawn"]]);
    expect(newsletter.dataSubjects.map((s) => s.dataSubjectCategory.name)).toEqual(["Customers"]);
    expect(newsletter.transfers).toMatchObject([{ countryCode: "US", safeguard: "SCC" }]);
  });

  it("imports a CSV with the same columns", async () => {
    const actor = await organisationWith("EDITOR");
    const rows = [["IT-01", "Help desk", "IT", "Answering support requests", "6(1)(b)", "", "Employees", "Contact data", "", "", "", "", "", ""]];
    const file = await upload(actor, "register.csv", Buffer.from(`\uFEFF${csv(rows)}`));
    expect(await applySpreadsheetImport(actor, file, { createMissing: false })).toEqual({ ok: true, activities: 1, catalogueEntries: 0 });
    expect(await db.processingActivity.findFirst({ where: { organisationId: actor.organisation.id }, select: { reference: true, name: true } })).toEqual({
      reference: "IT-01",
      name: "Help desk",
    });
  });

  it("shows every row error in the preview and writes nothing, not even the good rows", async () => {
    const actor = await organisationWith("EDITOR");
    await db.processingActivity.create({ data: { organisationId: actor.organisation.id, reference: "OLD-01", name: "Existing" } });
    const row = (reference: string, changes: Record<number, string>) => {
      const cells = [reference, `Activity ${reference}`, "", "A purpose", "Art. 6(1)(b)", "", "", "", "", "", "", "", "", ""];
      for (const [index, value] of Object.entries(changes)) cells[Number(index)] = value;
      return cells;
    };
    const file = await upload(
      actor,
      "errors.xlsx",
      await xlsx([
        row("OK-01", {}),
        row("BAD-01", { 4: "Art. 6(1)(z) whatever" }),
        row("BAD-02", { 3: "" }),
        row("BAD-03", { 13: "31.02.2026" }),
        row("BAD-04", { 9: "Atlantis", 10: "SCCs" }),
        row("OLD-01", {}),
        row("OK-01", {}),
      ]),
    );
    const preview = buildPreview(file.table, file.headerRow, file.mapping, await loadImportCatalogue(db, actor.organisation.id));
    const errors = Object.fromEntries(preview.rows.map((r) => [`${r.line}:${r.reference}`, r.errors.map((e) => `${e.field}: ${inEnglish(e.message)}`).join(" | ")]));
    expect(errors["6:OK-01"]).toBe("");
    expect(errors["7:BAD-01"]).toMatch(/^art6Bases: “Art. 6\(1\)\(z\) whatever” is not a legal basis/);
    expect(errors["8:BAD-02"]).toMatch(/^purposes: Enter the purpose/);
    expect(errors["9:BAD-03"]).toMatch(/^lastReviewedOn: “31.02.2026” is not a date/);
    expect(errors["10:BAD-04"]).toMatch(/^thirdCountries: “Atlantis” is not a country/);
    expect(errors["11:OLD-01"]).toMatch(/^reference: An activity with the reference “OLD-01” exists already/);
    expect(errors["12:OK-01"]).toMatch(/^reference: The reference “OK-01” is used twice in the file \(also in row 6\)/);
    expect(preview.errorRows).toBe(6);

    const before = await counts(actor.organisation.id);
    const result = await applySpreadsheetImport(actor, file, { createMissing: true });
    expect(!result.ok && inEnglish(result.formError ?? "")).toContain("6 rows have errors");
    expect(await counts(actor.organisation.id)).toEqual(before);
  });

  it("refuses a file without the ICO columns, and a file with a header but no rows", async () => {
    const parsed = await parseUpload("other.csv", Buffer.from("Customer,Order,Amount\nAlice,1,10\n"));
    expect(parsed.ok && parsed.format === "csv" && findHeaderRow(parsed.table)).toBeNull();
    const actor = await organisationWith("EDITOR");
    const file = await upload(actor, "empty.xlsx", await xlsx([]));
    const preview = buildPreview(file.table, file.headerRow, file.mapping, await loadImportCatalogue(db, actor.organisation.id));
    expect(preview.mappingErrors.map(inEnglish)).toEqual(["The file has a header row but no activities below it."]);
    expect(await applySpreadsheetImport(actor, file, { createMissing: true })).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("needs a purpose column before anything can be imported", async () => {
    const actor = await organisationWith("EDITOR");
    const file = await upload(actor, "register.xlsx", await xlsx(good));
    const mapping = file.mapping.map((field) => (field === "purposes" ? null : field));
    const preview = buildPreview(file.table, file.headerRow, mapping, await loadImportCatalogue(db, actor.organisation.id));
    expect(inEnglish(preview.mappingErrors[0])).toContain("Purpose of processing");
    expect(await applySpreadsheetImport(actor, { ...file, mapping }, { createMissing: true })).toMatchObject({ ok: false });
    expect(await db.processingActivity.count({ where: { organisationId: actor.organisation.id } })).toBe(0);
  });

  it("never writes into another organisation, and refuses viewers", async () => {
    const foreignBefore = await counts(foreign.organisation.id);
    const actor = await organisationWith("EDITOR");
    const file = await upload(foreign, "register.xlsx", await xlsx(good));
    // An upload made in organisation B cannot be confirmed by a member of organisation A.
    expect(await applySpreadsheetImport(actor, file, { createMissing: true })).toMatchObject({ ok: false, kind: "not-found" });
    const viewer = await organisationWith("VIEWER");
    expect(await applySpreadsheetImport(viewer, { ...file, organisationId: viewer.organisation.id, userId: viewer.user.id }, { createMissing: true })).toMatchObject({ ok: false, kind: "refused" });
    expect(await counts(foreign.organisation.id)).toEqual(foreignBefore);
    expect(await db.processingActivity.count({ where: { organisationId: actor.organisation.id } })).toBe(0);
  });
});
