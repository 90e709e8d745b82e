// No "server-only" marker: the seed (plain Node) composes the demo policies through this module.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { loadSectionAnchors } from "./anchor-queries";
import type { ComposeActivity, ComposeInput, ComposeOrganisation } from "./compose-input";
import { readStoredSections } from "./schema";
import type { PolicyLanguage, PolicySectionSpec } from "./types";
import { organisationProfileFields } from "../organisation/fields";

type Client = Prisma.TransactionClient | typeof db;

const organisationSelect = {
  ...organisationProfileFields,
  id: true,
  defaultLanguage: false,
  reviewIntervalMonths: false,
} satisfies Prisma.OrganisationSelect;

const basis = { select: { id: true, article: true, letter: true, name: true, citation: true } } as const;

const activitySelect = {
  id: true,
  reference: true,
  name: true,
  status: true,
  role: true,
  publicTitle: true,
  publicDescription: true,
  dataSource: true,
  dataSourceDescription: true,
  publicSources: true,
  automatedDecisionMaking: true,
  automatedDecisionLogic: true,
  automatedDecisionConsequences: true,
  provisionRequirement: true,
  provisionConsequences: true,
  dpiaRequired: true,
  recipientsNone: true,
  transfersNone: true,
  specialCategoriesNone: true,
  consentWithdrawalUrl: true,
  consentWithdrawalInstructions: true,
  purposes: { orderBy: { position: "asc" }, select: { id: true, description: true, legitimateInterests: true, directMarketing: true, legalBases: { select: { legalBasis: basis } } } },
  dataSubjects: { select: { dataSubjectCategory: { select: { id: true, name: true } } } },
  dataCategories: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      dataCategoryId: true,
      details: true,
      retention: true,
      art9Condition: basis,
      dataCategory: { select: { name: true, special: true, criminal: true, defaultRetention: true } },
    },
  },
  recipients: { select: { role: true, note: true, recipient: { select: { id: true, name: true, kind: true } } } },
  transfers: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      countryCode: true,
      internationalOrganisation: true,
      safeguard: true,
      safeguardDetails: true,
      safeguardReference: true,
      country: { select: { name: true, eea: true, adequacy: true, adequacyNote: true } },
      recipient: { select: { name: true } },
    },
  },
} satisfies Prisma.ProcessingActivitySelect;

type ActivityRow = Prisma.ProcessingActivityGetPayload<{ select: typeof activitySelect }>;

// Legal bases in a stable order (Art. 6 before Art. 9, by letter), so the text does not change with database order.
const articleOrder = { ART6: 0, ART9: 1, ART10: 2, NATIONAL: 3 } as const;
const byArticle = (a: { article: keyof typeof articleOrder; letter: string; citation: string }, b: typeof a) =>
  articleOrder[a.article] - articleOrder[b.article] || a.letter.localeCompare(b.letter) || a.citation.localeCompare(b.citation);

function toComposeActivity(row: ActivityRow): ComposeActivity {
  const { purposes, dataSubjects, dataCategories, recipients, transfers, ...scalars } = row;
  const subjects = dataSubjects.map((d) => d.dataSubjectCategory).sort((a, b) => a.name.localeCompare(b.name));
  return {
    ...scalars,
    purposes: purposes.map((p) => ({
      id: p.id,
      description: p.description,
      legitimateInterests: p.legitimateInterests,
      directMarketing: p.directMarketing,
      legalBases: p.legalBases.map((l) => l.legalBasis).sort(byArticle),
    })),
    dataSubjects: subjects.map((d) => d.name),
    dataSubjectIds: subjects.map((d) => d.id),
    dataCategories: dataCategories.map((c) => ({
      id: c.id,
      dataCategoryId: c.dataCategoryId,
      name: c.dataCategory.name,
      details: c.details,
      retention: c.retention,
      defaultRetention: c.dataCategory.defaultRetention,
      special: c.dataCategory.special,
      criminal: c.dataCategory.criminal,
      art9Condition: c.art9Condition,
    })),
    recipients: recipients
      .map((r) => ({ id: r.recipient.id, name: r.recipient.name, kind: r.recipient.kind, role: r.role, note: r.note }))
      .sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name)),
    transfers: transfers.map((t) => ({
      id: t.id,
      countryCode: t.countryCode,
      country: t.country,
      internationalOrganisation: t.internationalOrganisation,
      recipientName: t.recipient?.name ?? null,
      safeguard: t.safeguard,
      safeguardDetails: t.safeguardDetails,
      safeguardReference: t.safeguardReference,
    })),
  };
}

/**
 * The records a draft draws on: the organisation profile and the activities
 * the sections name, loaded only from this organisation (another
 * organisation's id is simply absent, and compose and checks treat it as gone).
 */
export async function loadPolicyRecords(
  orgId: string,
  sections: PolicySectionSpec[],
  client: Client = db,
): Promise<Omit<ComposeInput, "policy"> | null> {
  const ids = [...new Set(sections.flatMap((s) => (s.type === "activity" ? [s.activityId] : [])))];
  const [organisation, rows] = await Promise.all([
    client.organisation.findUnique({ where: { id: orgId }, select: organisationSelect }),
    ids.length ? client.processingActivity.findMany({ where: { organisationId: orgId, id: { in: ids } }, select: activitySelect }) : [],
  ]);
  if (!organisation) return null;
  const activities: Record<string, ComposeActivity> = {};
  for (const row of rows) activities[row.id] = toComposeActivity(row);
  return { organisation: organisation satisfies ComposeOrganisation, activities };
}

/** Everything compose and checks need for a stored policy's draft, or null when it is not this organisation's. */
export async function loadPolicyComposeInput(orgId: string, policyId: string, client: Client = db): Promise<ComposeInput | null> {
  const policy = await getPolicy(orgId, policyId, client);
  if (!policy) return null;
  const [records, anchors] = await Promise.all([loadPolicyRecords(orgId, policy.sections, client), loadSectionAnchors(orgId, policyId, client)]);
  if (!records) return null;
  return { ...records, policy: { id: policy.id, title: policy.title, language: policy.language, sections: policy.sections }, anchors };
}

const asLanguage = (value: string): PolicyLanguage => (value === "de" ? "de" : "en");

export async function getPolicy(orgId: string, id: string, client: Client = db) {
  const row = await client.policy.findFirst({
    where: { id, organisationId: orgId },
    select: { id: true, slug: true, title: true, language: true, sections: true, version: true, createdAt: true, updatedAt: true },
  });
  if (!row) return null;
  return { ...row, language: asLanguage(row.language), sections: readStoredSections(row.sections) };
}

/** The policies with their language, draft state and latest published version. */
export async function listPolicies(orgId: string) {
  const rows = await db.policy.findMany({
    where: { organisationId: orgId },
    orderBy: { title: "asc" },
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

/** The activities a DPO can add to a policy, for the editor's picker. */
export async function listActivityChoices(orgId: string) {
  return db.processingActivity.findMany({
    where: { organisationId: orgId },
    orderBy: [{ reference: "asc" }],
    select: { id: true, reference: true, name: true, publicTitle: true, status: true },
  });
}

export type ActivityChoice = Awaited<ReturnType<typeof listActivityChoices>>[number];
