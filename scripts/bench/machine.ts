/**
 * The machine a run was taken on: absolute times mean little without it, and
 * on a shared machine the load average says how much of it the run had.
 */
import os from "node:os";
import type { Db } from "../../lib/db";

export type Machine = { cpu: string; cores: number; ramGb: number; node: string; os: string; postgres: string };

export async function describeMachine(db: Db): Promise<Machine> {
  const [row] = await db.$queryRaw<{ server_version: string }[]>`SHOW server_version`;
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: os.cpus().length,
    ramGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    postgres: `PostgreSQL ${row.server_version.split(" ")[0]}`,
  };
}

export const loadAverage = () => os.loadavg().map((value) => value.toFixed(1)).join(" / ");

export function machineMarkdown(machine: Machine, started: Date, loadAtStart: string, embedded: boolean): string {
  return [
    `Run of ${started.toISOString().slice(0, 16).replace("T", " ")} UTC.`,
    "",
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- RAM: ${machine.ramGb} GB`,
    `- ${machine.os}, Node ${machine.node}`,
    `- ${machine.postgres}${embedded ? " (embedded, on the same machine)" : ""}`,
    `- Load average (1 / 5 / 15 min): ${loadAtStart} at the start, ${loadAverage()} at the end`,
  ].join("\n");
}
