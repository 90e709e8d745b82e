/**
 * Writing processing activities: plain functions taking the member (from the
 * guard) and the submitted input, so the server actions and the integration
 * tests call the same code. Each change and its audit event share one
 * transaction; the organisation always comes from the member, and every id in
 * the input is checked against that organisation's catalogue.
 */
import type { Prisma } from "@prisma/client";
import { isGone, isUniqueViolation } from "@/lib/db-errors";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { failure, type MutationResult } from "@/lib/mutations/result";
import { message } from "@/lib/i18n/message";
import { describeConflict } from "@/lib/records/versioning";
import { activitySchema, REFERENCE_MAX, NAME_MAX, type ActivityCatalogue, type ActivityInput } from "./schema";
import { deleteRelations, relationData, type ActivityRelations } from "./relations";
import { scalarData } from "./scalar-data";
import { loadActivitySnapshot, type ActivitySnapshot } from "./snapshot";

/** An activity change: the activity's id, or why not. */
export type ActivityResult = MutationResult<{ id: string }>;

const ENTITY = "ProcessingActivity";
const NOT_FOUND = failure("not-found", { formError: message("activityForm.errors.notFound") });
const INVALID = message("activityForm.form.invalid");

/** The organisation's catalogue entries that an activity may point to. */
async function loadActivityCatalogue(tx: Prisma.TransactionClient, organisationId: string): Promise<ActivityCatalogue> {
  const where = { organisationId };
  const [legalBases, dataCategories, dataSubjectCategories, recipients, securityMeasures, countries] = await Promise.all([
    tx.legalBasis.findMany({ where, select: { id: true, article: true, letter: true, citation: true } }),
    tx.dataCategory.findMany({ where, select: { id: true, name: true, special: true, criminal: true } }),
    tx.dataSubjectCategory.findMany({ where, select: { id: true } }),
    tx.recipient.findMany({ where, select: { id: true, name: true, kind: true } }),
    tx.securityMeasure.findMany({ where, select: { id: true } }),
    tx.country.findMany({ select: { code: true, name: true, eea: true, adequacy: true } }),
  ]);
  return { legalBases, dataCategories, dataSubjectCategories, recipients, securityMeasures, countries };
}

function translateError(error: unknown, reference?: string): ActivityResult {
  // The only unique key an activity write can hit is (organisationId, reference).
  if (isUniqueViolation(error)) {
    return failure("invalid", {
      formError: INVALID,
      fieldErrors: {
        reference: reference
          ? message("activityForm.errors.referenceTaken", { reference })
          : message("activityForm.errors.referenceTakenUnnamed"),
      },
    });
  }
  if (isGone(error)) return NOT_FOUND;
  throw error;
}

function invalid(error: Parameters<typeof fieldErrorsFrom>[0]): ActivityResult {
  return failure("invalid", { formError: INVALID, fieldErrors: fieldErrorsFrom(error) });
}

async function parseFor(tx: Prisma.TransactionClient, organisationId: string, raw: unknown) {
  return activitySchema(await loadActivityCatalogue(tx, organisationId)).safeParse(raw);
}

export async function createActivity(actor: Actor, raw: unknown): Promise<ActivityResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const organisationId = actor.organisation.id;
  let reference: string | undefined;
  try {
    return await writeAudited(actor, async (tx, audit): Promise<ActivityResult> => {
      const parsed = await parseFor(tx, organisationId, raw);
      if (!parsed.success) return invalid(parsed.error);
      reference = parsed.data.reference;
      const created = await tx.processingActivity.create({
        data: {
          organisationId,
          ...scalarData(parsed.data),
          ...relationData(parsed.data),
          createdById: actor.user.id,
          updatedById: actor.user.id,
        },
        select: { id: true },
      });
      const after = await loadActivitySnapshot(tx, organisationId, created.id);
      await audit({ action: "CREATE", entityType: ENTITY, entityId: created.id, after });
      return { ok: true, id: created.id };
    });
  } catch (error) {
    return translateError(error, reference);
  }
}

async function conflictFor(tx: Prisma.TransactionClient, organisationId: string, id: string, fromVersion: number): Promise<ActivityResult> {
  const current = await tx.processingActivity.findFirst({ where: { id, organisationId }, select: { version: true } });
  if (!current) return NOT_FOUND;
  const conflict = await describeConflict(tx, { organisationId, entityType: ENTITY, entityId: id }, fromVersion, current.version);
  return failure("conflict", {
    conflict,
    formError: message("activityForm.errors.conflict", { name: conflict.changedBy }),
  });
}

export async function updateActivity(actor: Actor, id: string, raw: unknown): Promise<ActivityResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const organisationId = actor.organisation.id;
  let reference: string | undefined;
  try {
    return await writeAudited(actor, async (tx, audit): Promise<ActivityResult> => {
      const before = await loadActivitySnapshot(tx, organisationId, id);
      if (!before) return NOT_FOUND;
      const parsed = await parseFor(tx, organisationId, raw);
      if (!parsed.success) return invalid(parsed.error);
      const { version } = parsed.data;
      if (version === undefined) return failure("invalid", { formError: message("activityForm.errors.versionMissing") });
      reference = parsed.data.reference;
      // Versions only grow, so a save already stale here would fail below too:
      // answer at once rather than queue on the row lock behind the newer save.
      if (before.version !== version) return conflictFor(tx, organisationId, id, version);

      // Optimistic concurrency: the row changes only if nobody saved since the form was opened.
      const { count } = await tx.processingActivity.updateMany({
        where: { id, organisationId, version },
        data: { ...scalarData(parsed.data), updatedById: actor.user.id, version: { increment: 1 } },
      });
      if (count === 0) return conflictFor(tx, organisationId, id, version);

      await deleteRelations(tx, id);
      await tx.processingActivity.update({ where: { id }, data: relationData(parsed.data), select: { id: true } });
      const after = await loadActivitySnapshot(tx, organisationId, id);
      await audit({ action: "UPDATE", entityType: ENTITY, entityId: id, before, after });
      return { ok: true, id };
    });
  } catch (error) {
    return translateError(error, reference);
  }
}

/** A reference not yet used in the organisation: "WEB-01-copy", then "WEB-01-copy-2", … */
async function freeReference(tx: Prisma.TransactionClient, organisationId: string, reference: string) {
  const base = `${reference.slice(0, REFERENCE_MAX - 8)}-copy`;
  const taken = new Set(
    (await tx.processingActivity.findMany({ where: { organisationId, reference: { startsWith: base } }, select: { reference: true } })).map((a) => a.reference),
  );
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function relationsOf(snapshot: ActivitySnapshot): ActivityRelations {
  const party = (p: { id: string; note: string }) => ({ recipientId: p.id, note: p.note });
  return {
    purposes: snapshot.purposes.map((p) => ({ ...p, legalBasisIds: p.legalBases.map((b) => b.id) })),
    dataSubjectCategoryIds: snapshot.dataSubjects.map((s) => s.id),
    dataCategories: snapshot.dataCategories.map((c) => ({ dataCategoryId: c.id, details: c.details, retention: c.retention, art9ConditionId: c.art9Condition?.id ?? null })),
    jointControllers: snapshot.jointControllers.map(party),
    clientControllers: snapshot.clientControllers.map(party),
    recipients: snapshot.recipients.map(party),
    transfers: snapshot.transfers.map((t) => ({ ...t, recipientId: t.recipient?.id ?? null })),
    securityMeasureIds: snapshot.securityMeasures.map((m) => m.id),
  };
}

/** A draft copy of an activity with all its relations, under a new reference. */
export async function duplicateActivity(actor: Actor, id: string): Promise<ActivityResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const organisationId = actor.organisation.id;
  return writeAudited(actor, async (tx, audit): Promise<ActivityResult> => {
    const source = await loadActivitySnapshot(tx, organisationId, id);
    if (!source) return NOT_FOUND;
    const copy: ActivityInput = {
      ...source,
      ...relationsOf(source),
      reference: await freeReference(tx, organisationId, source.reference),
      name: `${source.name} (copy)`.slice(0, NAME_MAX),
      status: "DRAFT",
      hasTransfers: source.transfers.length > 0,
      // A copy has not been reviewed yet.
      lastReviewedOn: "",
      nextReviewOn: "",
      version: undefined,
    };
    const created = await tx.processingActivity.create({
      data: { organisationId, ...scalarData(copy), ...relationData(copy), createdById: actor.user.id, updatedById: actor.user.id },
      select: { id: true },
    });
    const after = await loadActivitySnapshot(tx, organisationId, created.id);
    await audit({
      action: "DUPLICATE",
      entityType: ENTITY,
      entityId: created.id,
      before: { duplicatedFrom: { id: source.id, reference: source.reference, name: source.name } },
      after,
    });
    return { ok: true, id: created.id };
  });
}

/** Marks an activity as no longer carried out; it stays in the register as retired. */
export async function retireActivity(actor: Actor, id: string, version: number): Promise<ActivityResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const organisationId = actor.organisation.id;
  return writeAudited(actor, async (tx, audit): Promise<ActivityResult> => {
    const before = await loadActivitySnapshot(tx, organisationId, id);
    if (!before) return NOT_FOUND;
    const { count } = await tx.processingActivity.updateMany({
      where: { id, organisationId, version },
      data: { status: "RETIRED", updatedById: actor.user.id, version: { increment: 1 } },
    });
    if (count === 0) return conflictFor(tx, organisationId, id, version);
    const after = await loadActivitySnapshot(tx, organisationId, id);
    await audit({ action: "RETIRE", entityType: ENTITY, entityId: id, before, after });
    return { ok: true, id };
  });
}

/** Deletes an activity; the audit event keeps its last state. */
export async function deleteActivity(actor: Actor, id: string): Promise<ActivityResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const organisationId = actor.organisation.id;
  return writeAudited(actor, async (tx, audit): Promise<ActivityResult> => {
    const before = await loadActivitySnapshot(tx, organisationId, id);
    if (!before) return NOT_FOUND;
    const { count } = await tx.processingActivity.deleteMany({ where: { id, organisationId } });
    if (count === 0) return NOT_FOUND;
    await audit({ action: "DELETE", entityType: ENTITY, entityId: id, before });
    return { ok: true, id };
  });
}
