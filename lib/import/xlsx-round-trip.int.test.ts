// Regression: the XLSX listed purposes, legal bases and legitimate interests as separate lists, and
// the import spread them over the purposes by guesswork; the register it read back was a different one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activitySchema, type ActivityInput } from "../activities/schema";
import { upsertCountries } from "../catalogues/countries";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { createDb } from "../db";
import { buildRegister, type Register } from "../register/build";
import { loadRegisterSource } from "../register/queries";
import { renderRegisterXlsx } from "../register/xlsx";
import { findHeaderRow, suggestMapping } from "./map";
import { parseUpload } from "./parse";
import { applySpreadsheetImport, loadImportCatalogue } from "./spreadsheet";
import type { Actor } from "../mutations/actor";
import { buildPreview } from "./validate";
import { createActivities } from "./write";

const db = createDb(process.env.DATABASE_URL!);
const NOW = new Date("2026-12-02T10:00:00Z");
const LEGAL_NAME = "Round Trip GmbH";

async function organisation(prefix: string): Promise<Actor> {
  const id = crypto.randomUUID().slice(0, 8);
  const created = await db.organisation.create({ data: { slug: `${prefix}-${id}`, legalName: LEGAL_NAME }, select: { id: true } });
  await db.$transaction((tx) => createDefaultCatalogues(tx, created.id));
  const user = await db.user.create({
    data: { email: `${prefix}-${id}@example.test`, name: "Importer", passwordHash: "x", memberships: { create: { organisationId: created.id, role: "EDITOR" } } },
    select: { id: true, email: true },
  });
  return { user, organisation: created, role: "EDITOR" };
}

/** The register as a reader sees it: everything but the database ids and the organisation's own profile. */
function readable(register: Register) {
  return {
    controller: register.controller.map((entry) => ({ ...entry, id: undefined })),
    processor: register.processor,
    processorRows: register.processorRows,
  };
}

let original: Actor;

beforeAll(async () => {
  await upsertCountries(db);
  original = await organisation("rt-source");
  const orgId = original.organisation.id;
  const recipient = (name: string, kind: "PROCESSOR" | "PUBLIC_AUTHORITY" | "CONTROLLER", countryCode: string | null) =>
    db.recipient.create({ data: { organisationId: orgId, name, kind, countryCode }, select: { id: true } });
  const payroll = await recipient("Payroll Bureau Ltd", "PROCESSOR", "DE");
  const cloud = await recipient("Cloud Host Inc.", "PROCESSOR", "US");
  const tax = await recipient("Tax office", "PUBLIC_AUTHORITY", "DE");
  const analytics = await recipient("Insight Analytics Pvt Ltd", "CONTROLLER", "IN");
  const custom = await db.dataCategory.create({ data: { organisationId: orgId, name: "Loyalty points" }, select: { id: true } });

  const catalogue = await loadImportCatalogue(db, orgId);
  const basis = (citation: string) => catalogue.legalBases.find((b) => b.citation === citation)!.id;
  const category = (name: string) => catalogue.dataCategories.find((c) => c.name === name)!.id;
  const subject = (name: string) => catalogue.dataSubjectCategories.find((c) => c.name === name)!.id;
  const measure = (name: string) => catalogue.securityMeasures.find((m) => m.name === name)!.id;
  const schema = activitySchema({ ...catalogue, dataCategories: catalogue.dataCategories, securityMeasures: catalogue.securityMeasures });
  const inputs: ActivityInput[] = [
    {
      reference: "HR-01",
      name: "Payroll & absences",
      department: "Human Resources",
      status: "ACTIVE",
      role: "CONTROLLER",
      purposes: [
        { description: "Paying salaries; deducting tax", legalBasisIds: [basis("Art. 6(1)(b) GDPR"), basis("Art. 6(1)(c) GDPR")], legitimateInterests: "", balancingTestReference: "" },
        {
          description: "Detecting payroll fraud",
          legalBasisIds: [basis("Art. 6(1)(c) GDPR"), basis("Art. 6(1)(f) GDPR")],
          legitimateInterests: "Protecting the company against fraud by its staff",
          balancingTestReference: "LIA-2026-04",
        },
      ],
      dataSubjectCategoryIds: [subject("Employees")],
      dataCategories: [
        { dataCategoryId: category("Financial data"), details: "IBAN, salary", retention: "10 years (§ 147 AO)", art9ConditionId: null },
        { dataCategoryId: category("Health data"), details: "Sick notes", retention: "3 years after the absence", art9ConditionId: basis("Art. 9(2)(b) GDPR") },
        { dataCategoryId: category("Criminal convictions and offences"), details: "", retention: "", art9ConditionId: basis("Art. 10 GDPR") },
      ],
      recipients: [
        { recipientId: payroll.id, note: "Runs the payroll — monthly" },
        { recipientId: tax.id, note: "" },
      ],
      transfers: [],
      securityMeasureIds: [measure("Role-based access control"), measure("Encryption at rest"), measure("Daily backups")],
      securityDescription: "Payroll files are kept in a separate HR share.",
      dataSource: "BOTH",
      dataSourceDescription: "Tax office notices",
      dpiaRequired: true,
      dpiaStatus: "COMPLETED",
      dpiaReference: "DPIA-7",
      automatedDecisionMaking: false,
      storageLocation: "HR system, Frankfurt",
    },
    {
      reference: "MKT-02",
      name: "Customer loyalty programme",
      department: "Marketing",
      status: "ACTIVE",
      role: "CONTROLLER",
      purposes: [
        { description: "Running the loyalty programme", legalBasisIds: [basis("Art. 6(1)(b) GDPR")], legitimateInterests: "", balancingTestReference: "" },
        {
          description: "Analysing purchases to tailor offers",
          legalBasisIds: [basis("Art. 6(1)(a) GDPR"), basis("Art. 6(1)(f) GDPR")],
          legitimateInterests: "Offers our customers want: a relevant selection",
          balancingTestReference: "",
        },
        { description: "Sending offers by e-mail", legalBasisIds: [basis("Art. 6(1)(a) GDPR")], legitimateInterests: "", balancingTestReference: "" },
      ],
      dataSubjectCategoryIds: [subject("Customers"), subject("Newsletter subscribers")],
      dataCategories: [
        { dataCategoryId: category("Contact data"), details: "", retention: "Until the membership ends", art9ConditionId: null },
        { dataCategoryId: custom.id, details: "Points balance and history", retention: "2 years after the last purchase", art9ConditionId: null },
      ],
      recipients: [
        { recipientId: cloud.id, note: "" },
        { recipientId: analytics.id, note: "Receives pseudonymised purchase data" },
      ],
      hasTransfers: true,
      transfers: [
        { countryCode: "US", internationalOrganisation: "", recipientId: cloud.id, safeguard: "SCC", safeguardDetails: "Module 2", safeguardReference: "" },
        { countryCode: "IN", internationalOrganisation: "", recipientId: analytics.id, safeguard: "SCC", safeguardDetails: "", safeguardReference: "" },
      ],
      securityMeasureIds: [measure("TLS encryption in transit"), measure("Pseudonymisation")],
      securityDescription: "",
      dataSource: "DATA_SUBJECT",
      dpiaRequired: false,
      dpiaStatus: "NOT_REQUIRED",
      automatedDecisionMaking: true,
      automatedDecisionLogic: "Offers are chosen from past purchases",
      automatedDecisionConsequences: "Different members see different offers",
      storageLocation: "CRM, EU region",
    },
  ].map((raw) => schema.parse(raw));
  await db.$transaction((tx) => createActivities(tx, orgId, inputs.map((input) => ({ ...input, createdById: null, updatedById: null }))));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("XLSX export → import → export", () => {
  it("gives the same register in an empty organisation", async () => {
    const before = buildRegister((await loadRegisterSource(original.organisation.id, {}, NOW))!);
    // The register this test relies on: several purposes with several bases each, and interests.
    expect(before.controller.map((entry) => entry.purposes.length)).toEqual([2, 3]);

    const parsed = await parseUpload("register.xlsx", await renderRegisterXlsx(before));
    if (!parsed.ok || parsed.format !== "xlsx") throw new Error(JSON.stringify(parsed));
    const headerRow = findHeaderRow(parsed.table)!;
    const target = await organisation("rt-target");
    const upload = {
      id: "u",
      organisationId: target.organisation.id,
      userId: target.user.id,
      fileName: "register.xlsx",
      createdAt: "",
      format: "xlsx" as const,
      table: parsed.table,
      headerRow,
      mapping: suggestMapping(parsed.table[headerRow]),
    };
    // One preview entry per activity, with the rows (one per purpose) it was read from.
    const preview = buildPreview(upload.table, headerRow, upload.mapping, await loadImportCatalogue(db, target.organisation.id));
    expect(preview.rows.map((row) => [row.reference, row.line, row.lastLine, row.errors])).toEqual([
      ["HR-01", 3, 4, []],
      ["MKT-02", 5, 7, []],
    ]);
    expect(await applySpreadsheetImport(target, upload, { createMissing: true })).toEqual({ ok: true, activities: 2, catalogueEntries: 5 });

    const after = buildRegister((await loadRegisterSource(target.organisation.id, {}, NOW))!);
    expect(readable(after)).toEqual(readable(before));
    // What the comparison covers, spelled out: each purpose keeps its own bases and interests, and the
    // recipients, categories and transfers come back with their kinds, notes, details and safeguards.
    const payroll = after.controller.find((entry) => entry.reference === "HR-01")!;
    expect(payroll.purposes[1]).toEqual({
      description: "Detecting payroll fraud",
      legalBases: ["Art. 6(1)(c) GDPR – Legal obligation", "Art. 6(1)(f) GDPR – Legitimate interests"],
      legitimateInterests: "Protecting the company against fraud by its staff",
      balancingTestReference: "LIA-2026-04",
    });
    expect(payroll.row.recipients).toBe("Payroll Bureau Ltd (Processor) — Runs the payroll — monthly\nTax office (Public authority)");
    expect(payroll.row.dataCategories).toContain("Health data — Sick notes");
    expect(payroll.row.art9Conditions).toBe("Health data: Art. 9(2)(b) GDPR – Employment and social security law\nCriminal convictions and offences: Art. 10 GDPR – Criminal convictions and offences");
    const loyalty = after.controller.find((entry) => entry.reference === "MKT-02")!;
    expect(loyalty.row.safeguards).toBe("United States: Standard contractual clauses (Art. 46(2)(c)) — Module 2\nIndia: Standard contractual clauses (Art. 46(2)(c))");
    expect(loyalty.row.automatedDecisionMaking).toBe("Yes: Offers are chosen from past purchases Consequences: Different members see different offers");
  });
});
