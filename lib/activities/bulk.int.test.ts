import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { createDb } from "../db";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import type { Actor } from "../mutations/actor";
import { inEnglish } from "../i18n/english";
import { bulkUpdateActivities, markActivityReviewed } from "./bulk";

const db = createDb(process.env.DATABASE_URL!);
const now = new Date(Date.UTC(2026, 0, 31, 9));

let orgA: string;
let orgB: string;
let userId: string;
const actor = (role: Role = "EDITOR", organisationId = orgA): Actor => ({ user: { id: userId, email: "bulk@test.example" }, organisation: { id: organisationId }, role });

async function makeActivities(organisationId: string, count: number, prefix: string) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await db.processingActivity.create({
      data: { organisationId, reference: `${prefix}-${crypto.randomUUID().slice(0, 8)}`, name: `${prefix} activity ${i}`, status: "ACTIVE" },
      select: { id: true },
    });
    ids.push(id);
  }
  return ids;
}

const events = (ids: string[]) =>
  db.auditEvent.findMany({ where: { entityType: "ProcessingActivity", entityId: { in: ids } }, orderBy: { createdAt: "asc" } });
const state = (ids: string[]) =>
  db.processingActivity.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, owner: true, version: true, lastReviewedOn: true, nextReviewOn: true } });

beforeAll(async () => {
  const make = async (reviewIntervalMonths: number) => {
    const id = crypto.randomUUID();
    const organisation = await db.organisation.create({ data: { slug: `bulk-${id}`, legalName: `Bulk ${id}`, reviewIntervalMonths }, select: { id: true } });
    await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
    return organisation.id;
  };
  [orgA, orgB] = await Promise.all([make(1), make(12)]);
  const user = await db.user.create({
    data: { email: `bulk-${crypto.randomUUID()}@test.example`, name: "Bulk editor", passwordHash: "x", memberships: { create: { organisationId: orgA, role: "EDITOR" } } },
  });
  userId = user.id;
});

afterAll(async () => {
  for (const id of [orgA, orgB]) await db.$transaction((tx) => deleteOrganisation(tx, id));
  await db.user.delete({ where: { id: userId } });
  await db.$disconnect();
});

describe("bulkUpdateActivities", () => {
  it("retires every selected activity, raising each version and writing one audit event per record", async () => {
    const ids = await makeActivities(orgA, 3, "RET");
    const result = await bulkUpdateActivities(actor(), { action: "retire", ids }, now);
    expect(result).toEqual({ ok: true, count: 3, message: expect.any(String) });
    expect(inEnglish(result.ok ? result.message : "")).toBe("3 activities retired.");
    for (const row of await state(ids)) expect(row).toMatchObject({ status: "RETIRED", version: 2 });
    const written = await events(ids);
    expect(written).toHaveLength(3);
    for (const event of written) {
      expect(event).toMatchObject({ organisationId: orgA, action: "RETIRE", actorId: userId });
      expect(event.before).toMatchObject({ status: "ACTIVE", version: 1 });
      expect(event.after).toMatchObject({ status: "RETIRED", version: 2 });
    }
  });

  it("changes the status and sets the owner, skipping records that already have the value", async () => {
    const ids = await makeActivities(orgA, 2, "STA");
    expect(await bulkUpdateActivities(actor(), { action: "status", ids: [ids[0]], status: "DRAFT" }, now)).toMatchObject({ ok: true, count: 1 });
    const result = await bulkUpdateActivities(actor(), { action: "status", ids, status: "DRAFT" }, now);
    expect(result).toMatchObject({ ok: true, count: 1 });
    expect(inEnglish(result.ok ? result.message : "")).toBe("1 activity set to Draft (1 activity was already draft).");
    expect(await bulkUpdateActivities(actor(), { action: "owner", ids, owner: "  Head of Sales " }, now)).toMatchObject({ ok: true, count: 2 });
    const rows = await state(ids);
    expect(rows.map((r) => r.owner)).toEqual(["Head of Sales", "Head of Sales"]);
    expect(rows.map((r) => r.version).sort()).toEqual([3, 3]);
    expect((await events(ids)).map((e) => e.action)).toEqual(["BULK_UPDATE", "BULK_UPDATE", "BULK_UPDATE", "BULK_UPDATE"]);
  });

  it("marks reviewed today with the next review one interval later (31 Jan + 1 month = 28 Feb)", async () => {
    const ids = await makeActivities(orgA, 2, "REV");
    const result = await bulkUpdateActivities(actor(), { action: "review", ids }, now);
    expect(result).toMatchObject({ ok: true, count: 2 });
    expect(inEnglish(result.ok ? result.message : "")).toBe("2 activities marked as reviewed today; next review on 28 Feb 2026.");
    for (const row of await state(ids)) {
      expect(row.lastReviewedOn?.toISOString()).toBe("2026-01-31T00:00:00.000Z");
      expect(row.nextReviewOn?.toISOString()).toBe("2026-02-28T00:00:00.000Z");
    }
    expect((await events(ids)).every((e) => e.action === "REVIEW" && (e.after as { nextReviewOn: string }).nextReviewOn === "2026-02-28")).toBe(true);
  });

  it("refuses the whole batch when one id belongs to another organisation, changing nothing", async () => {
    const own = await makeActivities(orgA, 2, "OWN");
    const [foreign] = await makeActivities(orgB, 1, "FOR");
    const result = await bulkUpdateActivities(actor(), { action: "retire", ids: [...own, foreign] }, now);
    expect(result).toMatchObject({ ok: false });
    expect(inEnglish(result.ok ? "" : (result.formError ?? ""))).toMatch(/does not exist in your organisation.*Nothing was changed/);
    for (const row of await state([...own, foreign])) expect(row).toMatchObject({ status: "ACTIVE", version: 1 });
    expect(await events([...own, foreign])).toHaveLength(0);
  });

  it("refuses viewers", async () => {
    const ids = await makeActivities(orgA, 1, "VIE");
    expect(await bulkUpdateActivities(actor("VIEWER"), { action: "retire", ids }, now)).toMatchObject({ ok: false, kind: "refused" });
    expect((await state(ids))[0]).toMatchObject({ status: "ACTIVE", version: 1 });
  });

  it("refuses malformed input with a message, and an empty or oversized selection", async () => {
    const ids = await makeActivities(orgA, 1, "BAD");
    const tooLong = await bulkUpdateActivities(actor(), { action: "owner", ids, owner: "x".repeat(201) }, now);
    expect(tooLong).toMatchObject({ ok: false });
    expect(inEnglish(tooLong.ok ? "" : (tooLong.fieldErrors?.owner ?? ""))).toMatch(/under 200/);
    expect(await bulkUpdateActivities(actor(), { action: "status", ids, status: "DELETED" }, now)).toMatchObject({ ok: false });
    const none = await bulkUpdateActivities(actor(), { action: "retire", ids: [] }, now);
    expect(inEnglish(none.ok ? "" : (none.formError ?? ""))).toBe("Select at least one activity.");
    expect(await bulkUpdateActivities(actor(), { action: "retire", ids: Array.from({ length: 101 }, (_, i) => `id${i}`) }, now)).toMatchObject({ ok: false });
    expect(await bulkUpdateActivities(actor(), "not an object", now)).toMatchObject({ ok: false });
    expect(await events(ids)).toHaveLength(0);
  });
});

describe("markActivityReviewed", () => {
  it("records the review with the chosen next date and an audit event", async () => {
    const [id] = await makeActivities(orgA, 1, "ONE");
    const result = await markActivityReviewed(actor(), { id, version: 1, reviewedOn: "2026-01-30", nextReviewOn: "2026-06-30" }, now);
    expect(result).toMatchObject({ ok: true, nextReviewOn: "2026-06-30" });
    expect((await state([id]))[0]).toMatchObject({ version: 2, nextReviewOn: new Date("2026-06-30T00:00:00Z") });
    const [event] = await events([id]);
    expect(event).toMatchObject({ action: "REVIEW", before: { lastReviewedOn: null, version: 1 }, after: { lastReviewedOn: "2026-01-30", version: 2 } });
  });

  it("reports a stale version as a conflict naming who changed it, and changes nothing", async () => {
    const [id] = await makeActivities(orgA, 1, "CON");
    await bulkUpdateActivities(actor(), { action: "owner", ids: [id], owner: "Someone" }, now);
    const result = await markActivityReviewed(actor(), { id, version: 1, reviewedOn: "2026-01-30", nextReviewOn: "2026-06-30" }, now);
    expect(result).toMatchObject({ ok: false, conflict: { currentVersion: 2, changedBy: "bulk@test.example" } });
    expect((await state([id]))[0]).toMatchObject({ version: 2, lastReviewedOn: null });
  });

  it("refuses a next review before the review, a review in the future, and another organisation's activity", async () => {
    const [id] = await makeActivities(orgA, 1, "VAL");
    expect(await markActivityReviewed(actor(), { id, version: 1, reviewedOn: "2026-01-30", nextReviewOn: "2026-01-01" }, now)).toMatchObject({
      ok: false,
      fieldErrors: { nextReviewOn: expect.any(String) },
    });
    expect(await markActivityReviewed(actor(), { id, version: 1, reviewedOn: "2026-03-01", nextReviewOn: "2027-03-01" }, now)).toMatchObject({
      ok: false,
      fieldErrors: { reviewedOn: expect.any(String) },
    });
    const [foreign] = await makeActivities(orgB, 1, "FRV");
    expect(await markActivityReviewed(actor(), { id: foreign, version: 1, reviewedOn: "2026-01-30", nextReviewOn: "2026-06-30" }, now)).toMatchObject({
      ok: false,
      kind: "not-found",
    });
    expect(await markActivityReviewed(actor("VIEWER"), { id, version: 1, reviewedOn: "2026-01-30", nextReviewOn: "2026-06-30" }, now)).toMatchObject({ ok: false, kind: "refused" });
    expect(await events([id, foreign])).toHaveLength(0);
  });
});
