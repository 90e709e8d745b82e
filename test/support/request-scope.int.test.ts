import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb } from "../../lib/db";
import { deleteOrganisation } from "./delete-organisation";
import { outcomeOf, signInAs, signOutScope } from "./request-scope";

vi.mock("next/headers", async () => (await import("@/test/support/request-scope")).nextHeadersModule);
vi.mock("next/cache", async () => (await import("@/test/support/request-scope")).nextCacheModule);
vi.mock("@/lib/auth/index", async () => (await import("@/test/support/request-scope")).authModule);

const { retireActivityAction } = await import("../../lib/activities/actions");

const db = createDb(process.env.DATABASE_URL!);
const id = crypto.randomUUID().slice(0, 8);
let org: { id: string };
let other: { id: string };
let editor: { id: string };
let viewer: { id: string };
let activity: { id: string; version: number };

beforeAll(async () => {
  org = await db.organisation.create({ data: { slug: `scope-${id}`, legalName: "Scope AG" } });
  other = await db.organisation.create({ data: { slug: `scope-other-${id}`, legalName: "Other AG" } });
  editor = await db.user.create({ data: { email: `ed-${id}@scope.example`, name: "Ed", passwordHash: "x", memberships: { create: { organisationId: org.id, role: "EDITOR" } } } });
  viewer = await db.user.create({ data: { email: `vi-${id}@scope.example`, name: "Vi", passwordHash: "x", memberships: { create: { organisationId: org.id, role: "VIEWER" } } } });
  activity = await db.processingActivity.create({ data: { organisationId: org.id, reference: "A-1", name: "Payroll" }, select: { id: true, version: true } });
});

afterAll(async () => {
  for (const o of [org, other]) await db.$transaction((tx) => deleteOrganisation(tx, o.id));
  await db.user.deleteMany({ where: { id: { in: [editor.id, viewer.id] } } });
  await db.$disconnect();
});

describe("request scope for calling actions in tests", () => {
  it("runs an action as the signed-in member and reports refusals as the user would see them", async () => {
    signOutScope();
    // Regression: refusals were thrown as errors (an error reference for the user, a
    // stack trace in the log); they are the 401/403 interrupts an expected outcome gets.
    expect(await outcomeOf(() => retireActivityAction(activity.id, activity.version))).toEqual({ kind: "unauthorized" });
    signInAs(viewer, org.id);
    expect(await outcomeOf(() => retireActivityAction(activity.id, activity.version))).toEqual({ kind: "forbidden" });
    signInAs(editor, org.id);
    const done = await outcomeOf(() => retireActivityAction(activity.id, activity.version));
    expect(done).toMatchObject({ kind: "returned", value: { ok: true } });
    expect((await db.processingActivity.findUniqueOrThrow({ where: { id: activity.id } })).status).toBe("RETIRED");
  });
});
