import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { upsertCountries } from "../catalogues/countries";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { createDb } from "../db";
import { createDemoOrganisation, type DemoOrganisation } from "../demo/demo-organisation";
import { registerJson } from "../register/json";
import { loadRegisterSource } from "../register/queries";
import { applyJsonImport } from "./json-restore";
import type { Actor } from "../mutations/actor";
import { inEnglish } from "@/lib/i18n/english";

/** A refusal read in English, as the tests compare text. */
const english = <T extends object>(result: T): T => ("formError" in result && typeof result.formError === "string" ? { ...result, formError: inEnglish(result.formError) } : result);

const db = createDb(process.env.DATABASE_URL!);
let demo: DemoOrganisation;

async function organisationWith(role: Role): Promise<Actor> {
  const id = crypto.randomUUID().slice(0, 8);
  const organisation = await db.organisation.create({ data: { slug: `restore-${id}`, legalName: `Restore ${id}` }, select: { id: true } });
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
  const user = await db.user.create({
    data: { email: `restore-${id}@example.test`, name: "Restorer", passwordHash: "x", memberships: { create: { organisationId: organisation.id, role } } },
    select: { id: true, email: true },
  });
  return { user, organisation, role };
}

/** The export as it would be downloaded: parsed from its text, as the import reads it. */
async function exported(organisationId: string) {
  return JSON.parse(JSON.stringify(registerJson((await loadRegisterSource(organisationId))!)));
}

// What may differ between two organisations holding the same records.
function comparable(document: Record<string, unknown> & { organisation: Record<string, unknown> }) {
  return { ...document, exportedAt: null, organisation: { ...document.organisation, slug: null } };
}

beforeAll(async () => {
  await upsertCountries(db);
  const user = await db.user.create({ data: { email: `restore-demo-${crypto.randomUUID()}@example.test`, name: "Demo", passwordHash: "x" }, select: { id: true, email: true } });
  demo = await db.$transaction((tx) => createDemoOrganisation(tx, { actor: user, slug: `restore-demo-${crypto.randomUUID().slice(0, 8)}` }), { timeout: 60_000 });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("restoring a JSON register", () => {
  it("export → import into a new, empty organisation → export again gives the same register", async () => {
    const first = await exported(demo.organisationId);
    expect(first.activities).toHaveLength(7);
    const target = await organisationWith("DPO");
    expect(await applyJsonImport(target, first)).toEqual({ ok: true, activities: 7 });
    const second = await exported(target.organisation.id);
    expect(comparable(second)).toEqual(comparable(first));
    expect(await db.auditEvent.count({ where: { organisationId: target.organisation.id, action: "IMPORT", entityType: "ProcessingActivity" } })).toBe(7);
  });

  it("refuses an organisation that has records already, and writes nothing", async () => {
    const document = await exported(demo.organisationId);
    const target = await organisationWith("DPO");
    await db.recipient.create({ data: { organisationId: target.organisation.id, kind: "PROCESSOR", name: "Existing processor" } });
    const before = await db.auditEvent.count({ where: { organisationId: target.organisation.id } });
    const result = await applyJsonImport(target, document);
    expect(!result.ok && inEnglish(result.formError ?? "")).toContain("without activities and recipients");
    expect(await db.processingActivity.count({ where: { organisationId: target.organisation.id } })).toBe(0);
    expect(await db.legalBasis.count({ where: { organisationId: target.organisation.id } })).toBeGreaterThan(0);
    expect(await db.auditEvent.count({ where: { organisationId: target.organisation.id } })).toBe(before);
  });

  it("refuses a document that is not our export, or whose references do not resolve", async () => {
    const target = await organisationWith("OWNER");
    expect(english(await applyJsonImport(target, { hello: "world" }))).toMatchObject({ ok: false, formError: expect.stringContaining("not a register exported from this application") });
    const document = await exported(demo.organisationId);
    document.activities[0].dataSubjectCategories.push("Martians");
    expect(english(await applyJsonImport(target, document))).toMatchObject({ ok: false, formError: expect.stringContaining("“Martians” is not in the file's catalogues") });
    expect(await db.processingActivity.count({ where: { organisationId: target.organisation.id } })).toBe(0);
  });

  it("is for the DPO and the owner only, and leaves the source organisation as it was", async () => {
    const editor = await organisationWith("EDITOR");
    const document = await exported(demo.organisationId);
    expect(await applyJsonImport(editor, document)).toMatchObject({ ok: false, kind: "refused" });
    expect(comparable(await exported(demo.organisationId))).toEqual(comparable(document));
  });
});
