/**
 * Create, update and delete for recipients and processors, as plain functions
 * taking the signed-in member and the submitted input (the server actions call
 * them after the guard; integration tests call them directly).
 */
import type { Prisma } from "@prisma/client";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/forms/action-state";
import { toDateOrNull } from "@/lib/forms/field-rules";
import { recipientKindLabels } from "@/lib/labels";
import { describeConflict } from "@/lib/records/versioning";
import { replacementSchema } from "@/lib/catalogues/schema";
import { versionSchema } from "@/lib/forms/field-rules";
import { isUniqueViolation } from "@/lib/db-errors";
import { replaceEverywhere } from "@/lib/catalogues/replace";
import { countUses, findUses, type Uses } from "@/lib/catalogues/usage";
import { message } from "@/lib/i18n/message";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { echo, failure, type MutationResult } from "@/lib/mutations/result";
import { isProcessorKind, recipientSchema, type RecipientInput } from "./schema";
import { recipientFields } from "./fields";

const ENTITY = "Recipient";
const DUPLICATE_NAME = "A recipient with this name exists already: choose another name, or open the existing one.";
// A chain deeper than this is not a real supply chain but a loop in old data.
const MAX_CHAIN = 50;

const snapshotSelect = {
  ...recipientFields,
  version: true,
} as const;

function toData(input: RecipientInput) {
  return {
    ...input,
    countryCode: input.countryCode || null,
    parentId: input.parentId || null,
    dpaSignedOn: toDateOrNull(input.dpaSignedOn),
    dpaNextReviewOn: toDateOrNull(input.dpaNextReviewOn),
  };
}

/** A recipient change: the recipient's id, or why not; a refused deletion says where it is in use. */
export type RecipientResult = MutationResult<{ id: string }, { uses?: Uses }>;

const notFound = failure("not-found", { formError: message("recipients.errors.notFound") });

/**
 * The checks that need the database: the country exists; the parent is a
 * processor or sub-processor of the same organisation (Art. 28(2), (4)); the
 * chain has no loop; a recipient with sub-processors stays a processor.
 */
async function relationErrors(tx: Prisma.TransactionClient, organisationId: string, input: RecipientInput, id?: string): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (input.countryCode && !(await tx.country.findUnique({ where: { code: input.countryCode }, select: { code: true } }))) {
    errors.countryCode = "Choose a country from the list.";
  }
  if (input.parentId) {
    const parent = await tx.recipient.findFirst({ where: { id: input.parentId, organisationId }, select: { id: true, name: true, kind: true, parentId: true } });
    if (!parent) {
      errors.parentId = "Choose the engaging processor from the list of this organisation's processors.";
    } else if (!isProcessorKind(parent.kind)) {
      errors.parentId = `${parent.name} is recorded as “${recipientKindLabels[parent.kind]}”: only a processor or sub-processor engages sub-processors.`;
    } else if (id && (parent.id === id || (await chainReaches(tx, organisationId, parent.parentId, id)))) {
      errors.parentId = `${parent.name} is itself engaged through this recipient: choosing it would make the chain go round in a circle.`;
    }
  }
  if (id && !isProcessorKind(input.kind)) {
    const children = await tx.recipient.findMany({ where: { parentId: id, organisationId }, select: { name: true }, orderBy: { name: "asc" } });
    if (children.length) {
      errors.kind = `It has sub-processors (${children.map((child) => child.name).join(", ")}): it must stay a processor or sub-processor until they are moved.`;
    }
  }
  return errors;
}

/** Whether walking up the chain from `start` reaches `target`. */
async function chainReaches(tx: Prisma.TransactionClient, organisationId: string, start: string | null, target: string): Promise<boolean> {
  let current = start;
  for (let step = 0; current && step < MAX_CHAIN; step++) {
    if (current === target) return true;
    const next: { parentId: string | null } | null = await tx.recipient.findFirst({ where: { id: current, organisationId }, select: { parentId: true } });
    current = next?.parentId ?? null;
  }
  return current !== null;
}

export async function createRecipient(actor: Actor, input: unknown): Promise<RecipientResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const parsed = recipientSchema.safeParse(input);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsFrom(parsed.error), values: echo(input) });
  const organisationId = actor.organisation.id;
  try {
    return await writeAudited(actor, async (tx, audit): Promise<RecipientResult> => {
      const errors = await relationErrors(tx, organisationId, parsed.data);
      if (Object.keys(errors).length) return failure("invalid", { fieldErrors: errors, values: echo(input) });
      const row = await tx.recipient.create({ data: { ...toData(parsed.data), organisationId }, select: snapshotSelect });
      await audit({ action: "CREATE", entityType: ENTITY, entityId: row.id, after: row });
      return { ok: true, id: row.id, message: message("recipients.errors.added", { name: row.name }) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return failure("invalid", { fieldErrors: { name: DUPLICATE_NAME }, values: echo(input) });
    throw error;
  }
}

export async function updateRecipient(actor: Actor, id: string, input: unknown): Promise<RecipientResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const parsed = recipientSchema.safeParse(input);
  const version = versionSchema.safeParse(input);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsFrom(parsed.error), values: echo(input) });
  if (!version.success) return failure("invalid", { formError: version.error.issues[0].message, values: echo(input) });
  const organisationId = actor.organisation.id;
  try {
    return await writeAudited(actor, async (tx, audit): Promise<RecipientResult> => {
      const before = await tx.recipient.findFirst({ where: { id, organisationId }, select: snapshotSelect });
      if (!before) return notFound;
      const errors = await relationErrors(tx, organisationId, parsed.data, id);
      if (Object.keys(errors).length) return failure("invalid", { fieldErrors: errors, values: echo(input) });
      const { count } = await tx.recipient.updateMany({
        where: { id, organisationId, version: version.data.version },
        data: { ...toData(parsed.data), version: { increment: 1 } },
      });
      if (count === 0) {
        const conflict = await describeConflict(tx, { organisationId, entityType: ENTITY, entityId: id }, version.data.version, before.version);
        return failure("conflict", { conflict, values: echo(input) });
      }
      const after = await tx.recipient.findFirstOrThrow({ where: { id, organisationId }, select: snapshotSelect });
      await audit({ action: "UPDATE", entityType: ENTITY, entityId: id, before, after });
      return { ok: true, id, message: message("recipients.errors.saved", { name: after.name }) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return failure("invalid", { fieldErrors: { name: DUPLICATE_NAME }, values: echo(input) });
    throw error;
  }
}

/**
 * Deletes a recipient (DPO and owner only). One in use by activities,
 * transfers or sub-processors is refused with the list, unless a replacement
 * is named: then every use moves to it and the recipient goes, in one transaction.
 */
export async function deleteRecipient(actor: Actor, id: string, input: unknown): Promise<RecipientResult> {
  const refused = refuseRole(actor, "DPO");
  if (refused) return refused;
  const parsed = replacementSchema.safeParse(input);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsFrom(parsed.error), values: echo(input) });
  const { replacementId } = parsed.data;
  const organisationId = actor.organisation.id;
  return writeAudited(actor, async (tx, audit): Promise<RecipientResult> => {
    const before = await tx.recipient.findFirst({ where: { id, organisationId }, select: snapshotSelect });
    if (!before) return notFound;
    const uses = await findUses(tx, organisationId, "recipients", id);
    if (countUses(uses) > 0) {
      if (!replacementId) {
        return failure("refused", { uses, values: echo(input), formError: message("recipients.errors.inUse", { name: before.name }) });
      }
      const replacement = await tx.recipient.findFirst({ where: { id: replacementId, organisationId }, select: { id: true, name: true, kind: true } });
      if (!replacement || replacement.id === id) {
        return failure("invalid", { uses, values: echo(input), fieldErrors: { replacementId: message("recipients.errors.replacement") } });
      }
      if (uses.subProcessors.length) {
        // The sub-processors move to the replacement: it must be able to engage them, outside their own chain.
        if (!isProcessorKind(replacement.kind)) {
          return failure("invalid", { uses, values: echo(input), fieldErrors: { replacementId: message("recipients.errors.takeOverSubProcessors", { name: before.name }) } });
        }
        if (await chainReaches(tx, organisationId, replacement.id, id)) {
          return failure("invalid", { uses, values: echo(input), fieldErrors: { replacementId: message("recipients.errors.outsideChain", { name: before.name, replacement: replacement.name }) } });
        }
      }
      await replaceEverywhere(tx, actor, audit, "recipients", id, replacement.id);
    }
    await tx.recipient.delete({ where: { id } });
    await audit({ action: "DELETE", entityType: ENTITY, entityId: id, before });
    return { ok: true, id, message: message("recipients.errors.deleted", { name: before.name }) };
  });
}
