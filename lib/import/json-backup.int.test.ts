/**
 * The organisation backup of docs/backup.md as the DPO does it in the
 * browser: the file the export route sends is uploaded and confirmed through
 * the import actions into a new organisation, and the export route then sends
 * the same register again. (json-restore.int.test.ts covers the restore
 * function and its refusals; this covers the route and actions around it.)
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { upsertCountries } from "../catalogues/countries";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { createDb } from "../db";
import { createDemoOrganisation } from "../demo/demo-organisation";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { outcomeOf, signInAs } from "../../test/support/request-scope";

vi.mock("next/headers", async () => (await import("@/test/support/request-scope")).nextHeadersModule);
vi.mock("next/cache", async () => (await import("@/test/support/request-scope")).nextCacheModule);
vi.mock("@/lib/auth/index", async () => (await import("@/test/support/request-scope")).authModule);

const { GET: exportRoute } = await import("@/app/(dashboard)/register/export/[format]/route");
const { uploadRegisterAction, confirmImportAction } = await import("./actions");

const db = createDb(process.env.DATABASE_URL!);
const suffix = crypto.randomUUID().slice(0, 8);
const organisations: string[] = [];
let dpo: { id: string; email: string; sessionVersion: number };
let sourceId: string;
let targetId: string;

/** The JSON download, as the browser receives it from the register page's JSON button. */
async function download(organisationId: string): Promise<{ text: string; fileName: string }> {
  signInAs(dpo, organisationId);
  const response = await exportRoute(new NextRequest("http://localhost/register/export/json"), { params: Promise.resolve({ format: "json" }) });
  expect(response.status).toBe(200);
  const fileName = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "";
  return { text: await response.text(), fileName };
}

// What may differ between two organisations holding the same records.
function comparable(text: string) {
  const document = JSON.parse(text);
  return { ...document, exportedAt: null, organisation: { ...document.organisation, slug: null } };
}

beforeAll(async () => {
  await upsertCountries(db);
  dpo = await db.user.create({ data: { email: `backup-json-${suffix}@example.test`, name: "Backup DPO", passwordHash: "x" }, select: { id: true, email: true, sessionVersion: true } });
  const demo = await db.$transaction((tx) => createDemoOrganisation(tx, { actor: dpo, slug: `backup-json-${suffix}` }), { timeout: 60_000 });
  sourceId = demo.organisationId;
  // The new organisation to restore into: empty, with the default catalogues a new organisation gets.
  const target = await db.organisation.create({ data: { slug: `backup-json-target-${suffix}`, legalName: "Restored Ltd" }, select: { id: true } });
  targetId = target.id;
  await db.$transaction((tx) => createDefaultCatalogues(tx, targetId));
  organisations.push(sourceId, targetId);
  await db.membership.createMany({ data: [sourceId, targetId].map((organisationId) => ({ userId: dpo.id, organisationId, role: "DPO" as const })) });
});

afterAll(async () => {
  for (const id of organisations) await db.$transaction((tx) => deleteOrganisation(tx, id));
  await db.user.delete({ where: { id: dpo.id } });
  await db.$disconnect();
});

describe("backing up an organisation as JSON and restoring it into a new organisation", () => {
  it("download → upload → restore → download again gives the same register", async () => {
    const first = await download(sourceId);
    expect(first.fileName).toMatch(new RegExp(`^backup-json-${suffix}-register-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    expect(JSON.parse(first.text).activities).toHaveLength(7);

    signInAs(dpo, targetId);
    const form = new FormData();
    form.set("file", new File([first.text], first.fileName, { type: "application/json" }));
    const uploaded = await outcomeOf(() => uploadRegisterAction({}, form));
    expect(uploaded).toMatchObject({ kind: "redirect", location: expect.stringMatching(/^\/register\/import\/[\w-]+$/) });
    const uploadId = (uploaded as { location: string }).location.split("/").pop()!;
    // Nothing is written before the confirmation.
    expect(await db.processingActivity.count({ where: { organisationId: targetId } })).toBe(0);

    const confirmForm = new FormData();
    confirmForm.set("uploadId", uploadId);
    expect(await outcomeOf(() => confirmImportAction({}, confirmForm))).toEqual({ kind: "redirect", location: "/register/import?activities=7&restored=1" });

    const second = await download(targetId);
    expect(comparable(second.text)).toEqual(comparable(first.text));
    // Both downloads are in the audit log (Art. 30(4): what was handed over, and when).
    expect(await db.auditEvent.count({ where: { organisationId: { in: [sourceId, targetId] }, action: "EXPORT" } })).toBe(2);
  });
});
