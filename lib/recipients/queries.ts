import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { addDays, DUE_SOON_DAYS, startOfUtcDay } from "@/lib/format";
import { PROCESSOR_KINDS } from "./dpa";

export type RecipientListFilter = {
  /** Only processors and sub-processors whose DPA is missing or due for review (Art. 28(3)). */
  dpaAttention?: boolean;
};

export async function listRecipients(orgId: string, filter: RecipientListFilter = {}, now: Date = new Date()) {
  const where: Prisma.RecipientWhereInput = { organisationId: orgId };
  if (filter.dpaAttention) {
    where.kind = { in: PROCESSOR_KINDS };
    where.OR = [{ dpaSignedOn: null }, { dpaNextReviewOn: { lte: addDays(startOfUtcDay(now), DUE_SOON_DAYS) } }];
  }
  const rows = await db.recipient.findMany({
    where,
    orderBy: { name: "asc" },
    select: {
      id: true,
      kind: true,
      name: true,
      services: true,
      dpaSignedOn: true,
      dpaReference: true,
      dpaNextReviewOn: true,
      country: { select: { code: true, name: true, eea: true, adequacy: true } },
      parent: { select: { id: true, name: true } },
      _count: { select: { activities: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, activityCount: _count.activities }));
}

export type RecipientListRow = Awaited<ReturnType<typeof listRecipients>>[number];
