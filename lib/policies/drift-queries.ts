/**
 * Drift and the version history for the signed-in side: the latest published
 * document against the draft composed from the register now. The drift of
 * each policy is stored with the records revision it was computed at
 * (lib/records/revision.ts) and computed again only when the revision moved,
 * so the dashboard and the policies list do not compose every policy on
 * every request.
 */
import "server-only";
import { Prisma, type PolicyVersionOrigin } from "@prisma/client";
import { db } from "@/lib/db";
import { readRecordsRevision, stillAtRevision, storeAtRevision } from "@/lib/records/revision";
import { composePolicy } from "./compose";
import { driftBetween, type DriftState } from "./drift";
import { loadPolicyComposeInput } from "./queries";
import { readStoredFindings, type StoredFinding } from "./stored-findings";
import type { PolicyDocument } from "./types";

/** The drift of one policy computed now, or null when it is not the organisation's. */
async function computeDrift(orgId: string, policyId: string): Promise<DriftState | null> {
  const [input, latest] = await Promise.all([
    loadPolicyComposeInput(orgId, policyId),
    db.policyVersion.findFirst({ where: { policyId, policy: { organisationId: orgId } }, orderBy: { number: "desc" }, select: { number: true, content: true } }),
  ]);
  if (!input) return null;
  return driftBetween(latest ? { number: latest.number, content: latest.content as unknown as PolicyDocument } : null, composePolicy(input));
}

async function currentDrift(orgId: string, policyId: string, revision: bigint, stored: { revision: bigint; state: Prisma.JsonValue } | null): Promise<DriftState | null> {
  if (stored && stored.revision === revision) return stored.state as unknown as DriftState;
  const drift = await computeDrift(orgId, policyId);
  if (drift) {
    await storeAtRevision(Prisma.sql`
      INSERT INTO "PolicyDriftState" ("policyId", "revision", "state", "computedAt")
      SELECT ${policyId}, ${revision}, ${JSON.stringify(drift)}::jsonb, CURRENT_TIMESTAMP
      WHERE ${stillAtRevision(orgId, revision)}
      ON CONFLICT ("policyId") DO UPDATE SET "revision" = EXCLUDED."revision", "state" = EXCLUDED."state", "computedAt" = EXCLUDED."computedAt"`);
  }
  return drift;
}

const storedState = { select: { revision: true, state: true } } as const;

/** The drift of one policy of the organisation, or null when it is not the organisation's. */
export async function getPolicyDrift(orgId: string, policyId: string): Promise<DriftState | null> {
  const revision = await readRecordsRevision(orgId);
  const policy = await db.policy.findFirst({ where: { id: policyId, organisationId: orgId }, select: { driftState: storedState } });
  if (!policy) return null;
  return currentDrift(orgId, policyId, revision, policy.driftState);
}

export type PolicyDriftRow = { id: string; title: string; slug: string; drift: DriftState };

/** Every policy of the organisation with its drift, computed only for those whose stored drift is older than the records. */
export async function listPolicyDrift(orgId: string): Promise<PolicyDriftRow[]> {
  const revision = await readRecordsRevision(orgId);
  const policies = await db.policy.findMany({
    where: { organisationId: orgId },
    orderBy: { title: "asc" },
    select: { id: true, title: true, slug: true, driftState: storedState },
  });
  const rows = await Promise.all(
    policies.map(async ({ driftState, ...policy }) => {
      const drift = await currentDrift(orgId, policy.id, revision, driftState);
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

const versionSelect = { id: true, number: true, effectiveAt: true, createdAt: true, changeSummary: true, contentHash: true, publishedById: true, origin: true, findings: true } as const;

type VersionPage = { below: number | null; limit: number };

/** The published versions of a policy, newest first, with who published each; one page of them (numbers below `below`) when `page` is given. */
export async function listPolicyVersions(orgId: string, policyId: string, page?: VersionPage): Promise<PolicyVersionRow[]> {
  const versions = await db.policyVersion.findMany({
    where: { policyId, policy: { organisationId: orgId }, ...(page?.below ? { number: { lt: page.below } } : {}) },
    orderBy: { number: "desc" },
    ...(page ? { take: page.limit } : {}),
    select: versionSelect,
  });
  return withPublishers(versions);
}

/** One published version by number, or null when the policy is not the organisation's or has no such version. */
export async function getPolicyVersion(orgId: string, policyId: string, number: number): Promise<PolicyVersionRow | null> {
  if (!Number.isSafeInteger(number) || number < 1) return null;
  const version = await db.policyVersion.findFirst({ where: { policyId, number, policy: { organisationId: orgId } }, select: versionSelect });
  return version ? (await withPublishers([version]))[0] : null;
}

type VersionRow = Prisma.PolicyVersionGetPayload<{ select: typeof versionSelect }>;

async function withPublishers(versions: VersionRow[]): Promise<PolicyVersionRow[]> {
  const ids = [...new Set(versions.flatMap((version) => (version.publishedById ? [version.publishedById] : [])))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }) : [];
  const names = new Map(users.map((user) => [user.id, user.name || user.email]));
  return versions.map(({ publishedById, findings, ...version }) => ({
    ...version,
    findings: readStoredFindings(findings),
    publishedBy: (publishedById && names.get(publishedById)) || "a former member",
  }));
}
