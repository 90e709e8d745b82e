/**
 * The dashboard of the large organisation with 20 published policies: the
 * data the page loads (summary counts, the drift of every policy, the audit
 * chain status, the register's completeness), timed in the bench process.
 *
 * - "stored": as a user sees it on every load while nobody changes the
 *   records — drift and completeness read at the current records revision;
 * - "after a change": the first load after one activity was saved, which
 *   computes drift and completeness again;
 * - baseline, in the same go: the same data computed from the records on
 *   every load (the stored results deleted before each run), which is what
 *   every load cost before they were stored.
 */
import type { Actor } from "../../lib/mutations/actor";
import { getAuditChainStatus } from "../../lib/audit-chain/status";
import { getDashboardSummary } from "../../lib/dashboard/queries";
import type { Db } from "../../lib/db";
import { composeDraft } from "../../lib/policies/draft";
import { listPolicyDrift } from "../../lib/policies/drift-queries";
import { publishPolicy } from "../../lib/policies/publish";
import type { PolicySectionSpec } from "../../lib/policies/types";
import { getOrganisationCompleteness } from "../../lib/register/queries";
import { measure, ms, summarise, verdict, type Summary } from "./stats";

const DASHBOARD_TARGET_MS = 150;
const DASHBOARD_POLICIES = 20;

export type DashboardBench = {
  activities: number;
  policies: number;
  sectionsPerPolicy: { min: number; max: number };
  drifting: number;
  stored: Summary;
  afterChange: Summary;
  baseline: Summary;
  http?: Summary & { bytes: number };
};

/** What the dashboard page loads, as it loads it (app/(dashboard)/page.tsx). */
function loadDashboardData(organisationId: string) {
  const now = new Date();
  return Promise.all([getDashboardSummary(organisationId, now), listPolicyDrift(organisationId), getAuditChainStatus(organisationId, now), getOrganisationCompleteness(organisationId, now)]);
}

/**
 * 20 policies (one per audience: a website, an app, applicants, customers of
 * a department…), each naming 10 to 48 activities beside the controller, the
 * rights and a text section, each published once; then one included activity
 * changes, so that one policy is out of date, as it would be in use.
 */
export async function prepareDashboard(db: Db, actor: Actor): Promise<{ policies: number; sectionsPerPolicy: { min: number; max: number } }> {
  const organisationId = actor.organisation.id;
  const activities = await db.processingActivity.findMany({ where: { organisationId, status: "ACTIVE" }, orderBy: { reference: "asc" }, select: { id: true } });
  const counts: number[] = [];
  for (let i = 0; i < DASHBOARD_POLICIES; i++) {
    const count = 10 + ((i * 7) % 39);
    counts.push(count);
    const chosen = Array.from({ length: count }, (_, k) => activities[(i * 97 + k * 13) % activities.length].id);
    const sections: PolicySectionSpec[] = [
      { type: "controller" },
      ...[...new Set(chosen)].map((activityId) => ({ type: "activity" as const, activityId })),
      { type: "rights" },
      { type: "markdown", title: "Changes to this policy", body: "We update this policy when our processing changes." },
    ];
    const policy = await db.policy.create({ data: { organisationId, slug: `audience-${i + 1}`, title: `Privacy policy ${String(i + 1).padStart(2, "0")}`, language: "en", sections }, select: { id: true } });
    const draft = await composeDraft(organisationId, policy.id, db);
    const result = await publishPolicy(actor, { policyId: policy.id, changeSummary: "First version.", acknowledged: (draft?.findings ?? []).filter((finding) => finding.severity === "warning").map((finding) => finding.id) }, async () => draft, new Date(), db);
    if (!result.ok) throw new Error(`Publishing policy ${i + 1} failed: ${result.formError ?? JSON.stringify(result.fieldErrors)}`);
  }
  // An activity the first policy includes changes after publication, so that one policy is out of date.
  await db.processingActivity.update({ where: { id: activities[0].id }, data: { publicDescription: "Changed after the policies were published." } });
  return { policies: DASHBOARD_POLICIES, sectionsPerPolicy: { min: Math.min(...counts), max: Math.max(...counts) } };
}

/** Times the dashboard's data after `before` (untimed) on each of `runs` runs, after one warm-up. */
async function timeLoads(organisationId: string, runs: number, before: (index: number) => Promise<unknown>) {
  const samples: number[] = [];
  let last: Awaited<ReturnType<typeof loadDashboardData>> | undefined;
  for (let i = -1; i < runs; i++) {
    await before(i);
    const started = performance.now();
    last = await loadDashboardData(organisationId);
    if (i >= 0) samples.push(performance.now() - started);
  }
  return { ...summarise(samples), last: last! };
}

export async function benchDashboard(db: Db, organisationId: string, sizes: { runs: number; baselineRuns: number }, prepared: Awaited<ReturnType<typeof prepareDashboard>>): Promise<DashboardBench> {
  // Baseline: nothing stored, as every load was before drift and completeness were stored.
  const baseline = await timeLoads(organisationId, sizes.baselineRuns, () =>
    db.$transaction([db.policyDriftState.deleteMany({ where: { policy: { organisationId } } }), db.completenessCache.deleteMany({ where: { organisationId } })]),
  );
  // The first load after a save of an activity no policy includes: the revision moved, so everything is computed again.
  const spare = await db.processingActivity.findFirstOrThrow({ where: { organisationId, status: "RETIRED" }, orderBy: { reference: "desc" }, select: { id: true } });
  const afterChange = await timeLoads(organisationId, sizes.baselineRuns, (i) =>
    db.processingActivity.update({ where: { id: spare.id }, data: { description: `Changed for the bench (${i}).` } }),
  );
  const stored = await measure(sizes.runs, () => loadDashboardData(organisationId), 3);
  return {
    activities: await db.processingActivity.count({ where: { organisationId } }),
    policies: prepared.policies,
    sectionsPerPolicy: prepared.sectionsPerPolicy,
    drifting: stored.last[1].filter((row) => row.drift.state === "drifting").length,
    stored,
    afterChange,
    baseline,
  };
}

export function dashboardMarkdown(result: DashboardBench): string {
  const http = result.http ? `${ms(result.http.p50)} | ${ms(result.http.p95)}` : "not measured | ";
  return [
    `${result.activities} activities; ${result.policies} policies of ${result.sectionsPerPolicy.min}–${result.sectionsPerPolicy.max} activities each, all published, ${result.drifting} of them out of date at the time of the run. Data: \`loadDashboardData\` (summary, drift of every policy, audit chain status, completeness), ${result.stored.runs} runs after 3 warm-up runs; baseline and "after a change": ${result.baseline.runs} runs each. Whole page: sequential signed-in GET requests of \`/\`.`,
    "",
    `| dashboard | p50 | p95 | max | × baseline p95 | target p95 ≤ ${DASHBOARD_TARGET_MS} ms |`,
    "|---|---|---|---|---|---|",
    `| data, drift and completeness stored (every load while the records stand) | ${ms(result.stored.p50)} | ${ms(result.stored.p95)} | ${ms(result.stored.max)} | ${(result.stored.p95 / result.baseline.p95).toFixed(2)} | ${verdict(result.stored.p95 <= DASHBOARD_TARGET_MS)} |`,
    `| data, first load after an activity was saved (drift and completeness computed again) | ${ms(result.afterChange.p50)} | ${ms(result.afterChange.p95)} | ${ms(result.afterChange.max)} | ${(result.afterChange.p95 / result.baseline.p95).toFixed(2)} | |`,
    `| baseline: data computed on every load (nothing stored) | ${ms(result.baseline.p50)} | ${ms(result.baseline.p95)} | ${ms(result.baseline.max)} | 1.00 | |`,
    `| whole page over HTTP, stored | ${http} | | | ${verdict(!result.http || result.http.p95 <= DASHBOARD_TARGET_MS)} |`,
  ].join("\n");
}
