import "server-only";
import type { Prisma, RecipientKind } from "@prisma/client";
import { db } from "@/lib/db";
import { addDays, DUE_SOON_DAYS, startOfUtcDay } from "@/lib/format";
import { dpaAttentionWhere, PROCESSOR_KINDS } from "./dpa";
import { recipientFields } from "./fields";

export type RecipientListFilter = {
  /** Only processors and sub-processors whose DPA is missing or due for review (Art. 28(3)). */
  dpaAttention?: boolean;
};

const listSelect = {
  id: true,
  kind: true,
  name: true,
  services: true,
  dpaStatus: true,
  dpaSignedOn: true,
  dpaReference: true,
  dpaNextReviewOn: true,
  country: { select: { code: true, name: true, eea: true, adequacy: true } },
  parent: { select: { id: true, name: true } },
  _count: { select: { activities: true } },
} satisfies Prisma.RecipientSelect;

function listWhere(orgId: string, filter: RecipientListFilter, now: Date): Prisma.RecipientWhereInput {
  const where: Prisma.RecipientWhereInput = { organisationId: orgId };
  if (filter.dpaAttention) {
    where.kind = { in: PROCESSOR_KINDS };
    where.OR = dpaAttentionWhere(addDays(startOfUtcDay(now), DUE_SOON_DAYS));
  }
  return where;
}

export async function listRecipients(orgId: string, filter: RecipientListFilter = {}, now: Date = new Date()) {
  const rows = await db.recipient.findMany({
    where: listWhere(orgId, filter, now),
    orderBy: { name: "asc" },
    select: listSelect,
  });
  return rows.map(({ _count, ...row }) => ({ ...row, activityCount: _count.activities }));
}

/**
 * One page of recipients after a position in the list's order (name, then
 * id), for the API's cursor paging; `kind` narrows to one kind of recipient.
 */
export async function listRecipientsAfter(
  orgId: string,
  params: { filter: RecipientListFilter; kind?: RecipientKind; after: { name: string; id: string } | null; limit: number },
  now: Date = new Date(),
) {
  const { after } = params;
  const rows = await db.recipient.findMany({
    where: {
      AND: [
        listWhere(orgId, params.filter, now),
        params.kind ? { kind: params.kind } : {},
        after ? { OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }] } : {},
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { ...listSelect, version: true },
    take: params.limit + 1,
  });
  const page = rows.slice(0, params.limit).map(({ _count, ...row }) => ({ ...row, activityCount: _count.activities }));
  return { rows: page, hasMore: rows.length > params.limit };
}

export type RecipientListRow = Awaited<ReturnType<typeof listRecipients>>[number];

const MAX_CHAIN = 50;

/** One recipient with its sub-processor chain: the processors above it and the sub-processors it engaged. */
export async function getRecipient(orgId: string, id: string) {
  const recipient = await db.recipient.findFirst({
    where: { id, organisationId: orgId },
    select: {
      ...recipientFields,
      version: true,
      updatedAt: true,
      country: { select: { code: true, name: true, eea: true, adequacy: true, adequacyNote: true } },
      subProcessors: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, kind: true, dpaStatus: true, dpaSignedOn: true, dpaNextReviewOn: true, country: { select: { name: true, eea: true } } },
      },
    },
  });
  if (!recipient) return null;
  // Top-most first; the walk stops at a loop in old data rather than running forever.
  const ancestors: { id: string; name: string; kind: typeof recipient.kind }[] = [];
  let parentId = recipient.parentId;
  while (parentId && ancestors.length < MAX_CHAIN && !ancestors.some((a) => a.id === parentId) && parentId !== id) {
    const parent = await db.recipient.findFirst({ where: { id: parentId, organisationId: orgId }, select: { id: true, name: true, kind: true, parentId: true } });
    if (!parent) break;
    ancestors.unshift({ id: parent.id, name: parent.name, kind: parent.kind });
    parentId = parent.parentId;
  }
  return { ...recipient, ancestors };
}

/**
 * Processors and sub-processors that may engage a sub-processor: those of the
 * organisation, without the recipient itself and those below it (which would
 * make the chain a loop).
 */
export async function listParentOptions(orgId: string, exceptId?: string) {
  const rows = await db.recipient.findMany({
    where: { organisationId: orgId, kind: { in: PROCESSOR_KINDS } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true, parentId: true },
  });
  const excluded = new Set<string>(exceptId ? [exceptId] : []);
  let grew = true;
  while (grew) {
    grew = false;
    for (const row of rows) {
      if (row.parentId && excluded.has(row.parentId) && !excluded.has(row.id)) {
        excluded.add(row.id);
        grew = true;
      }
    }
  }
  return rows.filter((row) => !excluded.has(row.id)).map(({ id, name, kind }) => ({ id, name, kind }));
}

export async function listCountryOptions() {
  return db.country.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true, eea: true, adequacy: true } });
}

/** The other recipients, for "replace it everywhere with …". */
export async function listRecipientReplacementOptions(orgId: string, exceptId: string) {
  const rows = await db.recipient.findMany({ where: { organisationId: orgId, id: { not: exceptId } }, orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } });
  return rows;
}
