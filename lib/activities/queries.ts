import "server-only";
import { transferDestination } from "./transfers";
import { cache } from "react";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { addDays, DUE_SOON_DAYS, startOfUtcDay } from "@/lib/format";
import { recipientKindOrder, securityGroupOrder } from "@/lib/labels";
import type { ActivityListFilter } from "./list-filter";

function listWhere(orgId: string, filter: ActivityListFilter, now: Date): Prisma.ProcessingActivityWhereInput {
  const today = startOfUtcDay(now);
  const where: Prisma.ProcessingActivityWhereInput = { organisationId: orgId };
  if (filter.status) where.status = filter.status;
  // The same rule as the dashboard counts: retired activities are not reviewed.
  if (filter.review) {
    where.status = filter.status ?? { in: ["DRAFT", "ACTIVE"] };
    where.nextReviewOn = filter.review === "overdue" ? { lt: today } : { gte: today, lte: addDays(today, DUE_SOON_DAYS) };
  }
  return where;
}

export async function listActivities(orgId: string, filter: ActivityListFilter = {}, now: Date = new Date()) {
  const rows = await db.processingActivity.findMany({
    where: listWhere(orgId, filter, now),
    orderBy: { reference: "asc" },
    select: {
      id: true,
      reference: true,
      name: true,
      department: true,
      status: true,
      role: true,
      nextReviewOn: true,
      purposes: { select: { legalBases: { select: { legalBasis: { select: { citation: true } } } } } },
      _count: { select: { dataCategories: true, transfers: true } },
    },
  });
  return rows.map(({ purposes, _count, ...row }) => ({
    ...row,
    legalBases: [...new Set(purposes.flatMap((p) => p.legalBases.map((b) => b.legalBasis.citation)))].sort(),
    dataCategoryCount: _count.dataCategories,
    hasTransfers: _count.transfers > 0,
  }));
}

export type ActivityListRow = Awaited<ReturnType<typeof listActivities>>[number];

const activityDetailSelect = {
  id: true,
  reference: true,
  name: true,
  description: true,
  department: true,
  owner: true,
  status: true,
  role: true,
  jointControllerArrangement: true,
  dataSource: true,
  dataSourceDescription: true,
  publicSources: true,
  dpiaRequired: true,
  dpiaStatus: true,
  dpiaReference: true,
  automatedDecisionMaking: true,
  automatedDecisionLogic: true,
  automatedDecisionConsequences: true,
  provisionRequirement: true,
  provisionConsequences: true,
  storageLocation: true,
  securityDescription: true,
  lastReviewedOn: true,
  nextReviewOn: true,
  publicTitle: true,
  publicDescription: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  createdById: true,
  updatedById: true,
  purposes: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      description: true,
      legitimateInterests: true,
      balancingTestReference: true,
      legalBases: { select: { legalBasis: { select: { id: true, article: true, letter: true, name: true, citation: true } } } },
    },
  },
  dataSubjects: { select: { dataSubjectCategory: { select: { id: true, name: true, description: true } } } },
  dataCategories: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      details: true,
      retention: true,
      dataCategory: { select: { id: true, name: true, special: true, criminal: true, defaultRetention: true } },
      art9Condition: { select: { id: true, name: true, citation: true } },
    },
  },
  recipients: {
    select: {
      role: true,
      note: true,
      recipient: {
        select: {
          id: true,
          kind: true,
          name: true,
          contactName: true,
          email: true,
          phone: true,
          address: true,
          website: true,
          country: { select: { code: true, name: true, eea: true } },
        },
      },
    },
  },
  transfers: {
    select: {
      id: true,
      safeguard: true,
      safeguardDetails: true,
      safeguardReference: true,
      internationalOrganisation: true,
      country: { select: { code: true, name: true, eea: true, adequacy: true, adequacyNote: true } },
      recipient: { select: { id: true, name: true, kind: true } },
    },
  },
  securityMeasures: { select: { securityMeasure: { select: { id: true, group: true, name: true, description: true } } } },
} satisfies Prisma.ProcessingActivitySelect;

/**
 * One processing activity with everything Art. 30 asks about it, or null when
 * it is not this organisation's. Cached per request: the page and its metadata
 * both ask.
 */
export const getActivity = cache(async (orgId: string, id: string) => {
  const activity = await db.processingActivity.findFirst({ where: { id, organisationId: orgId }, select: activityDetailSelect });
  if (!activity) return null;

  const userIds = [activity.createdById, activity.updatedById].filter((value): value is string => !!value);
  // A user who has left the organisation is still found through the audit
  // events they wrote in it; a user id never reveals anyone outside it.
  const users = userIds.length
    ? await db.user.findMany({
        where: {
          id: { in: userIds },
          OR: [{ memberships: { some: { organisationId: orgId } } }, { auditEvents: { some: { organisationId: orgId } } }],
        },
        select: { id: true, name: true, email: true },
      })
    : [];
  const user = (userId: string | null) => users.find((u) => u.id === userId) ?? null;

  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const { recipients, dataSubjects, securityMeasures, transfers, ...fields } = activity;
  return {
    ...fields,
    dataSubjects: dataSubjects.map((s) => s.dataSubjectCategory).sort(byName),
    // Recipients, joint controllers and client controllers, each with the role it plays here.
    parties: recipients
      .map(({ recipient, ...party }) => ({ ...party, ...recipient }))
      .sort((a, b) => recipientKindOrder.indexOf(a.kind) - recipientKindOrder.indexOf(b.kind) || byName(a, b)),
    securityMeasures: securityMeasures
      .map((m) => m.securityMeasure)
      .sort((a, b) => securityGroupOrder.indexOf(a.group) - securityGroupOrder.indexOf(b.group) || byName(a, b)),
    transfers: [...transfers].sort((a, b) => transferDestination(a).localeCompare(transferDestination(b))),
    createdBy: user(activity.createdById),
    updatedBy: user(activity.updatedById),
  };
});

export type ActivityDetail = NonNullable<Awaited<ReturnType<typeof getActivity>>>;
