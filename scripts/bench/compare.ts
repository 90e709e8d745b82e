/**
 * The public compare page under load: two published versions of a policy
 * with 60 large Markdown sections that share no wording (the diff's worst
 * case), compared by 50 connections; beside it the plain public page of the
 * same policy, the compare page's bytes as a static file (the baseline), and
 * the compare address with a new unknown parameter on every request (what
 * used to pass every cache and compute the diff again).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "../../lib/db";
import type { Actor } from "../../lib/mutations/actor";
import { composeDraft } from "../../lib/policies/draft";
import { largeSectionParagraphs } from "../../test/fixtures/large-documents";
import { publishPolicy } from "../../lib/policies/publish";
import { acknowledgeAll } from "../../lib/policies/publish-gate";
import { cannon, type LoadResult } from "./http";
import { startStaticServer } from "./server";
import { verdict } from "./stats";

const COMPARE_SLUG = "compare";

/** Publishes version 1 and a rewritten version 2 of a policy of 60 large Markdown sections through the real composer and publisher. */
export async function prepareComparePolicy(db: Db, actor: Actor & { organisation: { slug: string } }): Promise<{ path: string; bodyChars: number }> {
  const organisationId = actor.organisation.id;
  const sections = (seed: number) => [
    { type: "controller" as const },
    ...largeSectionParagraphs(seed).map((paragraphs, index) => ({ type: "markdown" as const, title: `Section ${index + 1}`, body: paragraphs.join("\n\n") })),
    { type: "rights" as const },
  ];
  const policy = await db.policy.create({ data: { organisationId, slug: COMPARE_SLUG, title: "Compared policy", language: "en", sections: sections(1) }, select: { id: true } });
  for (const seed of [1, 2]) {
    await db.policy.update({ where: { id: policy.id }, data: { sections: sections(seed) } });
    const draft = await composeDraft(organisationId, policy.id, db);
    const result = await publishPolicy(actor, { policyId: policy.id, changeSummary: `Seed ${seed}.`, acknowledged: acknowledgeAll(draft?.findings ?? []) }, async () => draft, new Date(), db);
    if (!result.ok) throw new Error(`Publishing the compared policy failed: ${result.formError ?? JSON.stringify(result.fieldErrors)}`);
  }
  const bodyChars = sections(1).reduce((sum, section) => sum + ("body" in section ? section.body.length : 0), 0);
  return { path: `/p/${actor.organisation.slug}/${COMPARE_SLUG}`, bodyChars };
}

export type CompareResult = {
  url: string;
  bytes: number;
  bodyChars: number;
  firstMs: number;
  connections: number;
  warmUp: number;
  compare: LoadResult;
  baseline: LoadResult;
  plain: LoadResult;
  unknown: LoadResult;
};

export async function benchComparePage(
  base: string,
  serverPid: number,
  policy: { path: string; bodyChars: number },
  staticPort: number,
  options: { seconds: number; warmUp: number; connections: number; onPhase?: (name: string) => void },
): Promise<CompareResult> {
  const url = `${policy.path}/compare?from=1&to=2`;
  // The first request computes the comparison: timed on its own.
  const started = performance.now();
  const response = await fetch(`${base}${url}`);
  const body = Buffer.from(await response.arrayBuffer());
  const firstMs = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}.`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ropa-bench-"));
  const file = path.join(dir, "compare.html");
  fs.writeFileSync(file, body);
  const staticServer = await startStaticServer(staticPort, file);
  const { seconds, warmUp, connections } = options;
  try {
    await cannon(`${staticServer.url}/`, warmUp, connections, staticServer.pid);
    const baseline = await cannon(`${staticServer.url}/`, seconds, connections, staticServer.pid);
    await cannon(`${base}${url}`, warmUp, connections, serverPid);
    options.onPhase?.(`compare page, ${connections} connections`);
    const compare = await cannon(`${base}${url}`, seconds, connections, serverPid);
    options.onPhase?.(`compare page with an unknown parameter per request, ${connections} connections`);
    const unknown = await cannon(`${base}${url}`, seconds, connections, serverPid, [
      { setupRequest: (request) => ({ ...request, path: `${url}&x=${Math.random().toString(36).slice(2)}` }) },
    ]);
    options.onPhase?.(`plain public page of the same policy, ${connections} connections`);
    await cannon(`${base}${policy.path}`, warmUp, connections, serverPid);
    const plain = await cannon(`${base}${policy.path}`, seconds, connections, serverPid);
    options.onPhase?.("");
    return { url, bytes: body.length, bodyChars: policy.bodyChars, firstMs, connections, warmUp, compare, baseline, plain, unknown };
  } finally {
    await staticServer.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const COMPARE_RATIO_TARGET = 0.5;

export function compareMarkdown(result: CompareResult): string {
  const ratio = (load: LoadResult) => (load.requestsPerSecond / result.baseline.requestsPerSecond).toFixed(2);
  const row = (name: string, load: LoadResult, failures = load.errors + load.non2xx) =>
    `| ${name} | ${Math.round(load.requestsPerSecond)} | ${ratio(load)} × | ${load.p50} ms | ${load.p99} ms | ${load.max} ms | ${load.total} | ${failures} | ${load.cpuMsPerRequest.toFixed(1)} ms |`;
  return [
    `\`GET ${result.url}\` (${(result.bytes / 1e3).toFixed(0)} kB of HTML): two published versions of 60 Markdown sections (${(result.bodyChars / 1e3).toFixed(0)} kB of text each) that share no wording, the diff's worst case. The first request, which computes the comparison, took ${Math.round(result.firstMs)} ms. Then ${result.connections} connections for ${result.compare.seconds} s each after ${result.warmUp} s of warm-up, autocannon in the bench process on the same machine. Baseline: the compare page's bytes, read from a file on disk per request and sent by a minimal Node http server in its own process, in the same run. Ratio: requests/s against that baseline.`,
    "",
    "| server | requests/s | ratio | p50 | p99 | max | requests | errors + non-2xx | server CPU per request |",
    "|---|---|---|---|---|---|---|---|---|",
    row("RoPA, compare page (`npm start` server, route handler)", result.compare),
    row("RoPA, compare page with a new unknown parameter per request ¹", result.unknown, result.unknown.errors),
    row("RoPA, plain public page of the same policy", result.plain),
    row("static file (Node http), the compare page's bytes", result.baseline),
    "",
    "| target | measured | |",
    "|---|---|---|",
    `| compare page throughput ≥ ${COMPARE_RATIO_TARGET} × static | ${ratio(result.compare)} × | ${verdict(result.compare.requestsPerSecond / result.baseline.requestsPerSecond >= COMPARE_RATIO_TARGET)} |`,
    "",
    "¹ Each answered with a 301 to the canonical address (counted as non-2xx by autocannon, and not as failures here): an unknown parameter no longer reaches the comparison.",
  ].join("\n");
}
