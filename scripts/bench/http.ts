/**
 * Measurements over HTTP against the production server: the activities table
 * page signed in (sequential requests, so each time is one request alone),
 * and the public policy page under 50 concurrent connections with autocannon,
 * beside the same bytes served as a static file.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { summarise, verdict, type Summary } from "./stats";
import { startStaticServer } from "./server";

/** GETs `path` `runs` times one after the other (after 3 warm-ups); fails on anything but 200 with the expected text. */
export async function timePage(base: string, pagePath: string, cookie: string, runs: number, expect: string): Promise<Summary & { bytes: number }> {
  const samples: number[] = [];
  let bytes = 0;
  for (let i = -3; i < runs; i++) {
    const started = performance.now();
    const response = await fetch(`${base}${pagePath}`, { headers: { Cookie: cookie }, redirect: "manual" });
    const body = await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200 || !body.includes(expect)) {
      throw new Error(`GET ${pagePath} answered ${response.status}${response.headers.get("location") ? ` → ${response.headers.get("location")}` : ""} without “${expect}”.`);
    }
    bytes = Buffer.byteLength(body);
    if (i >= 0) samples.push(elapsed);
  }
  return { ...summarise(samples), bytes };
}

export type LoadResult = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  total: number;
  errors: number;
  non2xx: number;
  seconds: number;
  /** CPU time the server process spent per response: comparable even when other work shares the machine. */
  cpuMsPerRequest: number;
};

/** User + system CPU time of a process so far, in ms (Linux counts in ticks of 10 ms). */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** `connections` concurrent connections on `url` for `seconds`; `requests` may rewrite each request (e.g. a new query per request). */
export async function cannon(url: string, seconds: number, connections: number, pid: number, requests?: autocannon.Request[]): Promise<LoadResult> {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({ url, connections, duration: seconds, ...(requests ? { requests } : {}) });
  const cpu = cpuMs(pid) - cpuBefore;
  return {
    cpuMsPerRequest: result.requests.total ? cpu / result.requests.total : NaN,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    total: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    seconds: result.duration,
  };
}

export type PublicPageResult = { url: string; bytes: number; connections: number; warmUp: number; app: LoadResult; baseline: LoadResult; floor: LoadResult; floorUrl: string };

/**
 * Fetches the page once, writes its exact bytes to a file, serves that file
 * from a minimal Node server on `staticPort`, and loads each for `seconds`
 * after `warmUp` seconds of the same load (not counted).
 */
export async function benchPublicPage(
  base: string,
  serverPid: number,
  pagePath: string,
  staticPort: number,
  options: { seconds: number; warmUp: number; connections: number; onPhase?: (name: string) => void },
): Promise<PublicPageResult> {
  const response = await fetch(`${base}${pagePath}`);
  if (response.status !== 200) throw new Error(`GET ${pagePath} answered ${response.status}.`);
  const body = Buffer.from(await response.arrayBuffer());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ropa-bench-"));
  const file = path.join(dir, "policy.html");
  fs.writeFileSync(file, body);
  const staticServer = await startStaticServer(staticPort, file);
  try {
    const check = Buffer.from(await (await fetch(`${staticServer.url}/`)).arrayBuffer());
    if (!check.equals(body)) throw new Error("The static server does not serve the same bytes.");
    const { seconds, warmUp, connections } = options;
    await cannon(`${staticServer.url}/`, warmUp, connections, staticServer.pid);
    const baseline = await cannon(`${staticServer.url}/`, seconds, connections, staticServer.pid);
    await cannon(`${base}${pagePath}`, warmUp, connections, serverPid);
    options.onPhase?.(`public policy page, ${connections} connections`);
    const app = await cannon(`${base}${pagePath}`, seconds, connections, serverPid);
    options.onPhase?.("");
    // The least a route handler of this server costs: the public 404 for an
    // address under /p/ that names no policy (no database, 7 kB).
    const floorUrl = "/p/-";
    const floor = await cannon(`${base}${floorUrl}`, seconds, connections, serverPid);
    return { url: pagePath, bytes: body.length, connections, warmUp, app, baseline, floor, floorUrl };
  } finally {
    await staticServer.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const PUBLIC_RATIO_TARGET = 0.5;
const PUBLIC_P99_TARGET_MS = 50;

export function publicPageMarkdown(result: PublicPageResult): string {
  const ratio = result.app.requestsPerSecond / result.baseline.requestsPerSecond;
  const row = (name: string, load: LoadResult, failures = load.errors + load.non2xx) =>
    `| ${name} | ${Math.round(load.requestsPerSecond)} | ${load.p50} ms | ${load.p99} ms | ${load.max} ms | ${load.total} | ${failures} | ${load.cpuMsPerRequest.toFixed(1)} ms |`;
  return [
    `\`GET ${result.url}\` (${(result.bytes / 1e3).toFixed(0)} kB of HTML), ${result.connections} connections for ${result.app.seconds} s each after ${result.warmUp} s of warm-up, autocannon in the bench process on the same machine. Baseline: the same bytes, read from a file on disk per request and sent by a minimal Node http server in its own process.`,
    "",
    "| server | requests/s | p50 | p99 | max | requests | errors + non-2xx | server CPU per request |",
    "|---|---|---|---|---|---|---|---|",
    row("RoPA (`npm start` server, route handler)", result.app),
    row("static file (Node http)", result.baseline),
    row(`RoPA, least route handler (\`${result.floorUrl}\`, a 7 kB 404, no database) ¹`, result.floor, result.floor.errors),
    "",
    `| target | measured | |`,
    "|---|---|---|",
    `| throughput ≥ ${PUBLIC_RATIO_TARGET} × static | ${ratio.toFixed(2)} × | ${verdict(ratio >= PUBLIC_RATIO_TARGET)} |`,
    `| p99 ≤ ${PUBLIC_P99_TARGET_MS} ms | ${result.app.p99} ms | ${verdict(result.app.p99 <= PUBLIC_P99_TARGET_MS)} |`,
    "",
    "¹ What any request to a route handler of this server costs at least: the floor under the policy page. Its 404s are the expected answer, not errors. CPU per request is the server process's user + system time over the phase divided by the responses.",
  ].join("\n");
}

