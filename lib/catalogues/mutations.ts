/**
 * Create, update and delete for the four catalogues. Plain functions taking
 * the signed-in member and the submitted input, so the server actions call
 * them after the guard and integration tests call them directly. Each change
 * and its audit event are one transaction; an update applies only to the
 * version the form was opened at.
 */
import type { Prisma } from "@prisma/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { echo, failure, type MutationResult } from "@/lib/mutations/result";
import { describeConflict } from "@/lib/records/versioning";
import { replaceEverywhere } from "./replace";
import { versionSchema } from "@/lib/forms/field-rules";
import { message } from "@/lib/i18n/message";
import { catalogueKeys, catalogueSchemas, replacementSchema, type CatalogueType } from "./schema";
import { countUses, findUses, type UsableType, type Uses } from "./usage";

/**
 * A catalogue change: the entry's id, or why not. A deletion refused for the
 * entry's state rather than the actor's role says so: `uses` lists where it is
 * in use, `builtIn` marks a provision of the GDPR itself.
 */
export type CatalogueResult = MutationResult<{ id: string }, { uses?: Uses; builtIn?: true }>;

export const entityTypes: Record<CatalogueType, string> = {
  "legal-bases": "LegalBasis",
  "data-categories": "DataCategory",
  "data-subjects": "DataSubjectCategory",
  "security-measures": "SecurityMeasure",
};

// What must be unique per organisation, and the field the message belongs to.
const uniqueField: Record<CatalogueType, "name" | "citation"> = {
  "legal-bases": "citation",
  "data-categories": "name",
  "data-subjects": "name",
  "security-measures": "name",
};

function uniqueMessage(type: CatalogueType): string {
  return message(`catalogues.errors.${catalogueKeys[type]}.unique`);
}

const snapshotSelect = {
  "legal-bases": { id: true, article: true, letter: true, name: true, citation: true, description: true, builtIn: true, version: true },
  "data-categories": { id: true, name: true, description: true, special: true, criminal: true, defaultRetention: true, version: true },
  "data-subjects": { id: true, name: true, description: true, version: true },
  "security-measures": { id: true, group: true, name: true, description: true, version: true },
} as const;

type Snapshot = { id: string; version: number; name: string; builtIn?: boolean } & Record<string, unknown>;

// The four Prisma delegates share this much; their generated types are not
// mutually assignable, so they are reached through this narrow view.
type CatalogueDelegate = {
  findFirst(args: { where: { id: string; organisationId: string }; select: object }): Promise<Snapshot | null>;
  create(args: { data: object; select: object }): Promise<Snapshot>;
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
  delete(args: { where: { id: string } }): Promise<unknown>;
};

function delegate(tx: Prisma.TransactionClient, type: CatalogueType): CatalogueDelegate {
  const delegates = {
    "legal-bases": tx.legalBasis,
    "data-categories": tx.dataCategory,
    "data-subjects": tx.dataSubjectCategory,
    "security-measures": tx.securityMeasure,
  };
  return delegates[type] as unknown as CatalogueDelegate;
}

function notFound(type: CatalogueType): CatalogueResult {
  return failure("not-found", { formError: message(`catalogues.errors.${catalogueKeys[type]}.notFound`) });
}

export async function createCatalogueEntry(actor: Actor, type: CatalogueType, input: unknown): Promise<CatalogueResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const parsed = catalogueSchemas[type].safeParse(input);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsFrom(parsed.error), values: echo(input) });
  const organisationId = actor.organisation.id;
  // New legal bases are always national ones: the GDPR's own are built in (Art. 6(1), 9(2), 10).
  const data = type === "legal-bases" ? { ...parsed.data, article: "NATIONAL", letter: "", builtIn: false } : parsed.data;
  try {
    const created = await writeAudited(actor, async (tx, audit) => {
      const row = await delegate(tx, type).create({ data: { ...data, organisationId }, select: snapshotSelect[type] });
      await audit({ action: "CREATE", entityType: entityTypes[type], entityId: row.id, after: row });
      return row;
    });
    return { ok: true, id: created.id, message: message("catalogues.errors.added", { name: created.name }) };
  } catch (error) {
    if (isUniqueViolation(error)) return failure("invalid", { fieldErrors: { [uniqueField[type]]: uniqueMessage(type) }, values: echo(input) });
    throw error;
  }
}

export async function updateCatalogueEntry(actor: Actor, type: CatalogueType, id: string, input: unknown): Promise<CatalogueResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const parsed = catalogueSchemas[type].safeParse(input);
  const version = versionSchema.safeParse(input);
  if (!parsed.success || !version.success) {
    const fieldErrors = { ...(parsed.success ? {} : fieldErrorsFrom(parsed.error)), ...(version.success ? {} : { _form: version.error.issues[0].message }) };
    const { _form: formError, ...rest } = fieldErrors;
    return failure("invalid", { fieldErrors: rest, formError, values: echo(input) });
  }
  const organisationId = actor.organisation.id;
  try {
    return await writeAudited(actor, async (tx, audit): Promise<CatalogueResult> => {
      const records = delegate(tx, type);
      const before = await records.findFirst({ where: { id, organisationId }, select: snapshotSelect[type] });
      if (!before) return notFound(type);
      // Built-in legal bases keep the law's name and citation; the description is the organisation's.
      const data = before.builtIn ? { description: (parsed.data as { description: string }).description } : parsed.data;
      const { count } = await records.updateMany({
        where: { id, organisationId, version: version.data.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) {
        const conflict = await describeConflict(tx, { organisationId, entityType: entityTypes[type], entityId: id }, version.data.version, before.version);
        return failure("conflict", { conflict, values: echo(input) });
      }
      const after = await records.findFirst({ where: { id, organisationId }, select: snapshotSelect[type] });
      await audit({ action: "UPDATE", entityType: entityTypes[type], entityId: id, before, after });
      return { ok: true, id, message: message("catalogues.errors.saved", { name: after!.name }) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return failure("invalid", { fieldErrors: { [uniqueField[type]]: uniqueMessage(type) }, values: echo(input) });
    throw error;
  }
}

/**
 * Deletes an entry (DPO and owner only). An entry in use is refused with the
 * list of uses, unless a replacement is named: then every use moves to it and
 * the entry goes, in one transaction. With `expectedVersion` (the API's
 * If-Match) an entry changed since that version is not deleted: a conflict.
 */
export async function deleteCatalogueEntry(actor: Actor, type: CatalogueType, id: string, input: unknown, expectedVersion?: number): Promise<CatalogueResult> {
  const refused = refuseRole(actor, "DPO");
  if (refused) return refused;
  const parsed = replacementSchema.safeParse(input);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsFrom(parsed.error), values: echo(input) });
  const { replacementId } = parsed.data;
  const organisationId = actor.organisation.id;
  return writeAudited(actor, async (tx, audit): Promise<CatalogueResult> => {
    const records = delegate(tx, type);
    const before = await records.findFirst({ where: { id, organisationId }, select: snapshotSelect[type] });
    if (!before) return notFound(type);
    if (expectedVersion !== undefined && before.version !== expectedVersion) {
      const conflict = await describeConflict(tx, { organisationId, entityType: entityTypes[type], entityId: id }, expectedVersion, before.version);
      return failure("conflict", { conflict, values: echo(input) });
    }
    if (before.builtIn) {
      return failure("refused", { builtIn: true, formError: message("catalogues.errors.builtIn", { citation: String(before.citation) }) });
    }
    const uses = await findUses(tx, organisationId, type, id);
    if (countUses(uses) > 0) {
      if (!replacementId) {
        return failure("refused", { uses, values: echo(input), formError: message(`catalogues.errors.${catalogueKeys[type]}.inUse`, { name: before.name }) });
      }
      const replacement = await records.findFirst({ where: { id: replacementId, organisationId }, select: snapshotSelect[type] });
      if (!replacement || replacement.id === id) {
        return failure("invalid", { uses, values: echo(input), fieldErrors: { replacementId: message(`catalogues.errors.${catalogueKeys[type]}.replacement`) } });
      }
      await replaceEverywhere(tx, actor, audit, type, id, replacement.id);
    }
    await records.delete({ where: { id } });
    await audit({ action: "DELETE", entityType: entityTypes[type], entityId: id, before });
    return { ok: true, id, message: message("catalogues.errors.deleted", { name: before.name }) };
  });
}

export type { UsableType };
