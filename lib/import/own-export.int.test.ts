import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertCountries } from "../catalogues/countries";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { createDb } from "../db";
import { createDemoOrganisation } from "../demo/demo-organisation";
import { buildRegister } from "../register/build";
import { renderRegisterCsv } from "../register/csv";
import { loadRegisterSource } from "../register/queries";
import { renderRegisterXlsx } from "../register/xlsx";
import { findHeaderRow, suggestMapping } from "./map";
import { parseUpload } from "./parse";
import { applySpreadsheetImport, loadImportCatalogue } from "./spreadsheet";
import type { Actor } from "../mutations/actor";
import { buildPreview } from "./validate";
import { inEnglish } from "@/lib/i18n/english";

const db = createDb(process.env.DATABASE_URL!);
let register: ReturnType<typeof buildRegister>;

async function emptyOrganisation(): Promise<Actor> {
  const id = crypto.randomUUID().slice(0, 8);
  const organisation = await db.organisation.create({ data: { slug: `own-${id}`, legalName: `Own ${id}` }, select: { id: true } });
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
  const user = await db.user.create({
    data: { email: `own-${id}@example.test`, name: "Importer", passwordHash: "x", memberships: { create: { organisationId: organisation.id, role: "EDITOR" } } },
    select: { id: true, email: true },
  });
  return { user, organisation, role: "EDITOR" };
}

beforeAll(async () => {
  await upsertCountries(db);
  const user = await db.user.create({ data: { email: `own-demo-${crypto.randomUUID()}@example.test`, name: "Demo", passwordHash: "x" }, select: { id: true, email: true } });
  const demo = await db.$transaction((tx) => createDemoOrganisation(tx, { actor: user, slug: `own-demo-${crypto.randomUUID().slice(0, 8)}` }), { timeout: 60_000 });
  register = buildRegister((await loadRegisterSource(demo.organisationId))!);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("our own spreadsheet exports import into another organisation", () => {
  it.each(["xlsx", "csv"] as const)("%s: every demo activity comes in without errors, with its legal bases and transfers", async (format) => {
    const actor = await emptyOrganisation();
    const bytes = format === "csv" ? Buffer.from(renderRegisterCsv(register)) : Buffer.from(await renderRegisterXlsx(register));
    const parsed = await parseUpload(`register.${format}`, bytes);
    if (!parsed.ok || parsed.format === "json") throw new Error("not a spreadsheet");
    const headerRow = findHeaderRow(parsed.table)!;
    const mapping = suggestMapping(parsed.table[headerRow]);
    const catalogue = await loadImportCatalogue(db, actor.organisation.id);
    const errors = () => buildPreview(parsed.table, headerRow, mapping, catalogue).rows.flatMap((row) => row.errors.map((error) => `${row.reference} ${error.field}: ${inEnglish(error.message)}`));
    // The demo records no legal basis for its cookies (its policy names none): the same rule as in the form stops an active activity without one.
    expect(errors()).toEqual(["WEB-02 art6Bases: Choose the legal basis for this purpose (Art. 6(1))."]);
    const web02 = parsed.table.find((row) => row.includes("WEB-02"))!;
    web02[mapping.indexOf("status")] = "Draft";
    expect(errors()).toEqual([]);
    const preview = buildPreview(parsed.table, headerRow, mapping, catalogue);
    // The demo's recipients are not in a new organisation's catalogue; its names come without the export's decorations.
    expect(preview.missing.filter((entry) => entry.type === "recipient").map((entry) => entry.name).sort()).toEqual([
      "Apple Push Notification Service",
      "Google Firebase Cloud Messaging",
      "Law enforcement authorities",
      "Piwik PRO",
      "User's e-mail Service Provider",
    ]);
    const upload = { id: "u", organisationId: actor.organisation.id, userId: actor.user.id, fileName: "r", createdAt: "", format, table: parsed.table, headerRow, mapping };
    expect(await applySpreadsheetImport(actor, upload, { createMissing: true })).toMatchObject({ ok: true, activities: 7 });
    const web = await db.processingActivity.findUniqueOrThrow({
      where: { organisationId_reference: { organisationId: actor.organisation.id, reference: "APP-04" } },
      include: { purposes: { include: { legalBases: { include: { legalBasis: true } } } }, transfers: true },
    });
    expect(web.purposes.flatMap((p) => p.legalBases.map((b) => b.legalBasis.citation)).length).toBeGreaterThan(0);
    expect(web.transfers.map((t) => t.countryCode)).toEqual(["US", "US"]);
  });
});
