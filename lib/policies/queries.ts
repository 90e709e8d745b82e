// No "server-only" marker: the seed (plain Node) composes the demo policies through this module.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { loadSectionAnchors } from "./anchor-queries";
import { composeInLanguage, type LanguageDraft, type PolicyForLanguages } from "./compose-languages";
import type { ComposeInput } from "./compose-input";
import { composeRecords } from "./from-records";
import { readPolicyLanguages, readPolicyTitles } from "./policy-languages";
import { readStoredSections } from "./schema";
import type { PolicySectionSpec } from "./types";
import { asLanguage } from "@/lib/translations/languages";
import { loadOrganisationRecords } from "@/lib/records/queries";
import { emptyTranslationSet } from "@/lib/translations/localise";
import { loadTranslationSet } from "@/lib/translations/queries";

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

/**
 * A policy's draft composed in each of its languages from the records as they
 * are now (compose-languages.ts), or null when it is not this organisation's.
 * `draft` replaces the stored title, languages and sections (the editor's
 * preview of what it has not saved yet).
 */
export async function loadPolicyLanguageDrafts(
  orgId: string,
  policyId: string,
  client: Client = db,
  draft?: Omit<PolicyForLanguages, "id">,
): Promise<LanguageDraft[] | null> {
  const stored = draft ? null : await getPolicy(orgId, policyId, client);
  if (!draft && !stored) return null;
  const policy: PolicyForLanguages = { ...(draft ?? stored!), id: policyId };
  const activityIds = [...new Set(policy.sections.flatMap((s) => (s.type === "activity" ? [s.activityId] : [])))];
  const records = await loadOrganisationRecords(orgId, { activityIds }, client);
  if (!records) return null;
  const organisationDefault = asLanguage(records.organisation.defaultLanguage);
  return Promise.all(
    policy.languages.map(async (language) => {
      const [set, anchors] = await Promise.all([
        language === organisationDefault ? emptyTranslationSet(language) : loadTranslationSet(orgId, language, client),
        loadSectionAnchors(orgId, policyId, client, language),
      ]);
      return composeInLanguage(records, set, policy, language, anchors, `/policies/${policyId}`);
    }),
  );
}

/** Everything compose and checks need for a stored policy's draft in its first language, or null when it is not this organisation's. */
export async function loadPolicyComposeInput(orgId: string, policyId: string, client: Client = db): Promise<ComposeInput | null> {
  const drafts = await loadPolicyLanguageDrafts(orgId, policyId, client);
  return drafts?.[0]?.input ?? null;
}

export async function getPolicy(orgId: string, id: string, client: Client = db) {
  const row = await client.policy.findFirst({
    where: { id, organisationId: orgId },
    select: { id: true, slug: true, title: true, titles: true, languages: true, sections: true, version: true, createdAt: true, updatedAt: true },
  });
  if (!row) return null;
  return { ...row, languages: readPolicyLanguages(row.languages), titles: readPolicyTitles(row.titles), sections: readStoredSections(row.sections) };
}

/** Where a page of policies starts: after this title and id (keyset paging by title, then id). */
export type PolicyPage = { after: { title: string; id: string } | null; limit: number };

/** The policies with their languages, draft state and latest published version; one page of them when `page` is given. */
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
      languages: true,
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
      languages: readPolicyLanguages(row.languages),
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
