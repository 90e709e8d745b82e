import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../lib/db";
import { recordAudit } from "../lib/audit";
import { deleteOrganisation } from "../test/support/delete-organisation";
import { auditVerify } from "./audit-verify";

const db = createDb(process.env.DATABASE_URL!);
const organisations: string[] = [];

async function organisationWithEvents(n: number) {
  const slug = `verify-cli-${crypto.randomUUID().slice(0, 12)}`;
  const organisation = await db.organisation.create({ data: { slug, legalName: "Verify CLI Ltd" } });
  organisations.push(organisation.id);
  for (let index = 0; index < n; index++) {
    await db.$transaction((tx) => recordAudit(tx, { organisationId: organisation.id, actor: null, action: "CREATE", entityType: "Recipient", entityId: `r${index}` }));
  }
  return organisation;
}

afterAll(async () => {
  for (const id of organisations) await db.$transaction((tx) => deleteOrganisation(tx, id));
  await db.$disconnect();
});

describe("npm run audit:verify", () => {
  it("prints one line per organisation and counts the broken ones", async () => {
    const fine = await organisationWithEvents(3);
    const tampered = await organisationWithEvents(4);
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE "organisationId" = ${tampered.id} AND "sequence" = 2`;

    const one = await auditVerify(db, { org: fine.slug });
    expect(one).toMatchObject({ organisations: 1, broken: 0 });
    expect(one.lines).toEqual([expect.stringMatching(new RegExp(`^ok +${fine.slug}: Audit trail intact — 3 events verified \\(head #3 [0-9a-f]{64}, \\d+ ms\\)$`))]);

    const other = await auditVerify(db, { org: tampered.slug });
    expect(other.broken).toBe(1);
    expect(other.lines[0]).toMatch(new RegExp(`^BROKEN +${tampered.slug}: Audit trail broken — 1 problem found \\(3 events present, head #4 `));
    expect(other.lines[1]).toMatch(/- Event #2 deleted, just before event #3 \(Created · Recipient or processor, /);

    const all = await auditVerify(db);
    expect(all.organisations).toBeGreaterThanOrEqual(2);
    expect(all.lines.filter((line) => line.includes(fine.slug) || line.includes(tampered.slug))).toHaveLength(2);
    await expect(auditVerify(db, { org: "no-such-organisation-here" })).rejects.toThrow(/No organisation/);
  });

  it("exits with 1 when a chain is broken and 0 when it is intact", async () => {
    const fine = await organisationWithEvents(2);
    const tampered = await organisationWithEvents(2);
    await db.$executeRaw`UPDATE "AuditEvent" SET "entityId" = 'changed' WHERE "organisationId" = ${tampered.id} AND "sequence" = 1`;
    const run = (slug: string) =>
      spawnSync(path.join(__dirname, "..", "node_modules", ".bin", "tsx"), [path.join(__dirname, "audit-verify.ts"), "--org", slug], { encoding: "utf8", env: process.env });
    const ok = run(fine.slug);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/1 organisation\(s\) checked, 0 with a broken audit trail/);
    const broken = run(tampered.slug);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/Event #1 \(Created · Recipient or processor, .*\) was changed after it was written/);
  });
});
