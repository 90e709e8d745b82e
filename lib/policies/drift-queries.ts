/**
 * Drift and the version history for the signed-in side: the latest published
 * facts against the draft composed from the register now.
 */
import "server-only";
import type { PolicyVersionOrigin } from "@prisma/client";
import { db } from "@/lib/db";
import { composeDraft } from "./draft";
import { driftBetween, type DriftState } from "./drift";
import { readStoredFindings, type StoredFinding } from "./stored-findings";
import type { PolicyDocument } from "./types";

async function latestPublished(policyId: string) {
  const latest = await db.policyVersion.findFirst({ where: { policyId }, orderBy: { number: "desc" }, select: { number: true, content: true } });
  return latest ? { number: latest.number, facts: (latest.content as unknown as PolicyDocument).facts } : null;
}

/** The drift of one policy of the organisation, or null when it is not the organisation's. */
export async function getPolicyDrift(orgId: string, policyId: string): Promise<DriftState | null> {
  const draft = await composeDraft(orgId, policyId);
  if (!draft) return null;
  return driftBetween(await latestPublished(policyId), draft.document.facts);
}

export type PolicyDriftRow = { id: string; title: string; slug: string; drift: DriftState };

/** Every policy of the organisation with its drift (composing each draft: policies are few). */
export async function listPolicyDrift(orgId: string): Promise<PolicyDriftRow[]> {
  const policies = await db.policy.findMany({ where: { organisationId: orgId }, orderBy: { title: "asc" }, select: { id: true, title: true, slug: true } });
  const rows = await Promise.all(
    policies.map(async (policy) => {
      const drift = await getPolicyDrift(orgId, policy.id);
      return drift ? { ...policy, drift } : null;
    }),
  );
  return rows.filter((row): row is PolicyDriftRow => row !== null);
}

/** The number and content hash of the latest version, or null before the first publication. */
export async function getLatestVersionHash(orgId: string, policyId: string) {
  return db.policyVersion.findFirst({ where: { policyId, policy: { organisationId: orgId } }, orderBy: { number: "desc" }, select: { number: true, contentHash: true } });
}

export type PolicyVersionRow = {
  id: string;
  number: number;
  effectiveAt: Date;
  createdAt: Date;
  changeSummary: string;
  contentHash: string;
  publishedBy: string;
  /** PUBLISHED here, or RECORDED: published before the register was kept. */
  origin: PolicyVersionOrigin;
  findings: StoredFinding[];
};

/** The published versions of a policy, newest first, with who published each. */
export async function listPolicyVersions(orgId: string, policyId: string): Promise<PolicyVersionRow[]> {
  const versions = await db.policyVersion.findMany({
    where: { policyId, policy: { organisationId: orgId } },
    orderBy: { number: "desc" },
    select: { id: true, number: true, effectiveAt: true, createdAt: true, changeSummary: true, contentHash: true, publishedById: true, origin: true, findings: true },
  });
  const ids = [...new Set(versions.flatMap((version) => (version.publishedById ? [version.publishedById] : [])))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }) : [];
  const names = new Map(users.map((user) => [user.id, user.name || user.email]));
  return versions.map(({ publishedById, findings, ...version }) => ({
    ...version,
    findings: readStoredFindings(findings),
    publishedBy: (publishedById && names.get(publishedById)) || "a former member",
  }));
}
