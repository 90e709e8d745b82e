/**
 * A database outage in the middle of a save: the connection of the save's
 * transaction is terminated after the activity was updated and before its
 * audit event is written. Nothing of it may remain, the user gets the outage
 * message with their input, and the next save over the same pool succeeds.
 */
import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { upsertCountries } from "../catalogues/countries";
import { createDb } from "../db";
import { createDemoOrganisation } from "../demo/demo-organisation";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { outcomeOf, signInAs } from "../../test/support/request-scope";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./database-outage";
import { keepFormOnOutage } from "./database-outage-action";

vi.mock("next/headers", async () => (await import("@/test/support/request-scope")).nextHeadersModule);
vi.mock("next/cache", async () => (await import("@/test/support/request-scope")).nextCacheModule);
vi.mock("@/lib/auth/index", async () => (await import("@/test/support/request-scope")).authModule);

const { saveActivityAction } = await import("../activities/actions");
const { getActivityFormValues } = await import("../activities/form-options");

const url = process.env.DATABASE_URL!;
const db = createDb(url);
let organisationId: string;
let activityId: string;
let editor: { id: string; email: string; sessionVersion: number };

/** A loopback port nobody listens on: connecting to it is refused, as when the server is stopped. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function snapshot(id: string) {
  return db.processingActivity.findUniqueOrThrow({
    where: { id },
    select: { name: true, version: true, _count: { select: { purposes: true, dataCategories: true, recipients: true, securityMeasures: true } } },
  });
}

const auditEvents = (id: string) => db.auditEvent.count({ where: { entityId: id } });

beforeAll(async () => {
  await upsertCountries(db);
  const suffix = crypto.randomUUID().slice(0, 8);
  editor = await db.user.create({ data: { email: `outage-${suffix}@example.test`, name: "Outage Editor", passwordHash: "x" }, select: { id: true, email: true, sessionVersion: true } });
  const demo = await db.$transaction((tx) => createDemoOrganisation(tx, { actor: editor, slug: `outage-${suffix}` }), { timeout: 60_000 });
  organisationId = demo.organisationId;
  activityId = demo.activityIds["WEB-01"];
  await db.membership.create({ data: { userId: editor.id, organisationId, role: "EDITOR" } });
});

afterAll(async () => {
  await db.$transaction((tx) => deleteOrganisation(tx, organisationId));
  await db.user.delete({ where: { id: editor.id } });
  await db.$disconnect();
});

describe("recognising an unreachable database", () => {
  it("recognises what Prisma throws when no server listens, and the wrapper turns it into the form message", async () => {
    const nowhere = new URL(url);
    nowhere.hostname = "127.0.0.1";
    nowhere.port = String(await closedPort());
    const down = createDb(nowhere.toString());
    try {
      const error = await down.user.count().then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).not.toBeNull();
      expect(isDatabaseUnavailable(error)).toBe(true);

      const transactionError = await down.$transaction(async (tx) => tx.user.count()).then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(isDatabaseUnavailable(transactionError)).toBe(true);

      const save = keepFormOnOutage<[previous: unknown, form: FormData], { ok?: boolean; formError?: string }>(async () => {
        await down.user.count();
        return { ok: true };
      });
      const formData = new FormData();
      formData.set("name", "Typed by the user");
      expect(await save({}, formData)).toEqual({ ok: false, kind: "unavailable", formError: DATABASE_UNAVAILABLE_MESSAGE, values: { name: "Typed by the user" } });
    } finally {
      await down.$disconnect();
    }
  });

  it("does not take an ordinary database error for an outage", async () => {
    const error = await db.$queryRawUnsafe("select * from no_such_table").then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe("a save whose connection is lost between the activity update and its audit event", () => {
  it("leaves nothing behind, keeps the input, and the next save succeeds on the same pool", async () => {
    signInAs(editor, organisationId);
    const before = await snapshot(activityId);
    const eventsBefore = await auditEvents(activityId);
    const values = (await getActivityFormValues(organisationId, activityId))!;
    const edited = { ...values, name: `${values.name} (edited during an outage)` };

    // A second connection holds a lock that every insert into AuditEvent waits for,
    // so the save stops exactly before writing its audit event; a third watches and terminates.
    const locker = new pg.Client({ connectionString: url });
    const watcher = new pg.Client({ connectionString: url });
    await Promise.all([locker.connect(), watcher.connect()]);
    let save: Promise<Awaited<ReturnType<typeof outcomeOf>>> | undefined;
    try {
      await locker.query("begin");
      await locker.query('lock table "AuditEvent" in share mode');
      save = outcomeOf(() => saveActivityAction(activityId, edited));

      const deadline = Date.now() + 30_000;
      let pid: number | undefined;
      while (pid === undefined) {
        if (Date.now() > deadline) throw new Error(`the save never reached its audit event: ${JSON.stringify(await Promise.race([save, "still waiting"]))}`);
        const waiting = await watcher.query<{ pid: number }>(
          `select pid from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock' and query ilike '%insert into%AuditEvent%'`,
        );
        pid = waiting.rows[0]?.pid;
        if (pid === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // The waiting transaction has updated (and so row-locked) the activity: the save is between its two writes.
      await expect(watcher.query('select 1 from "ProcessingActivity" where id = $1 for update nowait', [activityId])).rejects.toMatchObject({ code: "55P03" });
      const terminated = await watcher.query<{ done: boolean }>("select pg_terminate_backend($1) as done", [pid]);
      expect(terminated.rows[0].done).toBe(true);
    } finally {
      await locker.query("rollback").catch(() => undefined);
      await Promise.all([locker.end(), watcher.end()]);
    }

    expect(await save).toEqual({ kind: "returned", value: { ok: false, kind: "unavailable", formError: DATABASE_UNAVAILABLE_MESSAGE, values: edited } });
    expect(await snapshot(activityId)).toEqual(before);
    expect(await auditEvents(activityId)).toBe(eventsBefore);

    const retried = await outcomeOf(() => saveActivityAction(activityId, edited));
    expect(retried).toEqual({ kind: "redirect", location: `/activities/${activityId}?saved=1` });
    const after = await snapshot(activityId);
    expect(after).toEqual({ ...before, name: edited.name, version: before.version + 1 });
    expect(await db.auditEvent.count({ where: { entityId: activityId, action: "UPDATE" } })).toBe(1);
    expect(await auditEvents(activityId)).toBe(eventsBefore + 1);
  });
});
