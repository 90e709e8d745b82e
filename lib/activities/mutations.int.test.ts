import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertCountries } from "../catalogues/countries";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { createDb } from "../db";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { allInEnglish } from "@/test/support/in-english";
import type { Actor } from "@/lib/mutations/actor";
import { createActivity, deleteActivity, duplicateActivity, retireActivity, updateActivity } from "./mutations";
import { quickCreateEntry } from "./quick-create";
import { emptyActivityValues, type ActivityFormValues } from "./schema";

const db = createDb(process.env.DATABASE_URL!);
const organisations: string[] = [];

async function makeOrganisation() {
  const id = crypto.randomUUID();
  const organisation = await db.organisation.create({ data: { slug: `act-${id}`, legalName: `Activities ${id}` }, select: { id: true } });
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
  organisations.push(organisation.id);
  return organisation;
}

async function makeActor(organisationId: string, role: Actor["role"] = "EDITOR"): Promise<Actor> {
  const email = `${crypto.randomUUID()}@act.example`;
  const user = await db.user.create({
    data: { email, name: "Test user", passwordHash: "x", memberships: { create: { organisationId, role } } },
    select: { id: true, email: true },
  });
  return { user, organisation: { id: organisationId }, role };
}

async function catalogue(organisationId: string) {
  const basis = (citation: string) => db.legalBasis.findFirstOrThrow({ where: { organisationId, citation }, select: { id: true } });
  return {
    contract: (await basis("Art. 6(1)(b) GDPR")).id,
    interests: (await basis("Art. 6(1)(f) GDPR")).id,
    category: (await db.dataCategory.findFirstOrThrow({ where: { organisationId, special: false, criminal: false }, select: { id: true } })).id,
    subject: (await db.dataSubjectCategory.findFirstOrThrow({ where: { organisationId }, select: { id: true } })).id,
    measure: (await db.securityMeasure.findFirstOrThrow({ where: { organisationId }, select: { id: true } })).id,
  };
}

let orgA: { id: string };
let orgB: { id: string };
let editor: Actor;
let colleague: Actor;
let outsider: Actor;
let ids: Awaited<ReturnType<typeof catalogue>>;
let processorId: string;

function input(patch: Partial<ActivityFormValues> = {}): ActivityFormValues {
  return {
    ...emptyActivityValues(),
    reference: `WEB-${crypto.randomUUID().slice(0, 6)}`,
    name: "Website enquiries",
    status: "ACTIVE",
    purposes: [{ description: "Answer enquiries", legalBasisIds: [ids.contract] }],
    dataSubjectCategoryIds: [ids.subject],
    dataCategories: [{ dataCategoryId: ids.category, retention: "2 years" }],
    recipients: [{ recipientId: processorId, note: "Hosting" }],
    hasTransfers: true,
    transfers: [{ countryCode: "IN", recipientId: processorId, safeguard: "SCC", safeguardReference: "Annex 3" }],
    securityMeasureIds: [ids.measure],
    ...patch,
  };
}

const eventsOf = (entityId: string) => db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  await upsertCountries(db);
  [orgA, orgB] = await Promise.all([makeOrganisation(), makeOrganisation()]);
  [editor, colleague, outsider] = await Promise.all([makeActor(orgA.id), makeActor(orgA.id, "DPO"), makeActor(orgB.id, "OWNER")]);
  ids = await catalogue(orgA.id);
  processorId = (await db.recipient.create({ data: { organisationId: orgA.id, kind: "PROCESSOR", name: "Hosting Ltd" } })).id;
});

afterAll(async () => {
  for (const id of organisations) await db.$transaction((tx) => deleteOrganisation(tx, id));
  await db.$disconnect();
});

describe("createActivity", () => {
  it("creates the activity with every relation and an audit event with the after state", async () => {
    const result = await createActivity(editor, input({ reference: "WEB-01" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const activity = await db.processingActivity.findUniqueOrThrow({
      where: { id: result.id },
      include: { purposes: { include: { legalBases: true } }, dataCategories: true, recipients: true, transfers: true, securityMeasures: true, dataSubjects: true },
    });
    expect(activity).toMatchObject({ organisationId: orgA.id, reference: "WEB-01", createdById: editor.user.id, updatedById: editor.user.id, version: 1 });
    expect(activity.purposes[0].legalBases[0].legalBasisId).toBe(ids.contract);
    expect(activity.transfers[0]).toMatchObject({ countryCode: "IN", safeguard: "SCC" });
    expect([activity.dataCategories, activity.recipients, activity.securityMeasures, activity.dataSubjects].map((l) => l.length)).toEqual([1, 1, 1, 1]);
    const [event] = await eventsOf(result.id);
    expect(event).toMatchObject({ action: "CREATE", entityType: "ProcessingActivity", actorId: editor.user.id, before: null });
    expect(event.after).toMatchObject({ reference: "WEB-01", version: 1, recipients: [{ name: "Hosting Ltd", note: "Hosting" }] });
  });

  it("returns field messages for invalid input and writes nothing", async () => {
    const before = await db.auditEvent.count({ where: { organisationId: orgA.id } });
    const result = await createActivity(editor, input({ name: "", purposes: [{ description: "Fraud checks", legalBasisIds: [ids.interests] }] }));
    expect(allInEnglish(result)).toMatchObject({ ok: false, fieldErrors: { name: expect.any(String), "purposes.0.legitimateInterests": expect.stringMatching(/13\(1\)\(d\)/) } });
    expect(await db.auditEvent.count({ where: { organisationId: orgA.id } })).toBe(before);
  });

  it("answers malformed or oversized submissions with messages, never a crash", async () => {
    expect(await createActivity(editor, "not an activity")).toMatchObject({ ok: false, fieldErrors: { _form: expect.any(String) } });
    expect(await createActivity(editor, { ...input(), purposes: "many" })).toMatchObject({ ok: false, fieldErrors: { purposes: expect.any(String) } });
    expect(allInEnglish(await createActivity(editor, input({ storageLocation: "x".repeat(50_000) })))).toMatchObject({
      ok: false,
      fieldErrors: { storageLocation: expect.stringMatching(/at most 10,000/) },
    });
  });

  it("refuses a catalogue entry of another organisation", async () => {
    const foreign = await catalogue(orgB.id);
    const result = await createActivity(editor, input({ purposes: [{ description: "x", legalBasisIds: [foreign.contract] }], dataCategories: [{ dataCategoryId: foreign.category }] }));
    expect(allInEnglish(result)).toMatchObject({
      ok: false,
      fieldErrors: { "purposes.0.legalBasisIds": expect.any(String), "dataCategories.0.dataCategoryId": expect.stringMatching(/not in your organisation/) },
    });
    expect(await db.processingActivity.count({ where: { organisationId: orgA.id, purposes: { some: { legalBases: { some: { legalBasisId: foreign.contract } } } } } })).toBe(0);
  });

  it("reports a reference already in use on the reference field", async () => {
    await createActivity(editor, input({ reference: "DUP-1" }));
    const result = await createActivity(editor, input({ reference: "DUP-1" }));
    expect(allInEnglish(result)).toMatchObject({ ok: false, fieldErrors: { reference: expect.stringMatching(/already uses the reference “DUP-1”/) } });
    expect(await db.processingActivity.count({ where: { organisationId: orgA.id, reference: "DUP-1" } })).toBe(1);
  });

  it("refuses a viewer", async () => {
    expect(await createActivity(await makeActor(orgA.id, "VIEWER"), input())).toMatchObject({ ok: false, kind: "refused" });
  });
});

describe("updateActivity", () => {
  async function created(patch: Partial<ActivityFormValues> = {}) {
    const result = await createActivity(editor, input(patch));
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.id;
  }

  it("saves the change, raises the version and audits before and after", async () => {
    const id = await created();
    const result = await updateActivity(colleague, id, input({ name: "Website contact form", hasTransfers: false, version: 1 }));
    expect(result).toEqual({ ok: true, id });
    const activity = await db.processingActivity.findUniqueOrThrow({ where: { id }, include: { transfers: true } });
    expect(activity).toMatchObject({ name: "Website contact form", version: 2, updatedById: colleague.user.id, createdById: editor.user.id });
    expect(activity.transfers).toEqual([]);
    const events = await eventsOf(id);
    expect(events.map((e) => e.action)).toEqual(["CREATE", "UPDATE"]);
    expect(events[1].before).toMatchObject({ name: "Website enquiries", version: 1 });
    expect(events[1].after).toMatchObject({ name: "Website contact form", version: 2, transfers: [] });
  });

  it("reports a stale version as a conflict naming who changed what, and writes nothing", async () => {
    const id = await created();
    expect((await updateActivity(colleague, id, input({ name: "Renamed by the DPO", owner: "DPO", version: 1 }))).ok).toBe(true);
    const result = await updateActivity(editor, id, input({ name: "My rename", version: 1 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflict).toMatchObject({ currentVersion: 2, changedBy: colleague.user.email });
    expect(result.conflict?.changes).toEqual(
      expect.arrayContaining([
        { path: "name", before: "Website enquiries", after: "Renamed by the DPO" },
        { path: "owner", before: "", after: "DPO" },
      ]),
    );
    expect(await db.processingActivity.findUniqueOrThrow({ where: { id }, select: { name: true, version: true } })).toEqual({ name: "Renamed by the DPO", version: 2 });
    expect((await eventsOf(id)).length).toBe(2);

    // Reapplied on top of the version the conflict names, the save goes through.
    expect(await updateActivity(editor, id, input({ name: "My rename", owner: "DPO", version: 2 }))).toEqual({ ok: true, id });
  });

  it("finds no activity of another organisation, and leaves it untouched", async () => {
    const id = await created();
    expect(await updateActivity(outsider, id, { ...input({ version: 1 }), purposes: [], dataSubjectCategoryIds: [], dataCategories: [], recipients: [], hasTransfers: false, securityMeasureIds: [], status: "DRAFT" })).toMatchObject({
      ok: false,
      kind: "not-found",
    });
    expect((await db.processingActivity.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it("returns field messages for invalid input without changing anything", async () => {
    const id = await created();
    const result = await updateActivity(editor, id, input({ hasTransfers: true, transfers: [{ countryCode: "IN" }], version: 1 }));
    expect(allInEnglish(result)).toMatchObject({ ok: false, fieldErrors: { "transfers.0.safeguard": expect.stringMatching(/India/) } });
    expect((await db.processingActivity.findUniqueOrThrow({ where: { id } })).version).toBe(1);
    expect((await eventsOf(id)).length).toBe(1);
  });
});

describe("duplicate, retire, delete", () => {
  it("duplicates as a draft with a new reference and all relations", async () => {
    const source = await createActivity(editor, input({ reference: "SRC-01" }));
    if (!source.ok) throw new Error("setup");
    const first = await duplicateActivity(editor, source.id);
    const second = await duplicateActivity(editor, source.id);
    if (!first.ok || !second.ok) throw new Error("duplicate failed");
    const copies = await db.processingActivity.findMany({
      where: { id: { in: [first.id, second.id] } },
      orderBy: { reference: "asc" },
      include: { transfers: true, purposes: true, recipients: true },
    });
    expect(copies.map((c) => [c.reference, c.status])).toEqual([
      ["SRC-01-copy", "DRAFT"],
      ["SRC-01-copy-2", "DRAFT"],
    ]);
    expect(copies[0]).toMatchObject({ transfers: [{ countryCode: "IN", safeguard: "SCC" }], purposes: [{ description: "Answer enquiries" }], recipients: [{ note: "Hosting" }] });
    const [event] = await eventsOf(first.id);
    expect(event).toMatchObject({ action: "DUPLICATE", before: { duplicatedFrom: { reference: "SRC-01" } } });
    expect(await duplicateActivity(outsider, source.id)).toMatchObject({ ok: false, kind: "not-found" });
  });

  it("retires with the version check and an audit event", async () => {
    const result = await createActivity(editor, input());
    if (!result.ok) throw new Error("setup");
    expect(await retireActivity(outsider, result.id, 1)).toMatchObject({ ok: false, kind: "not-found" });
    expect(await retireActivity(editor, result.id, 7)).toMatchObject({ ok: false, conflict: { currentVersion: 1 } });
    expect(await retireActivity(editor, result.id, 1)).toEqual({ ok: true, id: result.id });
    expect((await db.processingActivity.findUniqueOrThrow({ where: { id: result.id } })).status).toBe("RETIRED");
    const events = await eventsOf(result.id);
    expect(events.map((e) => e.action)).toEqual(["CREATE", "RETIRE"]);
    expect(events[1].after).toMatchObject({ status: "RETIRED", version: 2 });
  });

  it("deletes, keeping the last state in the audit event; another organisation cannot", async () => {
    const result = await createActivity(editor, input({ reference: "DEL-1" }));
    if (!result.ok) throw new Error("setup");
    expect(await deleteActivity(outsider, result.id)).toMatchObject({ ok: false, kind: "not-found" });
    expect(await deleteActivity(editor, result.id)).toEqual({ ok: true, id: result.id });
    expect(await db.processingActivity.findUnique({ where: { id: result.id } })).toBeNull();
    const events = await eventsOf(result.id);
    expect(events.map((e) => e.action)).toEqual(["CREATE", "DELETE"]);
    expect(events[1]).toMatchObject({ after: null, before: { reference: "DEL-1", purposes: [{ description: "Answer enquiries" }] } });
  });
});

describe("quickCreateEntry", () => {
  it("creates the entry in the member's organisation with an audit event", async () => {
    const result = await quickCreateEntry(editor, { type: "dataCategory", name: "Biometric templates", special: true, defaultRetention: "Until deletion" });
    expect(result).toMatchObject({ ok: true, created: { type: "dataCategory", entry: { name: "Biometric templates", special: true, defaultRetention: "Until deletion" } } });
    if (!result.ok) return;
    expect(await db.dataCategory.findUniqueOrThrow({ where: { id: result.created.entry.id } })).toMatchObject({ organisationId: orgA.id });
    expect(await eventsOf(result.created.entry.id)).toMatchObject([{ action: "CREATE", entityType: "DataCategory" }]);
  });

  it("reports a name already in the catalogue and asks for the kind of a recipient", async () => {
    expect(allInEnglish(await quickCreateEntry(editor, { type: "recipient", name: "Hosting Ltd", kind: "PROCESSOR" }))).toMatchObject({
      ok: false,
      fieldErrors: { name: expect.stringMatching(/already exists/) },
    });
    expect(await quickCreateEntry(editor, { type: "recipient", name: "New one" })).toMatchObject({ ok: false, fieldErrors: { kind: expect.any(String) } });
  });
});
