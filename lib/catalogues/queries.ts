import "server-only";
import { db } from "@/lib/db";
import { securityGroupOrder } from "@/lib/labels";

export async function listLegalBases(orgId: string) {
  const rows = await db.legalBasis.findMany({
    where: { organisationId: orgId },
    orderBy: [{ article: "asc" }, { letter: "asc" }, { citation: "asc" }],
    select: {
      id: true,
      article: true,
      letter: true,
      name: true,
      citation: true,
      description: true,
      builtIn: true,
      _count: { select: { purposes: true, art9Conditions: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, useCount: _count.purposes + _count.art9Conditions }));
}

export async function listDataCategories(orgId: string) {
  const rows = await db.dataCategory.findMany({
    where: { organisationId: orgId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      special: true,
      criminal: true,
      defaultRetention: true,
      _count: { select: { activities: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, activityCount: _count.activities }));
}

export async function listDataSubjectCategories(orgId: string) {
  const rows = await db.dataSubjectCategory.findMany({
    where: { organisationId: orgId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, description: true, _count: { select: { activities: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, activityCount: _count.activities }));
}

export async function listSecurityMeasures(orgId: string) {
  const rows = await db.securityMeasure.findMany({
    where: { organisationId: orgId },
    orderBy: { name: "asc" },
    select: { id: true, group: true, name: true, description: true, _count: { select: { activities: true } } },
  });
  return rows
    .map(({ _count, ...row }) => ({ ...row, activityCount: _count.activities }))
    .sort((a, b) => securityGroupOrder.indexOf(a.group) - securityGroupOrder.indexOf(b.group) || a.name.localeCompare(b.name));
}

export type LegalBasisRow = Awaited<ReturnType<typeof listLegalBases>>[number];
export type DataCategoryRow = Awaited<ReturnType<typeof listDataCategories>>[number];
export type DataSubjectCategoryRow = Awaited<ReturnType<typeof listDataSubjectCategories>>[number];
export type SecurityMeasureRow = Awaited<ReturnType<typeof listSecurityMeasures>>[number];
