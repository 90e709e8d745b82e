/**
 * "Replace it everywhere with …": moves every use of one catalogue entry or
 * recipient to another, inside the caller's transaction. Each processing
 * activity that changes gets its version raised (so an editor who has it open
 * gets a conflict instead of silently undoing the change) and its own audit
 * event with the links before and after.
 */
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/lib/mutations/actor";
import type { Audit } from "@/lib/mutations/audited";
import type { UsableType } from "./usage";

type Tx = Prisma.TransactionClient;

// The key each link list has in an activity's audit snapshot.
const snapshotKeys: Record<UsableType, string> = {
  "legal-bases": "legalBases",
  "data-categories": "dataCategories",
  "data-subjects": "dataSubjects",
  "security-measures": "securityMeasures",
  recipients: "recipients",
};

/** The names an activity links to in one catalogue, for its audit snapshot. */
async function linkedNames(tx: Tx, type: UsableType, activityIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(activityIds.map((id) => [id, []]));
  const add = (activityId: string, name: string) => {
    const names = result.get(activityId)!;
    if (!names.includes(name)) names.push(name);
  };
  const where = { activityId: { in: activityIds } };
  switch (type) {
    case "legal-bases": {
      const [purposes, conditions] = await Promise.all([
        tx.purposeLegalBasis.findMany({ where: { purpose: where }, select: { purpose: { select: { activityId: true } }, legalBasis: { select: { citation: true } } } }),
        tx.activityDataCategory.findMany({ where: { ...where, art9ConditionId: { not: null } }, select: { activityId: true, art9Condition: { select: { citation: true } } } }),
      ]);
      purposes.forEach((row) => add(row.purpose.activityId, row.legalBasis.citation));
      conditions.forEach((row) => add(row.activityId, row.art9Condition!.citation));
      break;
    }
    case "data-categories":
      (await tx.activityDataCategory.findMany({ where, select: { activityId: true, dataCategory: { select: { name: true } } } })).forEach((row) =>
        add(row.activityId, row.dataCategory.name),
      );
      break;
    case "data-subjects":
      (await tx.activityDataSubject.findMany({ where, select: { activityId: true, dataSubjectCategory: { select: { name: true } } } })).forEach((row) =>
        add(row.activityId, row.dataSubjectCategory.name),
      );
      break;
    case "security-measures":
      (await tx.activitySecurityMeasure.findMany({ where, select: { activityId: true, securityMeasure: { select: { name: true } } } })).forEach((row) =>
        add(row.activityId, row.securityMeasure.name),
      );
      break;
    case "recipients": {
      const [parties, transfers] = await Promise.all([
        tx.activityRecipient.findMany({ where, select: { activityId: true, recipient: { select: { name: true } } } }),
        tx.transfer.findMany({ where: { ...where, recipientId: { not: null } }, select: { activityId: true, recipient: { select: { name: true } } } }),
      ]);
      parties.forEach((row) => add(row.activityId, row.recipient.name));
      transfers.forEach((row) => add(row.activityId, row.recipient!.name));
      break;
    }
  }
  for (const names of result.values()) names.sort((a, b) => a.localeCompare(b));
  return result;
}

/** Moves the link rows of one activity-keyed table; where the activity has the target already, the old row goes. */
async function relink(tx: Tx, type: UsableType, from: string, to: string, organisationId: string): Promise<Set<string>> {
  const inOrganisation = { organisationId };
  const changed = new Set<string>();
  switch (type) {
    case "legal-bases": {
      const rows = await tx.purposeLegalBasis.findMany({ where: { legalBasisId: from, purpose: { activity: inOrganisation } }, select: { purposeId: true, purpose: { select: { activityId: true } } } });
      const purposeIds = rows.map((row) => row.purposeId);
      const haveTarget = (await tx.purposeLegalBasis.findMany({ where: { legalBasisId: to, purposeId: { in: purposeIds } }, select: { purposeId: true } })).map((row) => row.purposeId);
      await tx.purposeLegalBasis.updateMany({ where: { legalBasisId: from, purposeId: { in: purposeIds, notIn: haveTarget } }, data: { legalBasisId: to } });
      await tx.purposeLegalBasis.deleteMany({ where: { legalBasisId: from, purposeId: { in: haveTarget } } });
      rows.forEach((row) => changed.add(row.purpose.activityId));
      const conditions = await tx.activityDataCategory.findMany({ where: { art9ConditionId: from, activity: inOrganisation }, select: { activityId: true } });
      await tx.activityDataCategory.updateMany({ where: { art9ConditionId: from, activity: inOrganisation }, data: { art9ConditionId: to } });
      conditions.forEach((row) => changed.add(row.activityId));
      break;
    }
    case "data-categories": {
      const rows = await tx.activityDataCategory.findMany({ where: { dataCategoryId: from, activity: inOrganisation } });
      for (const row of rows) {
        changed.add(row.activityId);
        const target = await tx.activityDataCategory.findUnique({ where: { activityId_dataCategoryId: { activityId: row.activityId, dataCategoryId: to } } });
        if (!target) {
          await tx.activityDataCategory.update({ where: { id: row.id }, data: { dataCategoryId: to } });
          continue;
        }
        // The activity lists both already: keep the target row, filling in what only the old one said.
        await tx.activityDataCategory.update({
          where: { id: target.id },
          data: {
            details: target.details || row.details,
            retention: target.retention || row.retention,
            art9ConditionId: target.art9ConditionId ?? row.art9ConditionId,
          },
        });
        await tx.activityDataCategory.delete({ where: { id: row.id } });
      }
      break;
    }
    case "data-subjects": {
      const rows = await tx.activityDataSubject.findMany({ where: { dataSubjectCategoryId: from, activity: inOrganisation }, select: { activityId: true } });
      const ids = rows.map((row) => row.activityId);
      const haveTarget = (await tx.activityDataSubject.findMany({ where: { dataSubjectCategoryId: to, activityId: { in: ids } }, select: { activityId: true } })).map((row) => row.activityId);
      await tx.activityDataSubject.updateMany({ where: { dataSubjectCategoryId: from, activityId: { in: ids, notIn: haveTarget } }, data: { dataSubjectCategoryId: to } });
      await tx.activityDataSubject.deleteMany({ where: { dataSubjectCategoryId: from, activityId: { in: haveTarget } } });
      ids.forEach((id) => changed.add(id));
      break;
    }
    case "security-measures": {
      const rows = await tx.activitySecurityMeasure.findMany({ where: { securityMeasureId: from, activity: inOrganisation }, select: { activityId: true } });
      const ids = rows.map((row) => row.activityId);
      const haveTarget = (await tx.activitySecurityMeasure.findMany({ where: { securityMeasureId: to, activityId: { in: ids } }, select: { activityId: true } })).map((row) => row.activityId);
      await tx.activitySecurityMeasure.updateMany({ where: { securityMeasureId: from, activityId: { in: ids, notIn: haveTarget } }, data: { securityMeasureId: to } });
      await tx.activitySecurityMeasure.deleteMany({ where: { securityMeasureId: from, activityId: { in: haveTarget } } });
      ids.forEach((id) => changed.add(id));
      break;
    }
    case "recipients": {
      const rows = await tx.activityRecipient.findMany({ where: { recipientId: from, activity: inOrganisation } });
      for (const row of rows) {
        changed.add(row.activityId);
        const key = { activityId: row.activityId, role: row.role };
        const target = await tx.activityRecipient.findUnique({ where: { activityId_recipientId_role: { ...key, recipientId: to } } });
        await tx.activityRecipient.delete({ where: { activityId_recipientId_role: { ...key, recipientId: from } } });
        if (!target) await tx.activityRecipient.create({ data: { ...key, recipientId: to, note: row.note } });
      }
      const transfers = await tx.transfer.findMany({ where: { recipientId: from, activity: inOrganisation }, select: { activityId: true } });
      await tx.transfer.updateMany({ where: { recipientId: from, activity: inOrganisation }, data: { recipientId: to } });
      transfers.forEach((row) => changed.add(row.activityId));
      await tx.recipient.updateMany({ where: { parentId: from, organisationId, id: { not: to } }, data: { parentId: to } });
      break;
    }
  }
  return changed;
}

/**
 * Moves every use of `from` to `to` and records, per changed activity, a new
 * version and an audit event. Returns the ids of the activities changed.
 */
export async function replaceEverywhere(tx: Tx, actor: Actor, audit: Audit, type: UsableType, from: string, to: string): Promise<string[]> {
  const organisationId = actor.organisation.id;
  const affected = await tx.processingActivity.findMany({
    where: { organisationId, ...activityFilter(type, from) },
    select: { id: true, version: true },
  });
  const ids = affected.map((activity) => activity.id);
  const before = await linkedNames(tx, type, ids);
  const changed = await relink(tx, type, from, to, organisationId);
  const after = await linkedNames(tx, type, ids);
  const key = snapshotKeys[type];
  for (const activity of affected) {
    if (!changed.has(activity.id)) continue;
    await tx.processingActivity.updateMany({
      where: { id: activity.id, organisationId },
      data: { version: { increment: 1 }, updatedById: actor.user.id },
    });
    await audit({
      action: "UPDATE",
      entityType: "ProcessingActivity",
      entityId: activity.id,
      before: { version: activity.version, [key]: before.get(activity.id) },
      after: { version: activity.version + 1, [key]: after.get(activity.id) },
    });
  }
  return ids.filter((id) => changed.has(id));
}

function activityFilter(type: UsableType, id: string): Prisma.ProcessingActivityWhereInput {
  switch (type) {
    case "legal-bases":
      return { OR: [{ purposes: { some: { legalBases: { some: { legalBasisId: id } } } } }, { dataCategories: { some: { art9ConditionId: id } } }] };
    case "data-categories":
      return { dataCategories: { some: { dataCategoryId: id } } };
    case "data-subjects":
      return { dataSubjects: { some: { dataSubjectCategoryId: id } } };
    case "security-measures":
      return { securityMeasures: { some: { securityMeasureId: id } } };
    case "recipients":
      return { OR: [{ recipients: { some: { recipientId: id } } }, { transfers: { some: { recipientId: id } } }] };
  }
}
