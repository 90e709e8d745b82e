/**
 * Verifies the audit chain of every organisation, or of one:
 *
 *   npm run audit:verify [-- --org <slug>]
 *
 * Prints one line per organisation (and the problems of a broken chain) and
 * exits with 1 if any chain is broken, so that it can run from cron or CI.
 * The head hash it prints is a fingerprint of the whole trail: kept somewhere
 * else, it shows later whether the trail was rewritten as a whole.
 */
import { parseArgs } from "node:util";
import { createDb, type Db } from "../lib/db";
import { describeProblem, summariseReport } from "../lib/audit-chain/problems";
import { verifyAuditChain } from "../lib/audit-chain/verify";

export type AuditVerifyResult = { lines: string[]; broken: number; organisations: number };

export async function auditVerify(db: Db, options: { org?: string } = {}): Promise<AuditVerifyResult> {
  const organisations = await db.organisation.findMany({
    where: options.org ? { slug: options.org } : {},
    orderBy: { slug: "asc" },
    select: { id: true, slug: true },
  });
  if (options.org && organisations.length === 0) throw new Error(`No organisation with the short name "${options.org}".`);

  const lines: string[] = [];
  let broken = 0;
  for (const organisation of organisations) {
    const started = performance.now();
    const report = await verifyAuditChain(organisation.id, db);
    const took = `${Math.round(performance.now() - started)} ms`;
    const head = report.headHash ? `head #${report.headSequence} ${report.headHash}` : "no events";
    if (report.intact) {
      lines.push(`ok      ${organisation.slug}: ${summariseReport(report)} (${head}, ${took})`);
    } else {
      broken++;
      lines.push(`BROKEN  ${organisation.slug}: ${summariseReport(report)} (${report.events.toLocaleString("en-GB")} events present, ${head}, ${took})`);
      for (const problem of report.problems) lines.push(`          - ${describeProblem(problem)}`);
      if (report.truncated) lines.push("          - … and more; the first problems are listed.");
    }
  }
  return { lines, broken, organisations: organisations.length };
}

async function main() {
  const { values } = parseArgs({ options: { org: { type: "string" } } });
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run it with `npm run audit:verify`, which provides the database.");
  const db = createDb(url);
  try {
    const result = await auditVerify(db, { org: values.org });
    for (const line of result.lines) console.log(line);
    console.log(`${result.organisations} organisation(s) checked, ${result.broken} with a broken audit trail.`);
    process.exitCode = result.broken > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  });
}
