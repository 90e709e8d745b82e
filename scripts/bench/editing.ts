/**
 * Concurrent editing at full size: the editing load (scripts/load/) signs in
 * many editors who open the edit page of a few shared activities and save
 * them through the real server action, against the bench's own server, then
 * checks what optimistic concurrency promises (no 5xx, every save applied or
 * reported as a conflict, one audit event per applied save, no lost save).
 */
import { runEditingLoad, type EditingLoadOptions, type EditingLoadReport } from "../load/editing-load";

export type EditingOutcome = { options: EditingLoadOptions; report: EditingLoadReport };

export async function runEditing(options: EditingLoadOptions): Promise<EditingOutcome> {
  return { options, report: await runEditingLoad(options) };
}

export function editingMarkdown({ options, report }: EditingOutcome): string {
  const { reads, saves } = report;
  const latency = (l: EditingLoadReport["reads"]["latencyMs"]) => `${l.p50} ms | ${l.p95} ms | ${l.p99} ms | ${l.max} ms`;
  return [
    `${report.users} signed-in editors for ${options.durationMs / 1000} s (${(report.elapsedMs / 1000).toFixed(1)} s from the first request to the last response), each repeatedly opening the edit page of one of ${report.activities} shared draft activities (in an organisation the load makes for itself) and saving it through the form's server action, against the same server. Signing them in took ${(report.signInMs / 1000).toFixed(1)} s (argon2, four at a time; not counted).`,
    "",
    "| request | count | per second | p50 | p95 | p99 | max | 5xx | other errors |",
    "|---|---|---|---|---|---|---|---|---|",
    `| open the edit page | ${reads.count} | ${reads.perSecond} | ${latency(reads.latencyMs)} | ${reads.serverErrors} | ${reads.errors} |`,
    `| save | ${saves.count} | ${saves.perSecond} | ${latency(saves.latencyMs)} | ${saves.serverErrors} | ${saves.errors} |`,
    "",
    `Saves: ${saves.applied} applied, ${saves.conflicts} reported as a conflict (someone saved first), ${saves.refused} refused otherwise.`,
    "",
    "| invariant | | detail |",
    "|---|---|---|",
    ...report.invariants.map((invariant) => `| ${invariant.name} | ${invariant.ok ? "held" : "**broken**"} | ${invariant.detail} |`),
    ...(report.errorSamples.length ? ["", `Errors seen: ${report.errorSamples.map((e) => `${e.message} (${e.count}×)`).join("; ")}.`] : []),
    "",
    `All invariants: ${report.ok ? "held" : "**broken**"}.`,
  ].join("\n");
}
