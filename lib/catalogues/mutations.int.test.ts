import { inEnglish } from "@/lib/i18n/english";
import type { Role } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { createDefaultCatalogues } from "./defaults";
import type { Actor } from "@/lib/mutations/actor";
import { createCatalogueEntry, deleteCatalogueEntry, updateCatalogueEntry } from "./mutations";

const db = createDb(process.env.DATABASE_URL!);

async function makeOrganisation() {
  const id = crypto.randomUUID();
  const organisation = await db.organisation.create({ data: { slug: `cat-${id}`, legalName: `Catalogue Test ${id}` }, select: { id: true, slug: true, legalName: true } });
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
  return organisation;
}

async function makeActor(organisation: Actor["organisation"], role: Role): Promise<Actor> {
  const email = `${role.toLowerCase()}-${crypto.randomUUID()}@cat.example`;
  const user = await db.user.create({ data: { email, name: email, passwordHash: "x", memberships: { create: { organisationId: organisation.id, role } } } });
  return { user: { id: user.id, email }, organisation, role };
}

const events = (entityId: string) => db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

let dpo: Actor;
let editor: Actor;
let viewer: Actor;
let outsider: Actor;

beforeAll(async () => {
  const [own, other] = await Promise.all([makeOrganisation(), makeOrganisation()]);
  [dpo, editor, viewer, outsider] = await Promise.all([makeActor(own, "DPO"), makeActor(own, "EDITOR"), makeActor(own, "VIEWER"), makeActor(other, "OWNER")]);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("creating catalogue entries", () => {
  it("adds a data category with an audit event holding what was stored", async () => {
    const result = await createCatalogueEntry(editor, "data-categories", { name: "Vehicle data", description: "Number plates", special: "on", defaultRetention: "3 years" });
    expect(result.ok).toBe(true);
    const row = await db.dataCategory.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ organisationId: dpo.organisation.id, name: "Vehicle data", special: true, criminal: false, defaultRetention: "3 years", version: 1 });
    const [event] = await events(row.id);
    expect(event).toMatchObject({ action: "CREATE", entityType: "DataCategory", actorId: editor.user.id, before: null });
    expect(event.after).toMatchObject({ name: "Vehicle data", special: true, version: 1 });
  });

  it("adds national legal bases only, and answers a duplicate citation next to the field", async () => {
    const input = { name: "Employment relationship", citation: "§ 26(1) BDSG", description: "Employee data", article: "ART6", builtIn: "true" };
    const created = await createCatalogueEntry(editor, "legal-bases", input);
    expect(await db.legalBasis.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ article: "NATIONAL", builtIn: false, letter: "" });

    const again = await createCatalogueEntry(editor, "legal-bases", input);
    expect(again.ok).toBe(false);
    expect(inEnglish(again.fieldErrors!.citation)).toMatch(/citation exists already/);
    expect(again.values).toMatchObject({ name: "Employment relationship" });
  });

  it("answers a duplicate name next to the name field, keeping the input", async () => {
    const result = await createCatalogueEntry(editor, "data-subjects", { name: "Employees", description: "again" });
    expect(inEnglish(result.fieldErrors!.name)).toBe("A data subject category with this name exists already: choose another name, or use the existing one.");
    expect(result.values).toEqual({ name: "Employees", description: "again" });
  });

  it("refuses invalid input with a message per field and writes nothing", async () => {
    const before = await db.auditEvent.count({ where: { organisationId: dpo.organisation.id } });
    const result = await createCatalogueEntry(editor, "security-measures", { group: "MAGIC", name: "x".repeat(201), description: "" });
    expect(inEnglish(result.fieldErrors?.group ?? "")).toMatch(/Choose the group/);
    expect(inEnglish(result.fieldErrors?.name ?? "")).toMatch(/at most 200/);
    expect(await db.auditEvent.count({ where: { organisationId: dpo.organisation.id } })).toBe(before);
  });

  it("refuses a viewer", async () => {
    const result = await createCatalogueEntry(viewer, "data-subjects", { name: "Visitors from a viewer" });
    expect(result.kind).toBe("refused");
    expect(await db.dataSubjectCategory.count({ where: { name: "Visitors from a viewer" } })).toBe(0);
  });
});

describe("updating catalogue entries", () => {
  it("saves on the version the form was opened at and records before and after", async () => {
    const { id } = await createCatalogueEntry(editor, "data-subjects", { name: "Suppliers", description: "" });
    const result = await updateCatalogueEntry(editor, "data-subjects", id!, { name: "Suppliers and partners", description: "Contacts", version: "1" });
    expect(result.ok).toBe(true);
    const [, event] = await events(id!);
    expect(event).toMatchObject({ action: "UPDATE" });
    expect(event.before).toMatchObject({ name: "Suppliers", version: 1 });
    expect(event.after).toMatchObject({ name: "Suppliers and partners", version: 2 });
  });

  it("answers a stale version with a conflict naming who changed what, and keeps the input", async () => {
    const { id } = await createCatalogueEntry(editor, "security-measures", { group: "BACKUP", name: "Tape backups" });
    await updateCatalogueEntry(dpo, "security-measures", id!, { group: "BACKUP", name: "Offsite tape backups", version: 1 });
    const stale = await updateCatalogueEntry(editor, "security-measures", id!, { group: "BACKUP", name: "Weekly tape backups", version: 1 });
    expect(stale.ok).toBe(false);
    expect(stale.conflict).toMatchObject({ currentVersion: 2, changedBy: dpo.user.email });
    expect(stale.conflict?.changes).toEqual([{ path: "name", before: "Tape backups", after: "Offsite tape backups" }]);
    expect(stale.values).toMatchObject({ name: "Weekly tape backups" });
    expect((await db.securityMeasure.findUniqueOrThrow({ where: { id } })).name).toBe("Offsite tape backups");

    const reapplied = await updateCatalogueEntry(editor, "security-measures", id!, { group: "BACKUP", name: "Weekly tape backups", version: stale.conflict!.currentVersion });
    expect(reapplied.ok).toBe(true);
  });

  it("keeps the name and citation of a built-in legal basis and changes only its description", async () => {
    const basis = await db.legalBasis.findFirstOrThrow({ where: { organisationId: dpo.organisation.id, citation: "Art. 6(1)(f) GDPR" } });
    const result = await updateCatalogueEntry(editor, "legal-bases", basis.id, { name: "Renamed", citation: "Art. 99", description: "Our interests", version: basis.version });
    expect(result.ok).toBe(true);
    expect(await db.legalBasis.findUniqueOrThrow({ where: { id: basis.id } })).toMatchObject({ name: "Legitimate interests", citation: "Art. 6(1)(f) GDPR", description: "Our interests" });
  });

  it("treats another organisation's entry as not found and leaves it alone", async () => {
    const foreign = await db.dataCategory.findFirstOrThrow({ where: { organisationId: outsider.organisation.id } });
    const result = await updateCatalogueEntry(editor, "data-categories", foreign.id, { name: "Taken over", version: foreign.version });
    expect(result.kind).toBe("not-found");
    expect((await db.dataCategory.findUniqueOrThrow({ where: { id: foreign.id } })).name).toBe(foreign.name);
    expect(await events(foreign.id)).toHaveLength(0);
  });
});

describe("deleting catalogue entries", () => {
  async function activityUsing(actor: Actor, reference: string, dataCategoryIds: string[]) {
    return db.processingActivity.create({
      data: {
        organisationId: actor.organisation.id,
        reference,
        name: `Activity ${reference}`,
        dataCategories: { create: dataCategoryIds.map((dataCategoryId, position) => ({ dataCategoryId, position, retention: `retention ${position}` })) },
      },
      select: { id: true, version: true },
    });
  }

  it("is for DPOs and owners only", async () => {
    const { id } = await createCatalogueEntry(editor, "data-subjects", { name: "Editors cannot delete this" });
    expect((await deleteCatalogueEntry(editor, "data-subjects", id!, {})).kind).toBe("refused");
    expect(await db.dataSubjectCategory.count({ where: { id } })).toBe(1);
  });

  it("deletes an unused entry with an audit event holding what it was", async () => {
    const { id } = await createCatalogueEntry(editor, "data-subjects", { name: "Short-lived" });
    const result = await deleteCatalogueEntry(dpo, "data-subjects", id!, {});
    expect(result.ok).toBe(true);
    expect(await db.dataSubjectCategory.count({ where: { id } })).toBe(0);
    const deleted = (await events(id!)).at(-1)!;
    expect(deleted).toMatchObject({ action: "DELETE", after: null });
    expect(deleted.before).toMatchObject({ name: "Short-lived" });
  });

  it("refuses to delete an entry in use, listing the activities, and changes nothing", async () => {
    const { id } = await createCatalogueEntry(editor, "data-categories", { name: "Licence plates" });
    const activity = await activityUsing(dpo, "DEL-1", [id!]);
    const result = await deleteCatalogueEntry(dpo, "data-categories", id!, {});
    expect(result.ok).toBe(false);
    expect(inEnglish(result.formError ?? "")).toMatch(/is still used by the records listed here/);
    expect(result.uses?.activities).toEqual([{ activityId: activity.id, reference: "DEL-1", name: "Activity DEL-1", contexts: ["Data category"] }]);
    expect(await db.dataCategory.count({ where: { id } })).toBe(1);
  });

  it("refuses to delete a built-in legal basis", async () => {
    const basis = await db.legalBasis.findFirstOrThrow({ where: { organisationId: dpo.organisation.id, builtIn: true } });
    const result = await deleteCatalogueEntry(dpo, "legal-bases", basis.id, {});
    expect(inEnglish(result.formError!)).toMatch(/part of the GDPR/);
    // Marked as the entry's state, not the actor's role: the API answers it with 409, not 403.
    expect(result).toMatchObject({ kind: "refused", builtIn: true });
  });

  it("deletes only the expected version when one is named, answering a later one with a conflict", async () => {
    const { id } = await createCatalogueEntry(editor, "data-subjects", { name: "Versioned deletion" });
    await updateCatalogueEntry(editor, "data-subjects", id!, { name: "Versioned deletion, renamed", version: 1 });
    const stale = await deleteCatalogueEntry(dpo, "data-subjects", id!, {}, 1);
    expect(stale).toMatchObject({ ok: false, kind: "conflict" });
    expect(stale.conflict).toBeDefined();
    expect(await db.dataSubjectCategory.count({ where: { id } })).toBe(1);
    expect((await deleteCatalogueEntry(dpo, "data-subjects", id!, {}, 2)).ok).toBe(true);
  });

  it("replaces an entry everywhere in one step: relinks every use, raises each activity's version and audits each", async () => {
    const { id: oldId } = await createCatalogueEntry(editor, "data-categories", { name: "Car data" });
    const { id: newId } = await createCatalogueEntry(editor, "data-categories", { name: "Vehicle details" });
    const onlyOld = await activityUsing(dpo, "REP-1", [oldId!]);
    const both = await activityUsing(dpo, "REP-2", [newId!, oldId!]);

    const result = await deleteCatalogueEntry(dpo, "data-categories", oldId!, { replacementId: newId });
    expect(result.ok).toBe(true);
    expect(await db.dataCategory.count({ where: { id: oldId } })).toBe(0);
    expect(await db.activityDataCategory.findMany({ where: { activityId: onlyOld.id }, select: { dataCategoryId: true, retention: true } })).toEqual([
      { dataCategoryId: newId, retention: "retention 0" },
    ]);
    // The activity that listed both keeps one row for the replacement.
    expect(await db.activityDataCategory.findMany({ where: { activityId: both.id }, select: { dataCategoryId: true } })).toEqual([{ dataCategoryId: newId }]);

    for (const activity of [onlyOld, both]) {
      expect((await db.processingActivity.findUniqueOrThrow({ where: { id: activity.id } })).version).toBe(activity.version + 1);
      const [event] = await events(activity.id);
      expect(event).toMatchObject({ action: "UPDATE", entityType: "ProcessingActivity", actorId: dpo.user.id });
      expect(event.after).toMatchObject({ version: activity.version + 1, dataCategories: ["Vehicle details"] });
    }
    expect((await events(oldId!)).at(-1)).toMatchObject({ action: "DELETE" });
  });

  it("rolls everything back when the replacement is not another entry of this organisation", async () => {
    const { id } = await createCatalogueEntry(editor, "data-categories", { name: "Dashcam footage" });
    const activity = await activityUsing(dpo, "REP-3", [id!]);
    const foreign = await db.dataCategory.findFirstOrThrow({ where: { organisationId: outsider.organisation.id } });
    const result = await deleteCatalogueEntry(dpo, "data-categories", id!, { replacementId: foreign.id });
    expect(inEnglish(result.fieldErrors!.replacementId)).toMatch(/Choose another data category/);
    expect(await db.activityDataCategory.count({ where: { activityId: activity.id, dataCategoryId: id } })).toBe(1);
    expect((await db.processingActivity.findUniqueOrThrow({ where: { id: activity.id } })).version).toBe(activity.version);
  });

  it("replaces a national legal basis in purposes and Art. 9 conditions", async () => {
    const { id: national } = await createCatalogueEntry(editor, "legal-bases", { name: "Old national", citation: "§ 1 OLD" });
    const target = await db.legalBasis.findFirstOrThrow({ where: { organisationId: dpo.organisation.id, citation: "Art. 9(2)(b) GDPR" } });
    const health = await db.dataCategory.findFirstOrThrow({ where: { organisationId: dpo.organisation.id, name: "Health data" } });
    const activity = await db.processingActivity.create({
      data: {
        organisationId: dpo.organisation.id,
        reference: "LB-1",
        name: "Sick notes",
        purposes: { create: { description: "Record sick days", legalBases: { create: [{ legalBasisId: national! }] } } },
        dataCategories: { create: { dataCategoryId: health.id, art9ConditionId: national } },
      },
    });
    const refused = await deleteCatalogueEntry(dpo, "legal-bases", national!, {});
    expect(refused.uses?.activities[0].contexts).toEqual(["Purpose: Record sick days", "Condition for Health data"]);

    expect((await deleteCatalogueEntry(dpo, "legal-bases", national!, { replacementId: target.id })).ok).toBe(true);
    expect(await db.purposeLegalBasis.count({ where: { legalBasisId: target.id, purpose: { activityId: activity.id } } })).toBe(1);
    expect((await db.activityDataCategory.findFirstOrThrow({ where: { activityId: activity.id } })).art9ConditionId).toBe(target.id);
  });
});
