/**
 * The audit chain against a real PostgreSQL: the triggers link every event
 * when its transaction commits, whoever writes it, concurrent writers cannot fork a chain, and
 * verification names the event that was edited or the events that were
 * deleted — also the last ones.
 */
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { recordAudit } from "../audit";
import { hashPassword } from "../auth/password";
import { upsertCountries } from "../catalogues/countries";
import { createDemoOrganisation } from "../demo/demo-organisation";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { createOrganisation } from "../organisation/create";
import { GENESIS_HASH } from "./problems";
import { verifyAuditChain } from "./verify";

const organisations: string[] = [];
const users: string[] = [];
let passwordHash: string | undefined;

async function makeUser() {
  passwordHash ??= await hashPassword("irrelevant-here-2026");
  const user = await db.user.create({ data: { email: `${crypto.randomUUID()}@chain.example`, name: "Chain", passwordHash }, select: { id: true, email: true } });
  users.push(user.id);
  return user;
}

async function makeOrganisation() {
  const organisation = await db.organisation.create({ data: { slug: `chain-${crypto.randomUUID()}`, legalName: "Chain Ltd" } });
  organisations.push(organisation.id);
  return organisation;
}

/** n events through recordAudit, one transaction each, as the application writes them. */
async function writeEvents(organisationId: string, actor: { id: string; email: string } | null, n: number) {
  for (let index = 1; index <= n; index++) {
    await db.$transaction((tx) =>
      recordAudit(tx, { organisationId, actor, action: "UPDATE", entityType: "ProcessingActivity", entityId: `activity-${index}`, before: { name: `Name ${index - 1}` }, after: { name: `Name ${index}`, version: index } }),
    );
  }
}

const chainOf = (organisationId: string) =>
  db.auditEvent.findMany({ where: { organisationId }, orderBy: { sequence: "asc" }, select: { id: true, sequence: true, previousHash: true, hash: true, createdAt: true } });

afterAll(async () => {
  for (const id of organisations) await db.$transaction((tx) => deleteOrganisation(tx, id));
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.$disconnect();
});

describe("the audit chain", () => {
  it("links every event to the one before, whichever way it was written, and the head follows the last", async () => {
    const actor = await makeUser();
    const organisation = await makeOrganisation();
    await writeEvents(organisation.id, actor, 3);
    // The importer's path: many events in one statement, in one transaction with more.
    await db.$transaction(async (tx) => {
      await tx.auditEvent.createMany({
        data: [1, 2, 3].map((n) => ({ organisationId: organisation.id, actorEmail: actor.email, action: "IMPORT", entityType: "Recipient", entityId: `r-${n}` })),
      });
      await recordAudit(tx, { organisationId: organisation.id, actor: null, action: "EXPORT", entityType: "Register", entityId: organisation.id });
    });
    // A writer that supplies chain fields of its own does not get them.
    await db.auditEvent.create({
      data: { organisationId: organisation.id, actorEmail: "x", action: "CREATE", entityType: "X", entityId: "x", sequence: 99, previousHash: "forged", hash: "forged" },
    });

    const chain = await chainOf(organisation.id);
    expect(chain.map((event) => event.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(chain[0].previousHash).toBe(GENESIS_HASH);
    for (let index = 1; index < chain.length; index++) expect(chain[index].previousHash).toBe(chain[index - 1].hash);
    expect(new Set(chain.map((event) => event.hash)).size).toBe(chain.length);
    expect(chain.every((event) => /^[0-9a-f]{64}$/.test(event.hash))).toBe(true);

    const head = await db.auditChainHead.findUniqueOrThrow({ where: { organisationId: organisation.id } });
    expect(head).toMatchObject({ sequence: 8, hash: chain[7].hash });
    expect(await verifyAuditChain(organisation.id)).toMatchObject({ intact: true, events: 8, headSequence: 8, headHash: chain[7].hash, problems: [] });
  });

  it("keeps one chain when parallel transactions write to the same organisation, also its very first events", async () => {
    const organisation = await makeOrganisation();
    const writers = Array.from({ length: 8 }, (_, writer) =>
      db.$transaction(async (tx) => {
        for (let n = 0; n < 5; n++) {
          await recordAudit(tx, { organisationId: organisation.id, actor: null, action: "UPDATE", entityType: "ProcessingActivity", entityId: `w${writer}-${n}` });
        }
      }),
    );
    await Promise.all(writers);

    const chain = await chainOf(organisation.id);
    expect(chain.map((event) => event.sequence)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    for (let index = 1; index < chain.length; index++) expect(chain[index].previousHash).toBe(chain[index - 1].hash);
    expect(await verifyAuditChain(organisation.id)).toMatchObject({ intact: true, events: 40, headSequence: 40 });
  });

  it("does not make a writer wait for another transaction's audit event before it commits", async () => {
    // Linking at insert time held the chain head from a transaction's first
    // event to its commit: a bulk change that then locked a record deadlocked
    // with a single edit of that record waiting for the head.
    const organisation = await makeOrganisation();
    const [first, second] = [await makeOrganisation(), await makeOrganisation()];
    const bulk = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const single = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await Promise.all([bulk.connect(), single.connect()]);
    const lock = (client: pg.Client, id: string) => client.query(`SELECT "id" FROM "Organisation" WHERE "id" = $1 FOR UPDATE`, [id]);
    const audit = (client: pg.Client, entityId: string) =>
      client.query(`INSERT INTO "AuditEvent" ("id", "organisationId", "action", "entityType", "entityId") VALUES ($1, $2, 'UPDATE', 'X', $3)`, [crypto.randomUUID(), organisation.id, entityId]);
    try {
      await bulk.query("BEGIN");
      await single.query("BEGIN; SET LOCAL lock_timeout = '5s'");
      await lock(bulk, first.id);
      await audit(bulk, "first");
      await lock(single, second.id);
      await audit(single, "second");
      const bulkGoesOn = lock(bulk, second.id);
      await single.query("COMMIT");
      await bulkGoesOn;
      await bulk.query("COMMIT");
    } finally {
      await Promise.all([bulk.end(), single.end()]);
    }
    expect(await db.auditEvent.findMany({ where: { organisationId: organisation.id }, orderBy: { sequence: "asc" }, select: { entityId: true, sequence: true } })).toEqual([
      { entityId: "second", sequence: 1 },
      { entityId: "first", sequence: 2 },
    ]);
    expect(await verifyAuditChain(organisation.id)).toMatchObject({ intact: true, events: 2 });
  });

  it("undoes the links of events rolled back to a savepoint, and of a failed transaction", async () => {
    const organisation = await makeOrganisation();
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const insert = (entityId: string) =>
      client.query(`INSERT INTO "AuditEvent" ("id", "organisationId", "action", "entityType", "entityId") VALUES ($1, $2, 'CREATE', 'X', $3)`, [
        crypto.randomUUID(),
        organisation.id,
        entityId,
      ]);
    try {
      await client.query("BEGIN");
      await insert("kept-1");
      await client.query("SAVEPOINT attempt");
      await insert("undone");
      await client.query("ROLLBACK TO SAVEPOINT attempt");
      await insert("kept-2");
      await client.query("COMMIT");
      await client.query("BEGIN");
      await insert("failed");
      await client.query("ROLLBACK");
      await insert("kept-3");
    } finally {
      await client.end();
    }
    const events = await db.auditEvent.findMany({ where: { organisationId: organisation.id }, orderBy: { sequence: "asc" }, select: { entityId: true, sequence: true } });
    expect(events).toEqual([
      { entityId: "kept-1", sequence: 1 },
      { entityId: "kept-2", sequence: 2 },
      { entityId: "kept-3", sequence: 3 },
    ]);
    expect(await verifyAuditChain(organisation.id)).toMatchObject({ intact: true, events: 3 });
  });

  it("survives removing the user who acted: actorId becomes NULL, the e-mail stays and is what the chain covers", async () => {
    const actor = await makeUser();
    const organisation = await makeOrganisation();
    await writeEvents(organisation.id, actor, 3);
    await db.user.delete({ where: { id: actor.id } });
    expect(await db.auditEvent.count({ where: { organisationId: organisation.id, actorId: null, actorEmail: actor.email } })).toBe(3);
    expect(await verifyAuditChain(organisation.id)).toMatchObject({ intact: true, events: 3 });
  });

  it("verifies organisations created the normal ways: a new organisation, and the demo", async () => {
    const owner = await makeUser();
    const home = await makeOrganisation();
    await db.membership.create({ data: { organisationId: home.id, userId: owner.id, role: "OWNER" } });
    const created = await createOrganisation({ user: owner, memberships: [{ role: "OWNER" }] }, { legalName: "Chained GmbH", slug: `chained-${crypto.randomUUID().slice(0, 8)}` });
    if (!created.ok) throw new Error("organisation not created");
    organisations.push(created.organisation.id);
    expect(await verifyAuditChain(created.organisation.id)).toMatchObject({ intact: true, events: 2 });

    await upsertCountries(db);
    const { organisationId } = await db.$transaction((tx) => createDemoOrganisation(tx, { actor: owner, slug: `chain-demo-${crypto.randomUUID()}` }), { timeout: 60_000 });
    organisations.push(organisationId);
    const report = await verifyAuditChain(organisationId);
    expect(report.intact).toBe(true);
    expect(report.events).toBeGreaterThan(7);
  });
});

describe("verifyAuditChain finds tampering", () => {
  async function chainedOrganisation(n = 5) {
    const organisation = await makeOrganisation();
    await writeEvents(organisation.id, null, n);
    return { organisation, chain: await chainOf(organisation.id) };
  }

  it("names an event whose content was changed with SQL, with its sequence and time", async () => {
    const { organisation, chain } = await chainedOrganisation();
    await db.$executeRaw`UPDATE "AuditEvent" SET "after" = '{"name": "Something else"}'::jsonb WHERE "id" = ${chain[2].id}`;
    const report = await verifyAuditChain(organisation.id);
    expect(report.intact).toBe(false);
    expect(report.problems).toEqual([
      { kind: "edited", event: { id: chain[2].id, sequence: 3, createdAt: chain[2].createdAt, action: "UPDATE", entityType: "ProcessingActivity", entityId: "activity-3" } },
    ]);
  });

  it("notices an edit even when the hash was recomputed to match: the next link breaks", async () => {
    const { organisation, chain } = await chainedOrganisation();
    await db.$executeRaw`UPDATE "AuditEvent" SET "actorEmail" = 'someone@else.example' WHERE "id" = ${chain[1].id}`;
    await db.$executeRaw`UPDATE "AuditEvent" SET "hash" = "audit_event_hash"("id", "organisationId", "sequence", "previousHash", "actorEmail", "action", "entityType", "entityId", "before", "after", "createdAt") WHERE "id" = ${chain[1].id}`;
    const report = await verifyAuditChain(organisation.id);
    expect(report.problems).toEqual([{ kind: "relinked", event: expect.objectContaining({ id: chain[2].id, sequence: 3 }) }]);
  });

  it("reports events deleted in the middle, and the first one", async () => {
    const { organisation, chain } = await chainedOrganisation(6);
    await db.auditEvent.deleteMany({ where: { id: { in: [chain[0].id, chain[2].id, chain[3].id] } } });
    const report = await verifyAuditChain(organisation.id);
    expect(report.problems).toEqual([
      { kind: "missing", fromSequence: 1, toSequence: 1, next: expect.objectContaining({ id: chain[1].id, sequence: 2 }) },
      { kind: "missing", fromSequence: 3, toSequence: 4, next: expect.objectContaining({ id: chain[4].id, sequence: 5 }) },
    ]);
    expect(report.events).toBe(3);
  });

  it("reports deleting the last events, which leaves a shorter chain that links perfectly", async () => {
    const { organisation, chain } = await chainedOrganisation();
    await db.auditEvent.deleteMany({ where: { id: { in: [chain[3].id, chain[4].id] } } });
    expect((await verifyAuditChain(organisation.id)).problems).toEqual([{ kind: "tail-missing", fromSequence: 4, toSequence: 5 }]);

    // The next event continues from the head, so the gap stays visible.
    await writeEvents(organisation.id, null, 1);
    expect((await verifyAuditChain(organisation.id)).problems).toEqual([{ kind: "missing", fromSequence: 4, toSequence: 5, next: expect.objectContaining({ sequence: 6 }) }]);
  });

  it("reports a last event replaced with a consistent hash, and events written around the chain head", async () => {
    const { organisation, chain } = await chainedOrganisation(3);
    await db.$executeRaw`UPDATE "AuditEvent" SET "entityId" = 'other', "hash" = "audit_event_hash"("id", "organisationId", "sequence", "previousHash", "actorEmail", "action", "entityType", 'other', "before", "after", "createdAt") WHERE "id" = ${chain[2].id}`;
    expect((await verifyAuditChain(organisation.id)).problems).toEqual([{ kind: "head-mismatch", event: expect.objectContaining({ id: chain[2].id, sequence: 3 }) }]);

    await db.auditChainHead.update({ where: { organisationId: organisation.id }, data: { sequence: 1, hash: chain[0].hash } });
    expect((await verifyAuditChain(organisation.id)).problems).toEqual([{ kind: "head-behind", headSequence: 1, lastSequence: 3 }]);
  });

  it("reports an intact, empty chain for an organisation without events", async () => {
    const organisation = await makeOrganisation();
    expect(await verifyAuditChain(organisation.id)).toMatchObject({ intact: true, events: 0, headSequence: 0, headHash: null });
  });
});
