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
import { combineDrift, driftBetween, type DriftState } from "./drift";
import { loadPolicyLanguageDrafts } from "./queries";
import { plainAddressLanguage, readPolicyLanguages } from "./policy-languages";
import { readStoredFindings, type StoredFinding } from "./stored-findings";
import type { PolicyDocument } from "./types";

/** The drift of one policy computed now, in each of its languages, or null when it is not the organisation's. */
async function computeDrift(orgId: string, policyId: string): Promise<DriftState | null> {
  const drafts = await loadPolicyLanguageDrafts(orgId, policyId);
  if (!drafts) return null;
  const states = await Promise.all(
    drafts.map(async ({ language, document }) => {
      const latest = await db.policyVersion.findFirst({
        where: { policyId, language, policy: { organisationId: orgId } },
        orderBy: { number: "desc" },
        select: { number: true, content: true },
      });
      return { language, drift: driftBetween(latest ? { number: latest.number, content: latest.content as unknown as PolicyDocument } : null, document) };
    }),
  );
  return combineDrift(states);
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

/** The number and content hash of the latest version (in a language, when given), or null before the first publication. */
export async function getLatestVersionHash(orgId: string, policyId: string, language?: string) {
  return db.policyVersion.findFirst({ where: { policyId, ...(language ? { language } : {}), policy: { organisationId: orgId } }, orderBy: { number: "desc" }, select: { number: true, contentHash: true } });
}

export type PolicyVersionRow = {
  id: string;
  number: number;
  /** Each language of a version number is a row of its own. */
  language: string;
  effectiveAt: Date;
  createdAt: Date;
  changeSummary: string;
  contentHash: string;
  publishedBy: string;
  /** PUBLISHED here, or RECORDED: published before the register was kept. */
  origin: PolicyVersionOrigin;
  findings: StoredFinding[];
};

const versionSelect = { id: true, number: true, language: true, effectiveAt: true, createdAt: true, changeSummary: true, contentHash: true, publishedById: true, origin: true, findings: true } as const;

type VersionPage = { below: number | null; limit: number };

/**
 * The language a version is read in when none is asked for: the one the
 * policy's plain public address serves (policy-languages.ts).
 */
export async function defaultVersionLanguage(orgId: string, policyId: string): Promise<string | null> {
  const policy = await db.policy.findFirst({ where: { id: policyId, organisationId: orgId }, select: { languages: true, organisation: { select: { defaultLanguage: true } } } });
  return policy && plainAddressLanguage(readPolicyLanguages(policy.languages), policy.organisation.defaultLanguage);
}

/**
 * The published versions of a policy in one language (by default the plain
 * address's), newest first, with who published each; one page of them
 * (numbers below `below`) when `page` is given.
 */
export async function listPolicyVersions(orgId: string, policyId: string, page?: VersionPage, language?: string): Promise<PolicyVersionRow[]> {
  const wanted = language ?? (await defaultVersionLanguage(orgId, policyId));
  if (!wanted) return [];
  const versions = await db.policyVersion.findMany({
    where: { policyId, language: wanted, policy: { organisationId: orgId }, ...(page?.below ? { number: { lt: page.below } } : {}) },
    orderBy: { number: "desc" },
    ...(page ? { take: page.limit } : {}),
    select: versionSelect,
  });
  return withPublishers(versions);
}

/** One published version by number in a language (by default the plain address's), or null when the policy is not the organisation's or has no such version. */
export async function getPolicyVersion(orgId: string, policyId: string, number: number, language?: string): Promise<PolicyVersionRow | null> {
  if (!Number.isSafeInteger(number) || number < 1) return null;
  const wanted = language ?? (await defaultVersionLanguage(orgId, policyId));
  if (!wanted) return null;
  const version = await db.policyVersion.findFirst({ where: { policyId, number, language: wanted, policy: { organisationId: orgId } }, select: versionSelect });
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
