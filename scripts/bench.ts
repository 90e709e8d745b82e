/**
 * `npm run bench`: one command that measures what docs/benchmarks.md reports
 * and writes the results into it (between its markers), with the machine
 * described. A measurement, not a test. It makes its own throw-away
 * organisations and deletes them at the end:
 *
 * - the large organisation (scripts/generate-large-org.ts: 5,000 activities,
 *   500 recipients, 300 data categories): activities table (data query and
 *   whole page over HTTP), saving an activity, register exports, the
 *   translations view's data beside loading the records (scripts/bench/translations.ts);
 * - an organisation with 200 activities: composing, checking and publishing
 *   a policy that names all of them, then its public page under load beside
 *   the same bytes served as a static file;
 * - in the same organisation, two published versions of 60 large Markdown
 *   sections: their public compare page under load beside the plain public
 *   page and the same bytes as a static file (scripts/bench/compare.ts);
 * - peak memory of the server and PostgreSQL during the HTTP phases, and the
 *   concurrent-editing load when its module is present (scripts/bench/editing.ts);
 * - in the large organisation, 20 published policies: the dashboard's data
 *   with drift and completeness stored, after a change, and computed on
 *   every load as the baseline, then the whole page (scripts/bench/dashboard.ts).
 *
 * Smaller sizes for development runs: BENCH_ACTIVITIES, BENCH_RUNS,
 * BENCH_SAVES, BENCH_POLICY_RUNS, BENCH_SECONDS, BENCH_EDIT_SECONDS,
 * BENCH_DASHBOARD_RUNS, BENCH_DASHBOARD_BASELINE_RUNS, BENCH_PDF=0;
 * BENCH_WRITE=0 leaves the document alone. BENCH_ONLY=dashboard (a comma
 * list of table, saves, exports, translations, policy, public, compare, editing,
 * dashboard) runs only those parts and leaves the document alone. The server is
 * the `npm start` server (scripts/server.ts) from NEXT_DIST_DIR (default .next), built first when there is
 * no build there or when BENCH_BUILD=1; port BENCH_PORT (3201), static
 * baseline on BENCH_STATIC_PORT (3211).
 */
import { hashPassword } from "../lib/auth/password";
import { db } from "../lib/db";
import { deleteOrganisation } from "../test/support/delete-organisation";
import { benchSaves, benchTableQueries, savesMarkdown, tableMarkdown, viewPath } from "./bench/activities";
import { writeResults } from "./bench/document";
import { editingMarkdown, runEditing, type EditingOutcome } from "./bench/editing";
import { benchComparePage, compareMarkdown, prepareComparePolicy } from "./bench/compare";
import { benchDashboard, dashboardMarkdown, prepareDashboard, type DashboardBench } from "./bench/dashboard";
import { benchExports } from "./bench/exports";
import { benchPublicPage, publicPageMarkdown, timePage } from "./bench/http";
import { describeMachine, loadAverage, machineMarkdown } from "./bench/machine";
import { memoryMarkdown, startMemorySampler } from "./bench/memory";
import { benchPolicy, policyMarkdown, POLICY_SLUG } from "./bench/policy";
import { signIn, startNextServer } from "./bench/server";
import { envCount } from "./bench/stats";
import { embeddedDefaults } from "./embedded-db";
import { generateLargeOrganisation, LARGE_ORG } from "./generate-large-org";
import { benchTranslations } from "./bench/translations";
import { runPrisma } from "./prisma-cli";

const config = {
  activities: envCount("BENCH_ACTIVITIES", LARGE_ORG.activities),
  runs: envCount("BENCH_RUNS", 50),
  saves: envCount("BENCH_SAVES", 100),
  policyActivities: envCount("BENCH_POLICY_ACTIVITIES", 200),
  policyRuns: envCount("BENCH_POLICY_RUNS", 10),
  seconds: envCount("BENCH_SECONDS", 12),
  warmUp: envCount("BENCH_WARMUP", 3),
  connections: envCount("BENCH_CONNECTIONS", 50),
  editUsers: envCount("BENCH_EDIT_USERS", 50),
  editSeconds: envCount("BENCH_EDIT_SECONDS", 60),
  pdf: process.env.BENCH_PDF !== "0",
  port: envCount("BENCH_PORT", 3201),
  staticPort: envCount("BENCH_STATIC_PORT", 3211),
  distDir: process.env.NEXT_DIST_DIR || ".next",
  dashboardRuns: envCount("BENCH_DASHBOARD_RUNS", 50),
  dashboardBaselineRuns: envCount("BENCH_DASHBOARD_BASELINE_RUNS", 10),
  only: process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",").map((part) => part.trim())) : null,
};

const PARTS = ["table", "saves", "exports", "translations", "policy", "public", "compare", "editing", "dashboard"];
if (config.only) for (const part of config.only) if (!PARTS.includes(part)) throw new Error(`BENCH_ONLY: unknown part “${part}” (${PARTS.join(", ")}).`);
const runs = (part: string) => !config.only || config.only.has(part);

const step = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function main() {
  const started = new Date();
  const loadAtStart = loadAverage();
  await runPrisma(["migrate", "deploy"], process.env.DATABASE_URL!, { quiet: true });
  const machine = await describeMachine(db);
  const stamp = Date.now();
  const created: string[] = [];
  const sections: string[] = [];
  const password = `bench-${stamp}-password`;
  let userId: string | undefined;
  try {
    step(`creating the large organisation (${config.activities} activities)`);
    const t = performance.now();
    const large = await generateLargeOrganisation(db, `bench-large-${stamp}`, { ...LARGE_ORG, activities: config.activities });
    created.push(large.id);
    const generated = Math.round(performance.now() - t);
    step(`creating the policy organisation (${config.policyActivities} activities)`);
    const small = await generateLargeOrganisation(db, `bench-policy-${stamp}`, { activities: config.policyActivities, recipients: 50, dataCategories: 60 });
    created.push(small.id);

    const user = await db.user.create({
      data: {
        email: `bench-${stamp}@bench.example`,
        name: "Bench DPO",
        passwordHash: await hashPassword(password),
        // Member of both: the organisation cookie has to pick the large one.
        memberships: { create: [{ organisationId: small.id, role: "DPO" }, { organisationId: large.id, role: "DPO" }] },
      },
      select: { id: true, email: true, name: true },
    });
    userId = user.id;
    const actorIn = (organisation: { id: string; slug: string }) => ({ user, organisation: { ...organisation, legalName: "Large Example Köln GmbH" }, role: "DPO" as const });

    const table = runs("table") ? (step("activities table: data query"), await benchTableQueries(large.id, config.runs)) : null;
    const saves = runs("saves") ? (step("saving an activity"), await benchSaves(large.id, actorIn(large), config.saves)) : null;
    const exports = runs("exports") ? (step("register exports"), await benchExports(large.id, { pdf: config.pdf })) : null;
    const translations = runs("translations") ? (step("translations view: data"), await benchTranslations(db, large.id, config.runs)) : null;
    const needsPolicy = runs("policy") || runs("public");
    const policy = needsPolicy ? (step("policy: compose, check, publish"), await benchPolicy(db, actorIn(small), config.policyRuns)) : null;
    const comparePolicy = runs("compare") ? (step("compare page: publishing two versions of 60 large Markdown sections"), await prepareComparePolicy(db, actorIn(small))) : null;
    let dashboard: DashboardBench | null = null;
    if (runs("dashboard")) {
      step("dashboard: publishing 20 policies in the large organisation");
      const prepared = await prepareDashboard(db, actorIn(large));
      step("dashboard: data with drift and completeness stored, after a change, and computed on every load");
      dashboard = await benchDashboard(db, large.id, { runs: config.dashboardRuns, baselineRuns: config.dashboardBaselineRuns }, prepared);
    }

    step(`starting the server on port ${config.port} (${config.distDir})`);
    const server = await startNextServer(config.port, config.distDir);
    const sampler = startMemorySampler(db, server.pid, process.env.DATABASE_EMBEDDED === "1" ? embeddedDefaults.dir : null);
    let publicPage;
    let comparePage;
    let editing: EditingOutcome | null = null;
    try {
      const cookie = await signIn(server.url, user.email, password, large.id);
      if (table) {
        step("activities table: whole page over HTTP");
        sampler.phase("activities table over HTTP (sequential)");
        for (const result of table) result.http = await timePage(server.url, viewPath(result.view), cookie, config.runs, "ACT-0");
        sampler.phase("");
      }
      if (dashboard) {
        step("dashboard: whole page over HTTP");
        sampler.phase("dashboard over HTTP (sequential)");
        dashboard.http = await timePage(server.url, "/", cookie, config.dashboardRuns, "Published policies out of date");
        sampler.phase("");
      }
      if (runs("public")) {
        step(`public policy page: ${config.connections} connections, ${config.seconds} s`);
        publicPage = await benchPublicPage(server.url, server.pid, `/p/${small.slug}/${POLICY_SLUG}`, config.staticPort, {
          seconds: config.seconds,
          warmUp: config.warmUp,
          connections: config.connections,
          onPhase: (name) => sampler.phase(name),
        });
      }
      if (comparePolicy) {
        step(`compare page: ${config.connections} connections, ${config.seconds} s per phase`);
        comparePage = await benchComparePage(server.url, server.pid, comparePolicy, config.staticPort, {
          seconds: config.seconds,
          warmUp: config.warmUp,
          connections: config.connections,
          onPhase: (name) => sampler.phase(name),
        });
      }
      if (runs("editing")) {
        step(`concurrent editing: ${config.editUsers} users, ${config.editSeconds} s`);
        sampler.phase("concurrent editing");
        editing = await runEditing({ baseUrl: server.url, users: config.editUsers, durationMs: config.editSeconds * 1000, distDir: config.distDir });
        sampler.phase("");
      }
    } finally {
      await server.stop();
    }
    const memory = await sampler.stop();

    sections.push(
      "### Machine",
      machineMarkdown(machine, started, loadAtStart, process.env.DATABASE_EMBEDDED === "1"),
      `Server: \`scripts/server.ts\`, what \`npm start\` runs (production build in \`${config.distDir}\`${server.built ? ", built by this run" : ", built before the run"}) on port ${config.port}, against the bench database. The large organisation (${config.activities} activities, ${LARGE_ORG.recipients} recipients, ${LARGE_ORG.dataCategories} data categories) took ${(generated / 1000).toFixed(1)} s to create.`,
      ...(table ? ["### Activities table (large organisation)", tableMarkdown(table, config.runs, config.runs)] : []),
      ...(saves ? ["### Saving an activity (large organisation)", savesMarkdown(saves)] : []),
      ...(exports ? ["### Register exports (large organisation)", exports] : []),
      ...(translations ? ["### Translations view (large organisation)", translations] : []),
      ...(policy && runs("policy") ? [`### Policy with ${policy.activities} activities: compose, check, publish`, policyMarkdown(policy)] : []),
      ...(dashboard ? ["### Dashboard with 20 published policies (large organisation)", dashboardMarkdown(dashboard)] : []),
      ...(publicPage ? ["### Public policy page under load", publicPageMarkdown(publicPage)] : []),
      ...(comparePage ? ["### Compare page under load", compareMarkdown(comparePage)] : []),
      "### Memory",
      memoryMarkdown(memory, sampler.byPhase()),
      ...(editing ? ["### Concurrent editing", editingMarkdown(editing)] : []),
    );
  } finally {
    step("cleaning up");
    for (const id of created) await db.$transaction((tx) => deleteOrganisation(tx, id), { timeout: 300_000 });
    if (userId) await db.user.delete({ where: { id: userId } });
    await db.$disconnect();
  }
  const markdown = sections.join("\n\n");
  console.log(`\n${markdown}\n`);
  // A partial run would replace the full results with some of them.
  if (process.env.BENCH_WRITE !== "0" && !config.only) console.log(`written to ${writeResults(markdown)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
