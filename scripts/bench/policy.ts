/**
 * A privacy policy drawing on 200 processing activities: loading its records,
 * composing the document, the Art. 13/14 checks, rendering the HTML, and
 * publishing (all of that plus the version and its audit event in one
 * transaction), as the DPO's "Publish" button does. The organisation is made
 * with the same generator as the large one, at 200 activities.
 */
import type { Db } from "../../lib/db";
import type { Actor } from "../../lib/mutations/actor";
import { checkPolicy } from "../../lib/policies/checks";
import { composePolicy } from "../../lib/policies/compose";
import { composeDraft } from "../../lib/policies/draft";
import { renderPolicyHtml } from "../../lib/policies/html";
import { publishPolicy } from "../../lib/policies/publish";
import { acknowledgeAll } from "../../lib/policies/publish-gate";
import { loadPolicyComposeInput } from "../../lib/policies/queries";
import type { PolicySectionSpec } from "../../lib/policies/types";
import { measure, ms, summarise, type Summary } from "./stats";

export const POLICY_SLUG = "privacy";

export type PolicyBench = {
  activities: number;
  policyId: string;
  findings: number;
  htmlBytes: number;
  load: Summary;
  compose: Summary;
  checks: Summary;
  html: Summary;
  publish: Summary;
};

/** Creates the policy (controller, every activity, rights) and measures each step; the last publication stays for the public page. */
export async function benchPolicy(db: Db, actor: Actor, runs: number): Promise<PolicyBench> {
  const organisationId = actor.organisation.id;
  const activities = await db.processingActivity.findMany({ where: { organisationId }, orderBy: { reference: "asc" }, select: { id: true } });
  const sections = (note: string): PolicySectionSpec[] => [
    { type: "controller" },
    ...activities.map((a) => ({ type: "activity" as const, activityId: a.id })),
    { type: "rights" },
    { type: "markdown", title: "Changes to this policy", body: `We update this policy when our processing changes. ${note}` },
  ];
  const policy = await db.policy.create({
    data: { organisationId, slug: POLICY_SLUG, title: "Privacy policy", language: "en", sections: sections("") },
    select: { id: true },
  });

  const input = (await loadPolicyComposeInput(organisationId, policy.id, db))!;
  const load = await measure(runs, () => loadPolicyComposeInput(organisationId, policy.id, db));
  const compose = await measure(runs, () => composePolicy(input));
  const checks = await measure(runs, () => checkPolicy(input, `/policies/${policy.id}`));
  const html = await measure(runs, () => renderPolicyHtml(compose.last, { lastUpdated: "27 November 2026" }));

  // Each publication needs a draft that differs from the last version: the
  // closing paragraph changes between runs (outside the timing).
  const publishTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    await db.policy.update({ where: { id: policy.id }, data: { sections: sections(`Revision ${i + 1}.`), version: { increment: 1 } } });
    const started = performance.now();
    const draft = await composeDraft(organisationId, policy.id, db);
    const result = await publishPolicy(
      actor,
      { policyId: policy.id, changeSummary: `Bench revision ${i + 1}.`, acknowledged: acknowledgeAll(draft?.findings ?? []) },
      async () => draft,
      new Date(),
      db,
    );
    publishTimes.push(performance.now() - started);
    if (!result.ok) throw new Error(`Publishing failed: ${result.formError ?? JSON.stringify(result.fieldErrors)}`);
  }
  return {
    activities: activities.length,
    policyId: policy.id,
    findings: checks.last.length,
    htmlBytes: Buffer.byteLength(html.last),
    load,
    compose,
    checks,
    html,
    publish: summarise(publishTimes),
  };
}

export function policyMarkdown(result: PolicyBench): string {
  const row = (step: string, summary: Summary) => `| ${step} | ${ms(summary.p50)} | ${ms(summary.p95)} | ${ms(summary.max)} |`;
  return [
    `A policy with ${result.activities} activity sections (plus controller, rights and a text section); ${result.load.runs} runs of each step (after one warm-up for the first four). The HTML is ${(result.htmlBytes / 1e3).toFixed(0)} kB; the checks report ${result.findings} findings.`,
    "",
    "| step | p50 | p95 | max |",
    "|---|---|---|---|",
    row("load the records (organisation, 200 activities with their links)", result.load),
    row("compose the document", result.compose),
    row("Art. 13/14 checks", result.checks),
    row("render the HTML", result.html),
    row("publish: load + compose + checks + HTML + hash + version and audit event in one transaction", result.publish),
  ].join("\n");
}
