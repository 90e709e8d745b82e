/**
 * Bulk writes shared by the imports: rows with ids made here (so that links
 * can be written with createMany, in chunks, instead of one nested create
 * per activity) and the audit events for what was created.
 */
import { enqueueForAudit, subscribedEndpoints } from "@/lib/webhooks/enqueue";
import type { Prisma } from "@prisma/client";
import type { ActivityInput } from "@/lib/activities/schema";
import { relationRows } from "@/lib/activities/relations";
import { scalarData } from "@/lib/activities/scalar-data";
import { snapshotSelect, toActivitySnapshot } from "@/lib/activities/snapshot";
import { newId } from "@/lib/ids";
import type { Actor } from "@/lib/mutations/actor";

const CHUNK = 1000;

export async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK) await write(rows.slice(start, start + CHUNK));
}

type Extra = { createdAt?: Date; updatedAt?: Date; createdById: string | null; updatedById: string | null };

/** Creates the activities with all their links; each input must carry only ids of the organisation's catalogue. */
export async function createActivities(tx: Prisma.TransactionClient, organisationId: string, inputs: (ActivityInput & Extra)[]): Promise<string[]> {
  const activities: Prisma.ProcessingActivityCreateManyInput[] = [];
  const purposes: Prisma.PurposeCreateManyInput[] = [];
  const purposeBases: Prisma.PurposeLegalBasisCreateManyInput[] = [];
  const subjects: Prisma.ActivityDataSubjectCreateManyInput[] = [];
  const categories: Prisma.ActivityDataCategoryCreateManyInput[] = [];
  const parties: Prisma.ActivityRecipientCreateManyInput[] = [];
  const transfers: Prisma.TransferCreateManyInput[] = [];
  const measures: Prisma.ActivitySecurityMeasureCreateManyInput[] = [];
  for (const input of inputs) {
    const activityId = newId();
    activities.push({
      id: activityId,
      organisationId,
      ...scalarData(input),
      createdById: input.createdById,
      updatedById: input.updatedById,
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
      ...(input.updatedAt ? { updatedAt: input.updatedAt } : {}),
    });
    const rows = relationRows(input);
    for (const { legalBasisIds, ...purpose } of rows.purposes) {
      const purposeId = newId();
      purposes.push({ id: purposeId, activityId, ...purpose });
      for (const legalBasisId of legalBasisIds) purposeBases.push({ purposeId, legalBasisId });
    }
    subjects.push(...rows.dataSubjects.map((row) => ({ activityId, ...row })));
    categories.push(...rows.dataCategories.map((row) => ({ activityId, ...row })));
    parties.push(...rows.recipients.map((row) => ({ activityId, ...row })));
    // Transfer ids sort in creation order, which is the order the register lists them in.
    transfers.push(...rows.transfers.map((row, index) => ({ id: `${activityId}-${String(index).padStart(4, "0")}`, activityId, ...row })));
    measures.push(...rows.securityMeasures.map((row) => ({ activityId, ...row })));
  }
  await inChunks(activities, (data) => tx.processingActivity.createMany({ data }));
  await inChunks(purposes, (data) => tx.purpose.createMany({ data }));
  await inChunks(purposeBases, (data) => tx.purposeLegalBasis.createMany({ data }));
  await inChunks(subjects, (data) => tx.activityDataSubject.createMany({ data }));
  await inChunks(categories, (data) => tx.activityDataCategory.createMany({ data }));
  await inChunks(parties, (data) => tx.activityRecipient.createMany({ data }));
  await inChunks(transfers, (data) => tx.transfer.createMany({ data }));
  await inChunks(measures, (data) => tx.activitySecurityMeasure.createMany({ data }));
  return activities.map((activity) => activity.id!);
}

/**
 * One IMPORT event per created activity, with the same snapshot the activity's
 * History tab reads. Written in bulk inside the import's writeAudited
 * transaction: one event at a time would take minutes for a large register.
 */
export async function auditImportedActivities(tx: Prisma.TransactionClient, actor: Actor, ids: string[]) {
  const organisationId = actor.organisation.id;
  const idChunks: string[][] = [];
  for (let start = 0; start < ids.length; start += CHUNK) idChunks.push(ids.slice(start, start + CHUNK));
  // The events bypass recordAudit, so the webhooks for them are queued here, in the same transaction.
  const notify = (await subscribedEndpoints(tx, organisationId, "activity.created")).length > 0;
  for (const chunk of idChunks) {
    const rows = await tx.processingActivity.findMany({ where: { organisationId, id: { in: chunk } }, select: snapshotSelect });
    const events = rows.map((row) => ({
      organisationId,
      actorId: actor.user.id,
      actorEmail: actor.user.email,
      action: "IMPORT",
      entityType: "ProcessingActivity",
      entityId: row.id,
      after: JSON.parse(JSON.stringify(toActivitySnapshot(row))) as Prisma.InputJsonValue,
    }));
    await tx.auditEvent.createMany({ data: events });
    if (notify) for (const event of events) await enqueueForAudit(tx, event);
  }
}

export async function auditCreatedEntries(tx: Prisma.TransactionClient, actor: Actor, entityType: string, rows: ({ id: string } & Record<string, unknown>)[]) {
  const organisationId = actor.organisation.id;
  await inChunks(rows, (chunk) =>
    tx.auditEvent.createMany({
      data: chunk.map((row) => ({
        organisationId,
        actorId: actor.user.id,
        actorEmail: actor.user.email,
        action: "IMPORT",
        entityType,
        entityId: row.id,
        after: JSON.parse(JSON.stringify({ ...row, version: 1 })) as Prisma.InputJsonValue,
      })),
    }),
  );
}
