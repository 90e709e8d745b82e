/**
 * The one mapping of an activity's relations (purposes with their legal
 * bases, data subjects, data categories with their retention, recipients and
 * the other parties, transfers, security measures) to the rows they are
 * stored as. The form's saves write them as nested creates, the imports as
 * bulk inserts of thousands of activities at once; both take the rows from
 * here, so a field added to a relation is stored by every way in.
 */
import type { Prisma } from "@prisma/client";
import type { ActivityInput } from "./schema";

export type ActivityRelations = Pick<
  ActivityInput,
  "purposes" | "dataSubjectCategoryIds" | "dataCategories" | "jointControllers" | "clientControllers" | "recipients" | "transfers" | "securityMeasureIds"
>;

type PartyRole = "RECIPIENT" | "JOINT_CONTROLLER" | "CLIENT_CONTROLLER";

/** The rows of an activity's relations, without the activity's id; a purpose carries the ids of its legal bases. */
export function relationRows(input: ActivityRelations) {
  const party = (role: PartyRole) => (row: { recipientId: string; note: string }) => ({ recipientId: row.recipientId, note: row.note, role });
  return {
    purposes: input.purposes.map((purpose, position) => ({
      position,
      description: purpose.description,
      legitimateInterests: purpose.legitimateInterests,
      balancingTestReference: purpose.balancingTestReference,
      directMarketing: purpose.directMarketing,
      legalBasisIds: [...new Set(purpose.legalBasisIds)],
    })),
    // A link is stored once however often the input names it: the pairs are unique keys.
    dataSubjects: [...new Set(input.dataSubjectCategoryIds)].map((dataSubjectCategoryId) => ({ dataSubjectCategoryId })),
    dataCategories: input.dataCategories.map((row, position) => ({
      position,
      dataCategoryId: row.dataCategoryId,
      details: row.details,
      retention: row.retention,
      art9ConditionId: row.art9ConditionId,
    })),
    recipients: [...input.recipients.map(party("RECIPIENT")), ...input.jointControllers.map(party("JOINT_CONTROLLER")), ...input.clientControllers.map(party("CLIENT_CONTROLLER"))],
    transfers: input.transfers.map((t) => ({
      countryCode: t.countryCode,
      internationalOrganisation: t.internationalOrganisation,
      recipientId: t.recipientId,
      safeguard: t.safeguard,
      safeguardDetails: t.safeguardDetails,
      safeguardReference: t.safeguardReference,
    })),
    securityMeasures: [...new Set(input.securityMeasureIds)].map((securityMeasureId) => ({ securityMeasureId })),
  };
}

/** The same rows as the nested writes of an activity's create or update. */
export function relationData(input: ActivityRelations) {
  const rows = relationRows(input);
  return {
    purposes: {
      create: rows.purposes.map(({ legalBasisIds, ...purpose }) => ({ ...purpose, legalBases: { create: legalBasisIds.map((legalBasisId) => ({ legalBasisId })) } })),
    },
    dataSubjects: { create: rows.dataSubjects },
    dataCategories: { create: rows.dataCategories },
    recipients: { create: rows.recipients },
    transfers: { create: rows.transfers },
    securityMeasures: { create: rows.securityMeasures },
  } satisfies Prisma.ProcessingActivityUpdateInput;
}

/** Removes the relations before an update writes them anew from the input. */
export async function deleteRelations(tx: Prisma.TransactionClient, activityId: string) {
  const where = { activityId };
  await tx.purpose.deleteMany({ where });
  await tx.activityDataSubject.deleteMany({ where });
  await tx.activityDataCategory.deleteMany({ where });
  await tx.activityRecipient.deleteMany({ where });
  await tx.transfer.deleteMany({ where });
  await tx.activitySecurityMeasure.deleteMany({ where });
}
