import { inEnglish } from "@/lib/i18n/english";
import { allInEnglish } from "@/test/support/in-english";
import type { Role } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { upsertCountries } from "../catalogues/countries";
import { createDefaultCatalogues } from "../catalogues/defaults";
import type { Actor } from "@/lib/mutations/actor";
import { createRecipient, deleteRecipient, updateRecipient } from "./mutations";

const db = createDb(process.env.DATABASE_URL!);

async function makeActor(role: Role, organisation?: Actor["organisation"]): Promise<Actor> {
  if (!organisation) {
    const id = crypto.randomUUID();
    organisation = await db.organisation.create({ data: { slug: `rec-${id}`, legalName: `Recipients ${id}` }, select: { id: true, slug: true, legalName: true } });
    await db.$transaction((tx) => createDefaultCatalogues(tx, organisation!.id));
  }
  const email = `${role.toLowerCase()}-${crypto.randomUUID()}@rec.example`;
  const user = await db.user.create({ data: { email, name: email, passwordHash: "x", memberships: { create: { organisationId: organisation.id, role } } } });
  return { user: { id: user.id, email }, organisation, role };
}

const base = { kind: "PROCESSOR", name: "", email: "", website: "", countryCode: "" };
let editor: Actor;
let dpo: Actor;
let outsider: Actor;

async function processor(name: string, extra: Record<string, unknown> = {}) {
  const result = await createRecipient(editor, { ...base, name, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.id!;
}

beforeAll(async () => {
  await upsertCountries(db);
  editor = await makeActor("EDITOR");
  dpo = await makeActor("DPO", editor.organisation);
  outsider = await makeActor("OWNER");
});

afterAll(async () => {
  await db.$disconnect();
});

describe("createRecipient", () => {
  it("stores a processor with its agreement and audits it", async () => {
    const result = await createRecipient(editor, {
      ...base,
      name: "Hosting GmbH",
      countryCode: "de",
      email: "privacy@hosting.example",
      website: "https://hosting.example",
      dpaSignedOn: "2025-01-15",
      dpaReference: "https://contracts.example/dpa-17",
      dpaNextReviewOn: "2026-01-15",
    });
    expect(result.ok).toBe(true);
    const row = await db.recipient.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ countryCode: "DE", dpaReference: "https://contracts.example/dpa-17", version: 1 });
    expect(row.dpaSignedOn?.toISOString()).toBe("2025-01-15T00:00:00.000Z");
    const [event] = await db.auditEvent.findMany({ where: { entityId: row.id } });
    expect(event).toMatchObject({ action: "CREATE", entityType: "Recipient" });
    expect(event.after).toMatchObject({ name: "Hosting GmbH", dpaSignedOn: "2025-01-15T00:00:00.000Z" });
  });

  it("explains bad e-mail, web address, dates and a review before signing, field by field", async () => {
    const result = await createRecipient(editor, {
      ...base,
      name: "Broken Ltd",
      email: "not-an-address",
      website: "hosting.example",
      dpaSignedOn: "2025-02-30",
      dpaNextReviewOn: "2024-01-01",
    });
    expect(allInEnglish(result.fieldErrors)).toMatchObject({
      email: expect.stringMatching(/e-mail address like/),
      website: expect.stringMatching(/starting with https:\/\//),
      dpaSignedOn: expect.stringMatching(/YYYY-MM-DD/),
    });
    const reversed = await createRecipient(editor, { ...base, name: "Reversed Ltd", dpaSignedOn: "2025-06-01", dpaNextReviewOn: "2025-05-31" });
    expect(inEnglish(reversed.fieldErrors?.dpaNextReviewOn ?? "")).toMatch(/cannot be before the agreement was signed/);
    expect(reversed.values).toMatchObject({ name: "Reversed Ltd" });
  });

  it("accepts a processor without an agreement (a warning in the form, not an error)", async () => {
    expect((await createRecipient(editor, { ...base, name: "No DPA yet Inc." })).ok).toBe(true);
  });

  it("drops agreement fields of recipients that are not processors", async () => {
    const id = (await createRecipient(editor, { ...base, kind: "PUBLIC_AUTHORITY", name: "Tax office", dpaSignedOn: "2025-01-01", dpaReference: "x" })).id;
    expect(await db.recipient.findUniqueOrThrow({ where: { id } })).toMatchObject({ dpaSignedOn: null, dpaReference: "" });
  });

  it("needs a parent processor of the same organisation for a sub-processor", async () => {
    expect(inEnglish((await createRecipient(editor, { ...base, kind: "SUB_PROCESSOR", name: "Orphan" })).fieldErrors?.parentId ?? "")).toMatch(/Choose the processor/);

    const foreign = await createRecipient(outsider, { ...base, name: `Foreign ${crypto.randomUUID()}` });
    const withForeign = await createRecipient(editor, { ...base, kind: "SUB_PROCESSOR", name: "Sneaky", parentId: foreign.id });
    expect(inEnglish(withForeign.fieldErrors?.parentId ?? "")).toMatch(/this organisation's processors/);

    const authority = (await createRecipient(editor, { ...base, kind: "PUBLIC_AUTHORITY", name: "Police" })).id;
    const underAuthority = await createRecipient(editor, { ...base, kind: "SUB_PROCESSOR", name: "Odd", parentId: authority });
    expect(inEnglish(underAuthority.fieldErrors?.parentId ?? "")).toMatch(/only a processor or sub-processor engages/);
  });

  it("answers a duplicate name next to the name field", async () => {
    await processor("Twice Ltd");
    expect(inEnglish((await createRecipient(editor, { ...base, name: "Twice Ltd" })).fieldErrors?.name ?? "")).toMatch(/exists already/);
  });

  it("refuses a country that does not exist", async () => {
    expect((await createRecipient(editor, { ...base, name: "Atlantis Ltd", countryCode: "XX" })).fieldErrors?.countryCode).toBe("Choose a country from the list.");
  });
});

describe("updateRecipient", () => {
  it("refuses a parent that would close a loop in the chain", async () => {
    const top = await processor("Chain top");
    const middle = (await createRecipient(editor, { ...base, kind: "SUB_PROCESSOR", name: "Chain middle", parentId: top })).id!;
    const bottom = (await createRecipient(editor, { ...base, kind: "SUB_PROCESSOR", name: "Chain bottom", parentId: middle })).id!;

    const loop = await updateRecipient(editor, top, { ...base, kind: "SUB_PROCESSOR", name: "Chain top", parentId: bottom, version: 1 });
    expect(inEnglish(loop.fieldErrors?.parentId ?? "")).toMatch(/go round in a circle/);
    const itself = await updateRecipient(editor, middle, { ...base, kind: "SUB_PROCESSOR", name: "Chain middle", parentId: middle, version: 1 });
    expect(inEnglish(itself.fieldErrors?.parentId ?? "")).toMatch(/go round in a circle/);
    expect((await db.recipient.findUniqueOrThrow({ where: { id: top } })).parentId).toBeNull();
  });

  it("keeps a recipient with sub-processors a processor", async () => {
    const parent = await processor("Parent with children");
    await createRecipient(editor, { ...base, kind: "SUB_PROCESSOR", name: "Child one", parentId: parent });
    const result = await updateRecipient(editor, parent, { ...base, kind: "CONTROLLER", name: "Parent with children", version: 1 });
    expect(inEnglish(result.fieldErrors?.kind ?? "")).toMatch(/Child one/);
  });

  it("answers a stale version with a conflict and keeps the input", async () => {
    const id = await processor("Versioned AG");
    expect((await updateRecipient(dpo, id, { ...base, name: "Versioned AG", services: "Hosting", version: 1 })).ok).toBe(true);
    const stale = await updateRecipient(editor, id, { ...base, name: "Versioned AG", services: "Backups", version: 1 });
    expect(stale.conflict).toMatchObject({ currentVersion: 2, changedBy: dpo.user.email, changes: [{ path: "services", before: "", after: "Hosting" }] });
    expect(stale.values).toMatchObject({ services: "Backups" });
    const events = await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["CREATE", "UPDATE"]);
  });

  it("treats another organisation's recipient as not found", async () => {
    const foreign = (await createRecipient(outsider, { ...base, name: `Theirs ${crypto.randomUUID()}` })).id!;
    const result = await updateRecipient(editor, foreign, { ...base, name: "Mine now", version: 1 });
    expect(result.kind).toBe("not-found");
  });
});

describe("deleteRecipient", () => {
  it("refuses while activities, transfers or sub-processors use it, then replaces it everywhere", async () => {
    const old = await processor("Old cloud");
    const replacement = await processor("New cloud");
    const child = (await createRecipient(editor, { ...base, kind: "SUB_PROCESSOR", name: "Old cloud's CDN", parentId: old })).id!;
    const activity = await db.processingActivity.create({
      data: {
        organisationId: editor.organisation.id,
        reference: "CLOUD-1",
        name: "Customer portal",
        recipients: { create: { recipientId: old, note: "hosting" } },
        transfers: { create: { countryCode: "US", recipientId: old, safeguard: "SCC" } },
      },
    });

    expect((await deleteRecipient(editor, old, {})).kind).toBe("refused");
    const refused = await deleteRecipient(dpo, old, {});
    expect(inEnglish(refused.formError ?? "")).toMatch(/is still used by the records listed here/);
    expect(refused.uses?.transfers[0]).toMatchObject({ activityId: activity.id, destination: "United States" });
    expect(refused.uses?.subProcessors).toEqual([{ id: child, name: "Old cloud's CDN" }]);

    // The sub-processor cannot take over its own parent's place.
    expect(inEnglish((await deleteRecipient(dpo, old, { replacementId: child })).fieldErrors?.replacementId ?? "")).toMatch(/outside its chain/);

    expect((await deleteRecipient(dpo, old, { replacementId: replacement })).ok).toBe(true);
    expect(await db.activityRecipient.findMany({ where: { activityId: activity.id }, select: { recipientId: true, note: true } })).toEqual([{ recipientId: replacement, note: "hosting" }]);
    expect((await db.transfer.findFirstOrThrow({ where: { activityId: activity.id } })).recipientId).toBe(replacement);
    expect((await db.recipient.findUniqueOrThrow({ where: { id: child } })).parentId).toBe(replacement);
    const updated = await db.processingActivity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(updated.version).toBe(activity.version + 1);
    const [event] = await db.auditEvent.findMany({ where: { entityId: activity.id } });
    expect(event.before).toMatchObject({ recipients: ["Old cloud"] });
    expect(event.after).toMatchObject({ recipients: ["New cloud"] });
  });
});
