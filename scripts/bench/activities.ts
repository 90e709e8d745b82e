/**
 * The activities table and the activity form on the large organisation: the
 * data query behind one table page (listActivitiesPage), and saving an
 * activity (updateActivity, the code the form's server action runs).
 */
import { getActivityFormValues } from "../../lib/activities/form-options";
import { defaultActivityListParams, serializeActivityListParams, type ActivityListParams } from "../../lib/activities/list-params";
import { updateActivity } from "../../lib/activities/mutations";
import type { Actor } from "../../lib/mutations/actor";
import { listActivitiesPage } from "../../lib/activities/queries";
import { db } from "../../lib/db";
import { listCompletenessSummaries } from "../../lib/register/queries";
import { measure, ms, summarise, verdict, type Summary } from "./stats";

const TABLE_TARGET_MS = 150;

export type TableView = { label: string; params: ActivityListParams };

/** The three views measured: what a user sees first, a search with a filter, and a sort. */
const TABLE_VIEWS: TableView[] = [
  { label: "first page (default order, 25 rows)", params: defaultActivityListParams },
  { label: "search “records 12” + status active", params: { ...defaultActivityListParams, q: "records 12", filter: { status: "ACTIVE" } } },
  { label: "sorted by name, descending, page 3", params: { ...defaultActivityListParams, sort: { id: "name", desc: true }, page: 3 } },
];

export const viewPath = (view: TableView) => `/activities${serializeActivityListParams(view.params)}`;

export type TableResult = { view: TableView; total: number; query: Summary; completeness: Summary; http?: Summary & { bytes: number } };

export async function benchTableQueries(organisationId: string, runs: number): Promise<TableResult[]> {
  const results: TableResult[] = [];
  for (const view of TABLE_VIEWS) {
    const result = await measure(runs, () => listActivitiesPage(organisationId, view.params), 3);
    if (result.last.rows.length === 0) throw new Error(`The view “${view.label}” found no activities: the bench data does not fit the view.`);
    // The part of the query that the page's Art. 30 completeness column costs (lib/register/queries.ts).
    const ids = result.last.rows.map((row) => row.id);
    const completeness = await measure(runs, () => listCompletenessSummaries(organisationId, ids), 1);
    results.push({ view, total: result.last.total, query: result, completeness });
  }
  return results;
}

export function tableMarkdown(results: TableResult[], runs: number, httpRuns: number): string {
  const http = (result: TableResult) => (result.http ? `${ms(result.http.p50)} | ${ms(result.http.p95)}` : "not measured | ");
  const met = (result: TableResult) => verdict(result.query.p95 <= TABLE_TARGET_MS && (!result.http || result.http.p95 <= TABLE_TARGET_MS));
  return [
    `Data query: ${runs} runs per view after 3 warm-up runs. Whole page: ${httpRuns} sequential GET requests per view, signed in, after 3 warm-up requests (server time as the client sees it, on the same machine: request, session and membership check, queries, React rendering, the full HTML).`,
    "",
    `| view | matching | query p50 | query p95 | of which completeness p50 ¹ | page p50 | page p95 | target p95 ≤ ${TABLE_TARGET_MS} ms |`,
    "|---|---|---|---|---|---|---|---|",
    ...results.map(
      (result) =>
        `| ${result.view.label} (\`${viewPath(result.view)}\`) | ${result.total} | ${ms(result.query.p50)} | ${ms(result.query.p95)} | ${ms(result.completeness.p50)} | ${http(result)} | ${met(result)} |`,
    ),
    "",
    "¹ listCompletenessSummaries for the rows of the page, timed on its own: the Art. 30 completeness column, computed from the register source of those rows.",
  ].join("\n");
}

export type SaveResult = Summary & { activities: number };

/**
 * Saves as the form does: each save starts from the activity's current form
 * values and version (read outside the timing) and changes its description;
 * the time is that of updateActivity alone (checks, update, relations
 * rewritten, audit event, one transaction).
 */
export async function benchSaves(organisationId: string, actor: Actor, runs: number): Promise<SaveResult> {
  const ids = (await db.processingActivity.findMany({ where: { organisationId }, orderBy: { reference: "asc" }, take: 20, select: { id: true } })).map((a) => a.id);
  const samples: number[] = [];
  for (let i = -3; i < runs; i++) {
    const id = ids[(i + ids.length) % ids.length];
    const values = await getActivityFormValues(organisationId, id);
    if (!values) throw new Error(`Activity ${id} disappeared during the bench.`);
    const started = performance.now();
    const result = await updateActivity(actor, id, { ...values, description: `${(values.description ?? "").replace(/ \(bench \d+\)$/, "")} (bench ${i})` });
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(`Saving activity ${id} failed: ${JSON.stringify(result)}`);
    if (i >= 0) samples.push(elapsed);
  }
  return { ...summarise(samples), activities: ids.length };
}

export function savesMarkdown(result: SaveResult): string {
  return [
    `${result.runs} saves with updateActivity, spread over ${result.activities} activities, each from the activity's current version, after 3 warm-up saves.`,
    "",
    "| step | p50 | p95 | max |",
    "|---|---|---|---|",
    `| save an activity (validate against the catalogue, update, rewrite its links, audit event) | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.max)} |`,
  ].join("\n");
}
