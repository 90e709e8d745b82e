/**
 * Peak memory while the server is under load, sampled from /proc (Linux):
 * the Next server process with its children (resident set), and the
 * PostgreSQL processes serving the bench's database — the postmaster, its
 * background processes and the connections to this database, leaving out
 * connections of other databases on the same server. PostgreSQL's processes
 * share its buffer cache, so they are summed by proportional set size (PSS),
 * which counts a shared page once across them instead of once per process.
 */
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../../lib/db";
import { mb } from "./stats";

const readOr = (file: string, fallback = "") => {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return fallback;
  }
};

/** kB field of a /proc status-like file, in bytes. */
const field = (text: string, name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0) * 1024;

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    // The parent pid is the 4th field, after the command name in parentheses.
    const stat = readOr(`/proc/${entry}/stat`);
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (!byParent.has(ppid)) byParent.set(ppid, []);
    byParent.get(ppid)!.push(Number(entry));
  }
  return byParent;
}

function tree(pid: number, byParent: Map<number, number[]>): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...(byParent.get(all[i]) ?? []));
  return all;
}

export type MemoryPeaks = { server: number; postgres: number; sum: number; samples: number; postgresProcesses: number };

export type Sampler = { stop: () => Promise<MemoryPeaks>; phase: (name: string) => void; byPhase: () => Map<string, MemoryPeaks> };

/** Samples every `intervalMs` until stopped. `dataDir` is the embedded PostgreSQL's (its postmaster.pid names the postmaster). */
export function startMemorySampler(db: Db, serverPid: number, dataDir: string | null, intervalMs = 250): Sampler {
  const postmaster = dataDir ? Number(readOr(path.join(dataDir, "postmaster.pid")).split("\n")[0]) || null : null;
  const database = decodeURIComponent(new URL(process.env.DATABASE_URL!).pathname.slice(1));
  const overall: MemoryPeaks = { server: 0, postgres: 0, sum: 0, samples: 0, postgresProcesses: 0 };
  const phases = new Map<string, MemoryPeaks>();
  let phase = "";
  let stopped = false;

  async function sample() {
    const byParent = children();
    const server = tree(serverPid, byParent).reduce((sum, pid) => sum + field(readOr(`/proc/${pid}/status`), "VmRSS"), 0);
    let postgres = 0;
    let processes = 0;
    if (postmaster) {
      const others = await db.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname IS NOT NULL AND datname <> ${database}`;
      const foreign = new Set(others.map((row) => row.pid));
      for (const pid of tree(postmaster, byParent)) {
        if (foreign.has(pid)) continue;
        const bytes = field(readOr(`/proc/${pid}/smaps_rollup`), "Pss");
        if (bytes > 0) processes++;
        postgres += bytes;
      }
    }
    for (const peaks of [overall, ...(phase ? [phases.get(phase)!] : [])]) {
      peaks.server = Math.max(peaks.server, server);
      peaks.postgres = Math.max(peaks.postgres, postgres);
      peaks.sum = Math.max(peaks.sum, server + postgres);
      peaks.postgresProcesses = Math.max(peaks.postgresProcesses, processes);
      peaks.samples++;
    }
  }

  const loop = (async () => {
    while (!stopped) {
      await sample().catch((error) => console.error("memory sample failed:", error));
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();

  return {
    phase(name) {
      phase = name;
      if (name && !phases.has(name)) phases.set(name, { server: 0, postgres: 0, sum: 0, samples: 0, postgresProcesses: 0 });
    },
    byPhase: () => phases,
    async stop() {
      stopped = true;
      await loop;
      return overall;
    },
  };
}

export function memoryMarkdown(overall: MemoryPeaks, phases: Map<string, MemoryPeaks>): string {
  const row = (name: string, peaks: MemoryPeaks) =>
    `| ${name} | ${mb(peaks.server)} | ${mb(peaks.postgres)} (${peaks.postgresProcesses} processes) | ${mb(peaks.sum)} | ${peaks.samples} |`;
  return [
    "Sampled every 250 ms from /proc while the server was under load. Next server: resident set (RSS) of the server process (`scripts/server.ts`) and its children. PostgreSQL: proportional set size (PSS) summed over the postmaster, its background processes and the connections to the bench database (connections to other databases on the same server are left out). Sum: the largest total of one sample.",
    "",
    "| phase | Next server (RSS) | PostgreSQL (PSS) | sum | samples |",
    "|---|---|---|---|---|",
    ...[...phases].map(([name, peaks]) => row(name, peaks)),
    row("**whole HTTP run (peak)**", overall),
  ].join("\n");
}
