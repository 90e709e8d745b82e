/**
 * Where a catalogue entry or recipient is used: the processing activities
 * that link to it (and how), and for recipients the transfers naming them and
 * the sub-processors they engaged. Deleting an entry in use is refused with
 * this list, or every use is moved to another entry in one transaction.
 */
import type { Prisma } from "@prisma/client";
import { partyRoleLabels } from "@/lib/labels";
import type { CatalogueType } from "./schema";

export type UsableType = CatalogueType | "recipients";

type ActivityUse = { activityId: string; reference: string; name: string; contexts: string[] };
type TransferUse = { transferId: string; activityId: string; reference: string; activityName: string; destination: string };
type SubProcessorUse = { id: string; name: string };

export type Uses = {
  activities: ActivityUse[];
  transfers: TransferUse[];
  subProcessors: SubProcessorUse[];
};

export function countUses(uses: Uses): number {
  return uses.activities.length + uses.transfers.length + uses.subProcessors.length;
}

type Db = Pick<Prisma.TransactionClient, "purposeLegalBasis" | "activityDataCategory" | "activityDataSubject" | "activitySecurityMeasure" | "activityRecipient" | "transfer" | "recipient">;
type ActivityRef = { id: string; reference: string; name: string };

function group(rows: { activity: ActivityRef; context: string }[]): ActivityUse[] {
  const byId = new Map<string, ActivityUse>();
  for (const { activity, context } of rows) {
    const use = byId.get(activity.id) ?? { activityId: activity.id, reference: activity.reference, name: activity.name, contexts: [] };
    if (!use.contexts.includes(context)) use.contexts.push(context);
    byId.set(activity.id, use);
  }
  return [...byId.values()].sort((a, b) => a.reference.localeCompare(b.reference, "en", { numeric: true }));
}

const activitySelect = { select: { id: true, reference: true, name: true } } as const;

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Every use of the entry; the organisation id is in every where, so a foreign id has no uses. */
export async function findUses(tx: Db, organisationId: string, type: UsableType, id: string): Promise<Uses> {
  const inOrganisation = { organisationId };
  const none: Uses = { activities: [], transfers: [], subProcessors: [] };
  switch (type) {
    case "legal-bases": {
      const [purposes, conditions] = await Promise.all([
        tx.purposeLegalBasis.findMany({
          where: { legalBasisId: id, purpose: { activity: inOrganisation } },
          select: { purpose: { select: { description: true, activity: activitySelect } } },
        }),
        tx.activityDataCategory.findMany({
          where: { art9ConditionId: id, activity: inOrganisation },
          select: { activity: activitySelect, dataCategory: { select: { name: true } } },
        }),
      ]);
      return {
        ...none,
        activities: group([
          ...purposes.map((row) => ({ activity: row.purpose.activity, context: `Purpose: ${truncate(row.purpose.description)}` })),
          ...conditions.map((row) => ({ activity: row.activity, context: `Condition for ${row.dataCategory.name}` })),
        ]),
      };
    }
    case "data-categories": {
      const rows = await tx.activityDataCategory.findMany({ where: { dataCategoryId: id, activity: inOrganisation }, select: { activity: activitySelect } });
      return { ...none, activities: group(rows.map((row) => ({ activity: row.activity, context: "Data category" }))) };
    }
    case "data-subjects": {
      const rows = await tx.activityDataSubject.findMany({ where: { dataSubjectCategoryId: id, activity: inOrganisation }, select: { activity: activitySelect } });
      return { ...none, activities: group(rows.map((row) => ({ activity: row.activity, context: "Data subjects" }))) };
    }
    case "security-measures": {
      const rows = await tx.activitySecurityMeasure.findMany({ where: { securityMeasureId: id, activity: inOrganisation }, select: { activity: activitySelect } });
      return { ...none, activities: group(rows.map((row) => ({ activity: row.activity, context: "Security measure" }))) };
    }
    case "recipients": {
      const [parties, transfers, subProcessors] = await Promise.all([
        tx.activityRecipient.findMany({ where: { recipientId: id, activity: inOrganisation }, select: { role: true, activity: activitySelect } }),
        tx.transfer.findMany({
          where: { recipientId: id, activity: inOrganisation },
          select: { id: true, internationalOrganisation: true, country: { select: { name: true } }, activity: activitySelect },
        }),
        tx.recipient.findMany({ where: { parentId: id, organisationId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
      ]);
      return {
        activities: group(parties.map((row) => ({ activity: row.activity, context: partyRoleLabels[row.role] }))),
        transfers: transfers
          .map((row) => ({
            transferId: row.id,
            activityId: row.activity.id,
            reference: row.activity.reference,
            activityName: row.activity.name,
            destination: row.country?.name ?? (row.internationalOrganisation || "Unspecified destination"),
          }))
          .sort((a, b) => a.reference.localeCompare(b.reference, "en", { numeric: true })),
        subProcessors,
      };
    }
  }
}
