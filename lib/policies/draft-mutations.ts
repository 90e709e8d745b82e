/**
 * Creating policies and editing their drafts: plain functions taking the
 * member (from the guard) and the submitted input, so the server actions and
 * the integration tests run the same code. Each write and its audit event
 * share one transaction; a save names the version it started from.
 *
 * Editors may create policies and edit drafts: a draft is not public, and
 * the people who keep the records often write the explanatory text too.
 * Publishing, which makes a draft public, stays with the DPO and the owner.
 */
import { Prisma, type Role } from "@prisma/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { db } from "@/lib/db";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/forms/action-state";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { failure, type MutationResult } from "@/lib/mutations/result";
import { describeConflict } from "@/lib/records/versioning";
import { message } from "@/lib/i18n/message";
import { readPolicyLanguages, readPolicyTitles, stampTranslations } from "./policy-languages";
import { newPolicySchema, policyDraftSchema, readStoredSections, type PolicyDraftInput } from "./schema";
import type { PolicySectionSpec } from "./types";
import { organisationLanguages } from "@/lib/translations/languages";

export const POLICY_EDIT_ROLE: Role = "EDITOR";

/** A policy's id and its version after the write, or why not. */
export type DraftResult = MutationResult<{ id: string; version: number }>;

const ENTITY = "Policy";
const INVALID = message("policyEditor.errors.invalid");
const NOT_FOUND = failure("not-found", { formError: message("policyEditor.errors.notFound") });

const snapshotSelect = { id: true, slug: true, title: true, titles: true, languages: true, sections: true, version: true } satisfies Prisma.PolicySelect;

/** A policy is published only in languages its organisation keeps its records in (Settings). */
async function foreignLanguages(tx: Prisma.TransactionClient, organisationId: string, languages: readonly string[]): Promise<FieldErrors> {
  const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { defaultLanguage: true, languages: true } });
  const kept = organisationLanguages(organisation.defaultLanguage, organisation.languages);
  const foreign = languages.filter((language) => !(kept as string[]).includes(language));
  if (!foreign.length) return {};
  // One language is named in the reader's words; several by their codes.
  return { languages: message("policyEditor.errors.foreignLanguages", { languages: foreign.join(", ") }) };
}

/** Every activity id in the sections must belong to the actor's organisation. */
async function foreignActivities(tx: Prisma.TransactionClient, organisationId: string, sections: PolicySectionSpec[]): Promise<FieldErrors> {
  const ids = sections.flatMap((s) => (s.type === "activity" ? [s.activityId] : []));
  if (!ids.length) return {};
  const found = await tx.processingActivity.findMany({ where: { organisationId, id: { in: ids } }, select: { id: true } });
  const known = new Set(found.map((row) => row.id));
  const errors: FieldErrors = {};
  sections.forEach((s, index) => {
    if (s.type === "activity" && !known.has(s.activityId)) errors[`sections.${index}`] = message("policyEditor.errors.foreignActivity");
  });
  return errors;
}

export async function createPolicy(actor: Actor, raw: unknown): Promise<DraftResult> {
  const refused = refuseRole(actor, POLICY_EDIT_ROLE);
  if (refused) return refused;
  const parsed = newPolicySchema.safeParse(raw);
  if (!parsed.success) return failure("invalid", { formError: INVALID, fieldErrors: fieldErrorsFrom(parsed.error) });
  const { title, slug, languages, start } = parsed.data;
  const organisationId = actor.organisation.id;
  try {
    return await writeAudited(actor, async (tx, audit): Promise<DraftResult> => {
      const foreign = await foreignLanguages(tx, organisationId, languages);
      if (Object.keys(foreign).length) return failure("invalid", { formError: INVALID, fieldErrors: foreign });
      const active =
        start === "standard"
          ? await tx.processingActivity.findMany({ where: { organisationId, status: "ACTIVE" }, orderBy: { reference: "asc" }, select: { id: true } })
          : [];
      const sections: PolicySectionSpec[] = [{ type: "controller" }, ...active.map((a) => ({ type: "activity" as const, activityId: a.id })), { type: "rights" }];
      const created = await tx.policy.create({ data: { organisationId, title, slug, languages, sections }, select: snapshotSelect });
      await audit({ action: "CREATE", entityType: ENTITY, entityId: created.id, after: created });
      return { ok: true, id: created.id, version: created.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return failure("invalid", { formError: INVALID, fieldErrors: { slug: message("policyEditor.errors.slugTaken", { slug }) } });
    }
    throw error;
  }
}

/** Saves the draft (title and its translations, languages, sections) when the stored version is still `fromVersion`. */
export async function updatePolicyDraft(actor: Actor, id: string, fromVersion: number, raw: unknown): Promise<DraftResult> {
  const refused = refuseRole(actor, POLICY_EDIT_ROLE);
  if (refused) return refused;
  const parsed = policyDraftSchema.safeParse(raw);
  if (!parsed.success) return failure("invalid", { formError: INVALID, fieldErrors: fieldErrorsFrom(parsed.error) });
  const input: PolicyDraftInput = parsed.data;
  const organisationId = actor.organisation.id;
  if (!Number.isInteger(fromVersion) || fromVersion < 1) return failure("invalid", { formError: message("policyEditor.errors.noVersion") });

  return writeAudited(actor, async (tx, audit): Promise<DraftResult> => {
    const before = await tx.policy.findFirst({ where: { id, organisationId }, select: snapshotSelect });
    if (!before) return NOT_FOUND;
    const foreign = { ...(await foreignLanguages(tx, organisationId, input.languages)), ...(await foreignActivities(tx, organisationId, input.sections)) };
    if (Object.keys(foreign).length) return failure("invalid", { formError: INVALID, fieldErrors: foreign });

    const { count } = await tx.policy.updateMany({
      where: { id, organisationId, version: fromVersion },
      data: { title: input.title, titles: input.titles, languages: input.languages, sections: stampTranslations(input.sections), version: { increment: 1 } },
    });
    if (count === 0) {
      const conflict = await describeConflict(tx, { organisationId, entityType: ENTITY, entityId: id }, fromVersion, before.version);
      return failure("conflict", { formError: message("policyEditor.errors.conflict"), conflict });
    }
    const after = await tx.policy.findFirstOrThrow({ where: { id, organisationId }, select: snapshotSelect });
    await audit({ action: "UPDATE", entityType: ENTITY, entityId: id, before, after });
    return { ok: true, id, version: after.version };
  });
}

/** The draft as it is saved now, for reapplying the user's edits on top after a conflict. */
export async function currentDraft(organisationId: string, id: string) {
  const row = await db.policy.findFirst({ where: { id, organisationId }, select: { title: true, titles: true, languages: true, sections: true, version: true } });
  return row ? { ...row, titles: readPolicyTitles(row.titles), languages: readPolicyLanguages(row.languages), sections: readStoredSections(row.sections) } : null;
}
