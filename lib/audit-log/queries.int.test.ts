import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { parseAuditFilter } from "./filter";
import { getHistorySubject, listAuditEvents, listAuditFilterOptions, listRecordHistory } from "./queries";

let orgA: string;
let orgB: string;
let activityId: string;
let deletedActivityId: string;
const ada = { id: "", email: "" };
const day = (d: number, hour = 12) => new Date(Date.UTC(2026, 2, d, hour));

beforeAll(async () => {
  const id = crypto.randomUUID();
  orgA = (await db.organisation.create({ data: { slug: `audit-a-${id}`, legalName: "Audit A" } })).id;
  orgB = (await db.organisation.create({ data: { slug: `audit-b-${id}`, legalName: "Audit B" } })).id;
  const user = await db.user.create({ data: { email: `ada-${id}@audit.example`, name: "Ada", passwordHash: "x" } });
  Object.assign(ada, { id: user.id, email: user.email });
  const activity = await db.processingActivity.create({ data: { organisationId: orgA, reference: "HR-1", name: "Payroll", version: 3 } });
  activityId = activity.id;
  deletedActivityId = "deleted-activity-id";

  const events = [];
  // 120 updates of the activity on 1-10 March by Ada, then other types and actors.
  for (let i = 0; i < 120; i++) {
    events.push({
      organisationId: orgA,
      actorId: ada.id,
      actorEmail: ada.email,
      action: "UPDATE",
      entityType: "ProcessingActivity",
      entityId: activityId,
      before: { name: `Payroll ${i}`, version: i + 1 },
      after: { name: `Payroll ${i + 1}`, version: i + 2 },
      createdAt: new Date(day(1).getTime() + i * 60 * 60 * 1000),
    });
  }
  events.push(
    { organisationId: orgA, actorId: null, actorEmail: "system", action: "CREATE", entityType: "Membership", entityId: "m1", before: undefined, after: { email: "x@y.example", role: "EDITOR" }, createdAt: day(20) },
    { organisationId: orgA, actorId: ada.id, actorEmail: ada.email, action: "DELETE", entityType: "ProcessingActivity", entityId: deletedActivityId, before: { reference: "OLD-1", name: "Gone", version: 4 }, after: undefined, createdAt: day(21, 23) },
    { organisationId: orgB, actorId: ada.id, actorEmail: ada.email, action: "UPDATE", entityType: "ProcessingActivity", entityId: activityId, before: { name: "B" }, after: { name: "leak" }, createdAt: day(5) },
    { organisationId: orgB, actorId: null, actorEmail: "intruder@b.example", action: "PUBLISH", entityType: "Policy", entityId: "p1", createdAt: day(5) },
  );
  for (const event of events) await db.auditEvent.create({ data: event });
});

afterAll(async () => {
  for (const id of [orgA, orgB]) await db.$transaction((tx) => deleteOrganisation(tx, id));
  await db.user.delete({ where: { id: ada.id } });
  await db.$disconnect();
});

describe("listAuditEvents", () => {
  it("pages 50 at a time, newest first, and clamps a page past the end", async () => {
    const first = await listAuditEvents(orgA, parseAuditFilter({}));
    expect(first).toMatchObject({ total: 122, page: 1, pageCount: 3, pageSize: 50 });
    expect(first.events).toHaveLength(50);
    expect(first.events[0].entityId).toBe(deletedActivityId);
    const times = first.events.map((event) => event.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const third = await listAuditEvents(orgA, parseAuditFilter({ page: "3" }));
    expect(third.events).toHaveLength(22);
    const beyond = await listAuditEvents(orgA, parseAuditFilter({ page: "99" }));
    expect(beyond.page).toBe(3);
    const ids = new Set([...first.events, ...(await listAuditEvents(orgA, parseAuditFilter({ page: "2" }))).events, ...third.events].map((e) => e.id));
    expect(ids.size).toBe(122);
  });

  it("filters by record type, user, action and date range (the last day inclusive)", async () => {
    const total = async (params: Record<string, string>) => (await listAuditEvents(orgA, parseAuditFilter(params))).total;
    expect(await total({ entityType: "Membership" })).toBe(1);
    expect(await total({ entityType: "ProcessingActivity" })).toBe(121);
    expect(await total({ actor: "system" })).toBe(1);
    expect(await total({ actor: ada.email })).toBe(121);
    expect(await total({ action: "DELETE" })).toBe(1);
    expect(await total({ action: "DELETE", actor: "system" })).toBe(0);
    expect(await total({ from: "2026-03-20" })).toBe(2);
    expect(await total({ from: "2026-03-21", to: "2026-03-21" })).toBe(1);
    expect(await total({ to: "2026-03-01" })).toBe(12);
  });

  it("never shows another organisation's events, and links only records that still exist", async () => {
    const all = [1, 2, 3].map((page) => listAuditEvents(orgA, parseAuditFilter({ page: String(page) })));
    const events = (await Promise.all(all)).flatMap((result) => result.events);
    expect(events.some((event) => JSON.stringify(event.after).includes("leak"))).toBe(false);
    expect(events.find((event) => event.entityId === activityId)?.recordExists).toBe(true);
    expect(events.find((event) => event.entityId === deletedActivityId)?.recordExists).toBe(false);
    expect((await listAuditEvents(orgB, parseAuditFilter({}))).total).toBe(2);
    expect(await listAuditFilterOptions(orgA)).toEqual({
      entityTypes: ["Membership", "ProcessingActivity"],
      actions: ["CREATE", "DELETE", "UPDATE"],
      actors: expect.arrayContaining([{ email: ada.email, name: "Ada" }, { email: "system", name: null }]),
    });
    expect((await listAuditFilterOptions(orgA)).actors.map((actor) => actor.email)).not.toContain("intruder@b.example");
  });
});

describe("listRecordHistory", () => {
  it("lists one record's events, newest first, only in its organisation", async () => {
    const history = await listRecordHistory(orgA, "ProcessingActivity", activityId);
    expect(history.total).toBe(120);
    expect((history.events[0].after as { version: number }).version).toBe(121);
    expect(history.events.every((event) => event.entityId === activityId)).toBe(true);
    expect((await listRecordHistory(orgB, "ProcessingActivity", activityId)).events.map((e) => (e.after as { name: string }).name)).toEqual(["leak"]);
  });

  it("finds the record a History tab belongs to only in its own organisation", async () => {
    expect(await getHistorySubject(orgA, "ProcessingActivity", activityId)).toEqual({ id: activityId, title: "HR-1 Payroll", version: 3 });
    expect(await getHistorySubject(orgB, "ProcessingActivity", activityId)).toBeNull();
    expect(await getHistorySubject(orgA, "Recipient", activityId)).toBeNull();
  });
});
