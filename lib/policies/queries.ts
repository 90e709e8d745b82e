// No "server-only" marker: the seed (plain Node) composes the demo policies through this module.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { loadSectionAnchors } from "./anchor-queries";
import type { ComposeInput } from "./compose-input";
import { composeRecords } from "./from-records";
import { readStoredSections } from "./schema";
import type { PolicySectionSpec } from "./types";
import { asLanguage } from "@/lib/translations/languages";
import { loadOrganisationRecords } from "@/lib/records/queries";

type Client = Prisma.TransactionClient | typeof db;

/**
 * The records a draft draws on: the organisation's records (the shared read
 * model) restricted to the activities the sections name, seen as compose and
 * the checks read them. Loaded only from this organisation: another
 * organisation's id is simply absent, and compose and checks treat it as gone.
 */
export async function loadPolicyRecords(
  orgId: string,
  sections: PolicySectionSpec[],
  client: Client = db,
): Promise<Omit<ComposeInput, "policy"> | null> {
  const activityIds = [...new Set(sections.flatMap((s) => (s.type === "activity" ? [s.activityId] : [])))];
  const records = await loadOrganisationRecords(orgId, { activityIds }, client);
  return records && composeRecords(records);
}

/** Everything compose and checks need for a stored policy's draft, or null when it is not this organisation's. */
export async function loadPolicyComposeInput(orgId: string, policyId: string, client: Client = db): Promise<ComposeInput | null> {
  const policy = await getPolicy(orgId, policyId, client);
  if (!policy) return null;
  const [records, anchors] = await Promise.all([loadPolicyRecords(orgId, policy.sections, client), loadSectionAnchors(orgId, policyId, client)]);
  if (!records) return null;
  return { ...records, policy: { id: policy.id, title: policy.title, language: policy.language, sections: policy.sections }, anchors };
}


export async function getPolicy(orgId: string, id: string, client: Client = db) {
  const row = await client.policy.findFirst({
    where: { id, organisationId: orgId },
    select: { id: true, slug: true, title: true, language: true, sections: true, version: true, createdAt: true, updatedAt: true },
  });
  if (!row) return null;
  return { ...row, language: asLanguage(row.language), sections: readStoredSections(row.sections) };
}

/** Where a page of policies starts: after this title and id (keyset paging by title, then id). */
export type PolicyPage = { after: { title: string; id: string } | null; limit: number };

/** The policies with their language, draft state and latest published version; one page of them when `page` is given. */
export async function listPolicies(orgId: string, page?: PolicyPage) {
  const after = page?.after;
  const rows = await db.policy.findMany({
    where: { organisationId: orgId, ...(after ? { OR: [{ title: { gt: after.title } }, { title: after.title, id: { gt: after.id } }] } : {}) },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    ...(page ? { take: page.limit } : {}),
    select: {
      id: true,
      slug: true,
      title: true,
      language: true,
      sections: true,
      version: true,
      updatedAt: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, effectiveAt: true, createdAt: true } },
    },
  });
  return rows.map(({ sections, versions, ...row }) => {
    const latest = versions[0] ?? null;
    const draft = readStoredSections(sections);
    return {
      ...row,
      language: asLanguage(row.language),
      sectionCount: draft.length,
      activityCount: draft.filter((s) => s.type === "activity").length,
      latestVersion: latest,
      // The draft was saved after the latest publication (a cheap signal; the drift shows the substance).
      draftChangedSincePublished: latest ? row.updatedAt > latest.createdAt : true,
    };
  });
}

export type PolicyListRow = Awaited<ReturnType<typeof listPolicies>>[number];

/** The addresses a policy is published under: its organisation's slug and its own, or null when it is not this organisation's. */
export async function getPolicyAddress(orgId: string, id: string) {
  const row = await db.policy.findFirst({ where: { id, organisationId: orgId }, select: { slug: true, organisation: { select: { slug: true } } } });
  return row ? { org: row.organisation.slug, policy: row.slug } : null;
}

/** The activities a DPO can add to a policy, for the editor's picker. */
export async function listActivityChoices(orgId: string) {
  return db.processingActivity.findMany({
    where: { organisationId: orgId },
    orderBy: [{ reference: "asc" }],
    select: { id: true, reference: true, name: true, publicTitle: true, status: true },
  });
}

export type ActivityChoice = Awaited<ReturnType<typeof listActivityChoices>>[number];
