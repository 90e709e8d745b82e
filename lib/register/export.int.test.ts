import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertCountries } from "../catalogues/countries";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { createDb } from "../db";
import { createDemoOrganisation, type DemoOrganisation } from "../demo/demo-organisation";
import { parseCsv } from "../../test/support/csv-parse";
import type { Actor } from "../mutations/actor";
import { exportRegister } from "./export";
import { ICO_CONTROLLER_COLUMNS } from "./ico-layout";
import type { RegisterJson } from "./json";
import { getActivityCompleteness, getOrganisationCompleteness, listCompletenessSummaries, loadRegisterSource } from "./queries";
import { CONTACTS_SHEET, CONTROLLER_SHEET, FIRST_DATA_ROW, HEADER_ROW, PROCESSOR_SHEET, XLSX_CONTROLLER_COLUMNS } from "./xlsx";

const db = createDb(process.env.DATABASE_URL!);
const NOW = new Date("2026-11-27T10:00:00Z");

let demo: DemoOrganisation;
let member: Actor;
let slug: string;

beforeAll(async () => {
  await upsertCountries(db);
  const user = await db.user.create({
    data: { email: `register-${crypto.randomUUID()}@example.test`, name: "Register Test", passwordHash: "x" },
    select: { id: true, email: true },
  });
  slug = `demo-${crypto.randomUUID().slice(0, 8)}`;
  demo = await db.$transaction((tx) => createDemoOrganisation(tx, { actor: user, slug }), { timeout: 60_000 });
  member = { user, organisation: { id: demo.organisationId }, role: "VIEWER" };
});

afterAll(async () => {
  await db.$disconnect();
});

const column = (key: (typeof ICO_CONTROLLER_COLUMNS)[number]["key"]) => ICO_CONTROLLER_COLUMNS.findIndex((c) => c.key === key);

describe("register exports of the demo organisation", () => {
  it("XLSX: a title line, the header with reference and name first, one line per purpose, and the contact block on its own sheet", async () => {
    const result = (await exportRegister(member, "xlsx", {}, NOW))!;
    expect(result.fileName).toBe(`${slug}-register-2026-11-27.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(CONTROLLER_SHEET)!;
    // No activity of the demo is carried out as a processor.
    expect(workbook.getWorksheet(PROCESSOR_SHEET)).toBeUndefined();
    const contacts = workbook.getWorksheet(CONTACTS_SHEET)!;
    const text = (target: ExcelJS.Worksheet, row: number, col: number) => String(target.getRow(row).getCell(col).value ?? "");
    expect(text(contacts, 3, 1)).toBe("Controller");
    expect(text(contacts, 3, 2)).toBe("Open-Xchange AG");
    expect(text(contacts, 3, 3)).toBe("Hohenzollernring 72, 50672 Köln, Germany");
    expect(text(contacts, 4, 2)).toBe("Dr. Jana Jentzsch, Jentzsch-IT Rechtsanwaltsgesellschaft mbH");
    expect(text(contacts, 4, 4)).toBe("info@jentzsch-it.de");
    expect(text(sheet, 1, 1)).toContain("Open-Xchange AG — exported 2026-11-27");
    expect(XLSX_CONTROLLER_COLUMNS.map((c, i) => text(sheet, HEADER_ROW, i + 1))).toEqual(XLSX_CONTROLLER_COLUMNS.map((c) => c.header));
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW, xSplit: 2 });

    const lines: ExcelJS.Row[] = [];
    sheet.eachRow((row, number) => number >= FIRST_DATA_ROW && lines.push(row));
    const activities = await db.processingActivity.findMany({ where: { organisationId: member.organisation.id, role: { not: "PROCESSOR" } }, select: { _count: { select: { purposes: true } } } });
    expect(lines.length).toBe(activities.reduce((sum, activity) => sum + Math.max(activity._count.purposes, 1), 0));
    const sheetColumn = (key: (typeof XLSX_CONTROLLER_COLUMNS)[number]["key"]) => XLSX_CONTROLLER_COLUMNS.findIndex((c) => c.key === key) + 1;
    const web = lines.find((row) => row.getCell(sheetColumn("name")).value === "Web server log files")!;
    expect(web.getCell(sheetColumn("reference")).value).toBe("WEB-01");
    expect(String(web.getCell(sheetColumn("purposes")).value)).toContain("Providing the website and its functions");
    expect(String(web.getCell(sheetColumn("art6Bases")).value)).toContain("Art. 6(1)(f) GDPR");
    expect(String(web.getCell(sheetColumn("legitimateInterests")).value)).toContain("Delivering the website and its functions to its visitors.");
    expect(sheet.getColumn(sheetColumn("purposes")).width).toBeGreaterThan(30);
  });

  it("CSV: RFC 4180 with a byte order mark, the same header and rows", async () => {
    const result = (await exportRegister(member, "csv", {}, NOW))!;
    const body = result.body as string;
    expect(body.startsWith("\uFEFF")).toBe(true);
    expect(body).toContain("\r\n");
    const rows = parseCsv(body);
    expect(rows[0]).toEqual(ICO_CONTROLLER_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(1 + 7);
    const web = rows.find((row) => row[column("reference")] === "WEB-01")!;
    expect(web[column("name")]).toBe("Web server log files");
    expect(web[column("location")]).toBe("Open-Xchange's web server");
    // Multi-line cells survive quoting.
    expect(rows.every((row) => row.length === ICO_CONTROLLER_COLUMNS.length)).toBe(true);
  });

  it("JSON: versioned and complete, with catalogue entries referenced by name or citation", async () => {
    const result = (await exportRegister(member, "json", {}, NOW))!;
    const json = JSON.parse(result.body as string) as RegisterJson;
    expect(json).toMatchObject({ format: "ropa-register", schemaVersion: 2, exportedAt: NOW.toISOString() });
    expect(json.organisation).toMatchObject({ slug, legalName: "Open-Xchange AG", address: "Hohenzollernring 72, 50672 Köln, Germany" });
    expect(json.activities).toHaveLength(7);
    const web = json.activities.find((activity) => activity.reference === "WEB-01")!;
    expect(web.name).toBe("Web server log files");
    expect(web.purposes[0].legalBases).toEqual(["Art. 6(1)(f) GDPR"]);
    const citations = new Set(json.catalogues.legalBases.map((basis) => basis.citation));
    const categories = new Set(json.catalogues.dataCategories.map((category) => category.name));
    const recipients = new Set(json.recipients.map((recipient) => recipient.name));
    for (const activity of json.activities) {
      for (const purpose of activity.purposes) for (const basis of purpose.legalBases) expect(citations).toContain(basis);
      for (const link of activity.dataCategories) expect(categories).toContain(link.dataCategory);
      for (const party of activity.parties) expect(recipients).toContain(party.recipient);
    }
    expect(JSON.stringify(json)).not.toContain(demo.organisationId);
  });

  it("records each export in the audit log with the format, the language, the count and the filters", async () => {
    await exportRegister(member, "csv", { status: "ACTIVE" }, NOW);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organisationId: demo.organisationId, action: "EXPORT", entityType: "Register" },
      orderBy: { createdAt: "desc" },
    });
    const active = await db.processingActivity.count({ where: { organisationId: demo.organisationId, status: "ACTIVE" } });
    // The language the export was made in (the default here) and how many texts stood in for want of a translation.
    expect(event.after).toEqual({ format: "csv", language: "en", untranslated: 0, activities: active, filters: { status: "ACTIVE" } });
    expect(event.actorId).toBe(member.user.id);
  });

  it("writes the PDF through the same registry, and answers nothing for an unknown format", async () => {
    const pdf = (await exportRegister(member, "pdf", {}, NOW))!;
    expect(pdf.contentType).toBe("application/pdf");
    expect(pdf.fileName).toMatch(/-register-2026-\d\d-\d\d\.pdf$/);
    expect((pdf.body as Buffer).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(await exportRegister(member, "docx", {}, NOW)).toBeNull();
  });
});

describe("loadRegisterSource", () => {
  it("filters by status and department, and never reads another organisation's activities", async () => {
    const other = await db.organisation.create({ data: { slug: `other-${crypto.randomUUID().slice(0, 8)}`, legalName: "Other Ltd" } });
    await db.$transaction((tx) => createDefaultCatalogues(tx, other.id));
    await db.processingActivity.create({ data: { organisationId: other.id, reference: "WEB-01", name: "Other's activity", department: "Marketing" } });
    const [mine] = await db.processingActivity.findMany({ where: { organisationId: demo.organisationId }, take: 1, orderBy: { reference: "asc" } });
    await db.processingActivity.update({ where: { id: mine.id }, data: { department: "Marketing" } });

    const all = (await loadRegisterSource(demo.organisationId))!;
    expect(all.activities.map((a) => a.name)).not.toContain("Other's activity");
    const marketing = (await loadRegisterSource(demo.organisationId, { department: "Marketing" }))!;
    expect(marketing.activities.map((a) => a.id)).toEqual([mine.id]);
    const retired = (await loadRegisterSource(demo.organisationId, { status: "RETIRED" }))!;
    expect(retired.activities).toEqual([]);
    expect(await loadRegisterSource("no-such-organisation")).toBeNull();
  });
});

describe("completeness of the demo organisation", () => {
  it("finds what the demo's records lack, by article letter, for the dashboard, the table and the activity page", async () => {
    const web = demo.activityIds["WEB-01"];
    const cookies = demo.activityIds["WEB-02"];
    const organisation = (await getOrganisationCompleteness(demo.organisationId, NOW))!;
    expect(organisation.activities).toBeGreaterThan(0);
    expect(organisation.percent).toBeLessThan(100);
    // WEB-02 (technically required cookies) records its purpose without a legal basis.
    expect(organisation.byLetter.find((entry) => entry.letter === "b")?.activities).toBeGreaterThanOrEqual(1);

    const summaries = await listCompletenessSummaries(demo.organisationId, [web, cookies], NOW);
    expect([...summaries.keys()].sort()).toEqual([web, cookies].sort());
    expect(summaries.get(cookies)!.missing.map((item) => item.letter)).toContain("b");

    const activity = (await getActivityCompleteness(demo.organisationId, cookies, NOW))!;
    expect(activity.total).toBe(7);
    expect(activity.missing.find((item) => item.letter === "b")?.href).toBe(`/activities/${cookies}/edit#purposes`);
    expect(await getActivityCompleteness("another-organisation", cookies, NOW)).toBeNull();
  });
});
