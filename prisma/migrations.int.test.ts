/**
 * The migrations apply cleanly to a new database on a real PostgreSQL, and the
 * CLI-only adapter (prisma/migrate-adapter.ts) keeps `migrate dev` working:
 * a Prisma upgrade that changes the internals it works around fails here.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { runPrisma } from "../scripts/prisma-cli";
import { ensureDatabaseExists, withDatabaseName } from "../scripts/embedded-db";

const root = path.resolve(__dirname, "..");
const baseUrl = process.env.DATABASE_URL!;
const suffix = crypto.randomUUID().replaceAll("-", "").slice(0, 12);
const created: string[] = [];

async function freshDatabase(name: string) {
  const url = withDatabaseName(baseUrl, name);
  await ensureDatabaseExists(url);
  created.push(name);
  return url;
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const name of created) await query(withDatabaseName(baseUrl, "postgres"), `drop database if exists "${name}" with (force)`);
});

describe("migrations", () => {
  it("apply to an empty database and leave migrate status clean", async () => {
    const url = await freshDatabase(`ropa_migrate_${suffix}`);
    await runPrisma(["migrate", "deploy"], url, { quiet: true });
    await expect(runPrisma(["migrate", "status"], url, { quiet: true })).resolves.toBeUndefined();

    const applied = await query(url, "select migration_name, finished_at from _prisma_migrations");
    const onDisk = fs.readdirSync(path.join(root, "prisma", "migrations")).filter((name) => /^\d+_/.test(name));
    expect(applied.map((row) => row.migration_name).sort()).toEqual(onDisk.sort());
    expect(applied.every((row) => row.finished_at !== null)).toBe(true);

    const tables = await query(url, "select table_name from information_schema.tables where table_schema = 'public'");
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(["Organisation", "ProcessingActivity", "Purpose", "Transfer", "AuditEvent", "PolicyVersion"]),
    );
  });

  it("can create and apply a new migration twice in a row (shadow database and catalog types)", async () => {
    const url = await freshDatabase(`ropa_migrate_dev_${suffix}`);
    const workdir = fs.mkdtempSync(path.join(root, ".data", "migrate-dev-"));
    try {
      fs.cpSync(path.join(root, "prisma"), path.join(workdir, "prisma"), {
        recursive: true,
        filter: (source) => !source.endsWith(".test.ts"),
      });
      fs.copyFileSync(path.join(root, "prisma.config.ts"), path.join(workdir, "prisma.config.ts"));
      await runPrisma(["migrate", "deploy"], url, { quiet: true, cwd: workdir });

      // A quoted semicolon and a $$ body: upstream splits scripts on every ";".
      const schemaFile = path.join(workdir, "prisma", "schema.prisma");
      fs.appendFileSync(schemaFile, '\nmodel MigrationProbe {\n  id   Int    @id\n  note String @default("a;b")\n}\n');
      await runPrisma(["migrate", "dev", "--name", "probe", "--skip-generate", "--skip-seed"], url, { quiet: true, cwd: workdir });
      fs.appendFileSync(schemaFile, "\nmodel MigrationProbeTwo {\n  id Int @id\n}\n");
      await runPrisma(["migrate", "dev", "--name", "probe_two", "--skip-generate", "--skip-seed"], url, { quiet: true, cwd: workdir });

      const names = fs.readdirSync(path.join(workdir, "prisma", "migrations"));
      expect(names.some((name) => name.endsWith("_probe"))).toBe(true);
      expect(names.some((name) => name.endsWith("_probe_two"))).toBe(true);
      await expect(runPrisma(["migrate", "status"], url, { quiet: true, cwd: workdir })).resolves.toBeUndefined();
      const probe = await query(url, `insert into "MigrationProbe" (id) values (1) returning note`);
      expect(probe[0].note).toBe("a;b");

      // No shadow database is left behind.
      const leftovers = await query(withDatabaseName(baseUrl, "postgres"), "select datname from pg_database where datname like 'prisma_shadow_%'");
      expect(leftovers).toEqual([]);
    } finally {
      fs.rmSync(workdir, { recursive: true, force: true });
    }
  });
});
