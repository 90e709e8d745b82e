/**
 * The translations view's data for the large organisation in German: every
 * translatable text of its records with its state, counted, filtered to the
 * missing and outdated ones and cut to the first page, as
 * app/(dashboard)/translations/page.tsx does. The baseline, measured in the
 * same run, is loading the same records alone (what the policy composer and
 * the register exports load too), so the ratio is what the view adds.
 */
import type { Db } from "../../lib/db";
import { loadOrganisationRecords } from "../../lib/records/queries";
import { countTranslationStates, filterTranslationRows } from "../../lib/translations/overview";
import { loadTranslationRows } from "../../lib/translations/view-queries";
import { measure, verdict } from "./stats";

const TARGET_MS = 2_000;

export async function benchTranslations(db: Db, organisationId: string, runs: number): Promise<string> {
  await db.organisation.update({ where: { id: organisationId }, data: { languages: ["en", "de"] } });
  const baseline = await measure(runs, () => loadOrganisationRecords(organisationId));
  const view = await measure(runs, async () => {
    const loaded = (await loadTranslationRows(organisationId, "de"))!;
    const counts = countTranslationStates(loaded.rows);
    const page = filterTranslationRows(loaded.rows, { state: "open" }).slice(0, 50);
    return { counts, page };
  });
  const texts = view.last.counts.all;
  return [
    `${texts} texts (${view.last.counts.missing} missing in German); median (p95) of ${runs} runs after one unmeasured.`,
    "",
    "| | median | p95 | ratio | target | |",
    "|---|---|---|---|---|---|",
    `| baseline: loading the records | ${Math.round(baseline.p50)} ms | ${Math.round(baseline.p95)} ms | 1.00 × | | |`,
    `| translations view's data (records, translations, states, counts, first page of open texts) | ${Math.round(view.p50)} ms | ${Math.round(view.p95)} ms | ${(view.p50 / baseline.p50).toFixed(2)} × | ${TARGET_MS / 1000} s | ${verdict(view.p95 <= TARGET_MS)} |`,
  ].join("\n");
}
