/**
 * Upgrading a database that already has audit events: the "audit_chain"
 * migrations chain them per organisation in the order they were written
 * (createdAt, then id), records each head, and verification passes — before
 * and after new events are added by the trigger.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { runPrisma } from "../scripts/prisma-cli";
import { ensureDatabaseExists, withDatabaseName } from "../scripts/embedded-db";
import { createDb } from "../lib/db";
import { verifyAuditChain } from "../lib/audit-chain/verify";

const root = path.resolve(__dirname, "..");
const migrations = path.join(root, "prisma", "migrations");
const chainMigrations = fs.readdirSync(migrations).filter((name) => /^\d+_audit_chain/.test(name)).sort();
const firstChainMigration = chainMigrations[0];
const baseUrl = process.env.DATABASE_URL!;
const database = `ropa_chain_upgrade_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
const url = withDatabaseName(baseUrl, database);
const workdir = fs.mkdtempSync(path.join(root, ".data", "audit-chain-upgrade-"));

/** A copy of the prisma folder holding only the migrations up to `last`. */
function migrationsUpTo(last: (name: string) => boolean) {
  fs.rmSync(path.join(workdir, "prisma"), { recursive: true, force: true });
  fs.cpSync(path.join(root, "prisma"), path.join(workdir, "prisma"), {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(migrations, source);
      if (relative.startsWith("..") || !/^\d+_/.test(relative)) return !source.endsWith(".test.ts");
      return last(relative.split(path.sep)[0]);
    },
  });
}

afterAll(async () => {
  fs.rmSync(workdir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: withDatabaseName(baseUrl, "postgres") });
  await client.connect();
  await client.query(`drop database if exists "${database}" with (force)`);
  await client.end();
});

describe("the audit_chain migrations", () => {
  it("chains the events that exist before it, per organisation in the order they were written", async () => {
    await ensureDatabaseExists(url);
    fs.copyFileSync(path.join(root, "prisma.config.ts"), path.join(workdir, "prisma.config.ts"));
    migrationsUpTo((name) => name < firstChainMigration);
    await runPrisma(["migrate", "deploy"], url, { quiet: true, cwd: workdir });

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`INSERT INTO "Organisation" ("id", "slug", "legalName", "updatedAt") VALUES ('org-a', 'a', 'A', now()), ('org-b', 'b', 'B', now()), ('org-empty', 'e', 'E', now())`);
      // Written out of order on purpose: the chain follows createdAt, then id.
      await client.query(`
        INSERT INTO "AuditEvent" ("id", "organisationId", "actorEmail", "action", "entityType", "entityId", "before", "after", "createdAt") VALUES
          ('e3', 'org-a', 'dpo@a.example', 'UPDATE', 'ProcessingActivity', 'p1', '{"name": "Newsletter"}', '{"name": "Newsletter ✉", "note": "a \\"quoted\\" word"}', '2026-03-01T10:00:00Z'),
          ('e1', 'org-a', 'dpo@a.example', 'CREATE', 'ProcessingActivity', 'p1', NULL, '{"name": "Newsletter", "tags": [1, 2.50, null]}', '2026-01-01T10:00:00Z'),
          ('e2b', 'org-a', 'system', 'EXPORT', 'Register', 'org-a', NULL, NULL, '2026-02-01T10:00:00Z'),
          ('e2a', 'org-a', 'system', 'EXPORT', 'Register', 'org-a', NULL, NULL, '2026-02-01T10:00:00Z'),
          ('f1', 'org-b', 'owner@b.example', 'CREATE', 'Recipient', 'r1', NULL, '{"name": "Host"}', '2026-01-05T10:00:00Z')`);
    } finally {
      await client.end();
    }

    // Up to the current schema, as a real upgrade goes: the Prisma client below
    // knows the audit event's later columns (the API token an event came through).
    migrationsUpTo(() => true);
    await runPrisma(["migrate", "deploy"], url, { quiet: true, cwd: workdir });

    const upgraded = createDb(url);
    try {
      const chain = await upgraded.auditEvent.findMany({ where: { organisationId: "org-a" }, orderBy: { sequence: "asc" }, select: { id: true, sequence: true } });
      expect(chain).toEqual([
        { id: "e1", sequence: 1 },
        { id: "e2a", sequence: 2 },
        { id: "e2b", sequence: 3 },
        { id: "e3", sequence: 4 },
      ]);
      expect(await upgraded.auditChainHead.findMany({ orderBy: { organisationId: "asc" }, select: { organisationId: true, sequence: true } })).toEqual([
        { organisationId: "org-a", sequence: 4 },
        { organisationId: "org-b", sequence: 1 },
      ]);
      for (const organisationId of ["org-a", "org-b", "org-empty"]) {
        expect(await verifyAuditChain(organisationId, upgraded)).toMatchObject({ intact: true, problems: [] });
      }

      // New events continue the backfilled chain.
      await upgraded.auditEvent.create({ data: { organisationId: "org-a", actorEmail: "dpo@a.example", action: "DELETE", entityType: "ProcessingActivity", entityId: "p1" } });
      expect(await verifyAuditChain("org-a", upgraded)).toMatchObject({ intact: true, events: 5, headSequence: 5 });

      // And the backfilled events are protected like the new ones.
      await upgraded.$executeRaw`UPDATE "AuditEvent" SET "after" = '{"name": "Other"}' WHERE "id" = 'e1'`;
      expect((await verifyAuditChain("org-a", upgraded)).problems).toEqual([{ kind: "edited", event: expect.objectContaining({ id: "e1", sequence: 1 }) }]);
    } finally {
      await upgraded.$disconnect();
    }
  });
});
