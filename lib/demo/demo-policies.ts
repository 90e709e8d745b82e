/**
 * The demo organisation's two privacy policies as Open-Xchange AG actually
 * published them, recorded as version 1 so that their public pages exist from
 * the first start. They are recorded, not published here: they were public
 * before this register was kept, and they have the gaps the real policies
 * have (no legal basis for the technically required cookies, no safeguard for
 * the transfers to Google and Apple, …). The findings the checks report for
 * them are stored with the version; the drafts show the errors the DPO fixes
 * before version 2 can be published.
 */
import type { Actor } from "@/lib/mutations/actor";
import type { Db } from "../db";
import type { DraftComposer } from "../policies/publish";
import { recordPublishedVersion } from "../policies/record-version";

// What each policy says about its own date: the website's "(Last updated: December 2019)"; the app's nothing.
const statedDate: Record<string, string> = { "coi-website": "dated “Last updated: December 2019”" };

const recordedSummary = (slug: string) => `The policy as published before this register was kept (${statedDate[slug] ?? "undated"}).`;

/** Records each demo policy that has no version yet as version 1; returns the numbers recorded. */
export async function recordDemoPolicies(client: Db, organisationId: string, recorder: Actor, compose: DraftComposer, now = new Date()): Promise<number[]> {
  const policies = await client.policy.findMany({ where: { organisationId, versions: { none: {} } }, select: { id: true, slug: true }, orderBy: { createdAt: "asc" } });
  const recorded: number[] = [];
  for (const policy of policies) {
    const result = await recordPublishedVersion(recorder, { policyId: policy.id, changeSummary: recordedSummary(policy.slug) }, compose, now, client);
    if (!result.ok) throw new Error(`The demo policy ${policy.slug} could not be recorded: ${result.formError}`);
    recorded.push(result.number);
  }
  return recorded;
}
