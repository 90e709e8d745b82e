/**
 * The concurrent-editing load against a running server (see editing-load.ts):
 *
 *   npm run load:editing -- --users 50 --seconds 60 --url http://localhost:3000 [--activities 5] [--dist-dir .next] [--json]
 *
 * Run it through scripts/with-db.ts (the npm script does) so it reaches the
 * server's database. Exits 1 when an invariant fails.
 */
import { parseArgs } from "node:util";
import { runEditingLoad, type EditingLoadReport } from "./editing-load";

function print(report: EditingLoadReport) {
  const { reads, saves } = report;
  const latency = (l: EditingLoadReport["reads"]["latencyMs"]) => `p50 ${l.p50} ms · p95 ${l.p95} ms · p99 ${l.p99} ms · max ${l.max} ms`;
  const lines = [
    `Concurrent editing: ${report.users} editors on ${report.activities} activities for ${(report.elapsedMs / 1000).toFixed(1)} s (sign-in ${report.signInMs} ms)`,
    `reads  ${reads.count} (${reads.perSecond}/s), ${reads.serverErrors} 5xx, ${reads.errors} other errors`,
    `       ${latency(reads.latencyMs)}`,
    `saves  ${saves.count} (${saves.perSecond}/s): ${saves.applied} applied, ${saves.conflicts} conflicts, ${saves.refused} refused, ${saves.serverErrors} 5xx, ${saves.errors} other errors`,
    `       ${latency(saves.latencyMs)}`,
    ...report.errorSamples.map((e) => `error  ${e.count} × ${e.message}`),
    ...report.invariants.map((i) => `${i.ok ? "ok  " : "FAIL"}   ${i.name}: ${i.detail}`),
  ];
  console.log(lines.join("\n"));
}

async function main() {
  const { values } = parseArgs({
    options: {
      users: { type: "string", default: "50" },
      seconds: { type: "string", default: "60" },
      url: { type: "string", default: "http://localhost:3000" },
      activities: { type: "string", default: "5" },
      "dist-dir": { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  const number = (name: string, raw: string) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number, not "${raw}".`);
    return n;
  };
  const report = await runEditingLoad({
    baseUrl: values.url,
    users: number("users", values.users),
    durationMs: number("seconds", values.seconds) * 1000,
    activities: number("activities", values.activities),
    distDir: values["dist-dir"],
  });
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else print(report);
  process.exitCode = report.ok ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
