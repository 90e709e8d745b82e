/**
 * Restoring a register from our own JSON export into the current
 * organisation. It recreates the catalogues, recipients and activities as
 * they were, so it only goes into an organisation that has no activities and
 * no recipients yet: merging two registers would have to decide, entry by
 * entry, which version wins, and a restore must not silently do that. The
 * organisation's default catalogues, unused in an empty organisation, are
 * replaced by the file's; the profile (Art. 30(1)(a) contacts) is taken from
 * the file except the organisation's short name, which stays its own.
 */
import "server-only";
import { Prisma } from "@prisma/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { db } from "@/lib/db";
import type { ActivityInput } from "@/lib/activities/schema";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { RollBack, writeAudited } from "@/lib/mutations/audited";
import { failure, type MutationResult } from "@/lib/mutations/result";
import { describeJsonProblems, registerJsonSchema, type RegisterJsonDocument } from "./json-schema";
import { auditCreatedEntries, auditImportedActivities, createActivities, inChunks } from "./write";
import { newId } from "@/lib/ids";
import { IMPORT_TIMEOUT } from "./limits";
import { message } from "@/lib/i18n/message";

export type JsonSummary = {
  legalName: string;
  exportedAt: string;
  filtered: boolean;
  counts: { legalBases: number; dataCategories: number; dataSubjectCategories: number; securityMeasures: number; recipients: number; activities: number };
  activities: { reference: string; name: string }[];
};

export type JsonCheck = { ok: true; document: RegisterJsonDocument; summary: JsonSummary } | { ok: false; problems: string[] };

/** The document's shape, then every reference inside it (a purpose's legal basis, a party's recipient…). */
function checkRegisterJson(raw: unknown, countryCodes: Set<string>): JsonCheck {
  const parsed = registerJsonSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: describeJsonProblems(parsed.error) };
  const doc = parsed.data;
  const problems: string[] = [];
  const unique = (what: "legalBasis" | "dataCategory" | "dataSubjectCategory" | "securityMeasure" | "recipient" | "reference", keys: string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) problems.push(message("registerImport.errors.jsonDuplicate", { what, key }));
      seen.add(key);
    }
    return seen;
  };
  const bases = unique("legalBasis", doc.catalogues.legalBases.map((b) => b.citation));
  const categories = unique("dataCategory", doc.catalogues.dataCategories.map((c) => c.name));
  const subjects = unique("dataSubjectCategory", doc.catalogues.dataSubjectCategories.map((c) => c.name));
  const measures = unique("securityMeasure", doc.catalogues.securityMeasures.map((m) => m.name));
  const recipients = unique("recipient", doc.recipients.map((r) => r.name));
  unique("reference", doc.activities.map((a) => a.reference));
  const country = (code: string | null, where: { recipient: string } | { activity: string }) => {
    if (!code || countryCodes.has(code)) return;
    problems.push(
      "recipient" in where
        ? message("registerImport.errors.jsonRecipientCountry", { name: where.recipient, code })
        : message("registerImport.errors.jsonActivityCountry", { reference: where.activity, code }),
    );
  };
  for (const recipient of doc.recipients) {
    country(recipient.countryCode, { recipient: recipient.name });
    if (recipient.parent && !recipients.has(recipient.parent)) problems.push(message("registerImport.errors.jsonParentMissing", { name: recipient.name, parent: recipient.parent }));
  }
  for (const activity of doc.activities) {
    const at = { activity: activity.reference };
    const need = (set: Set<string>, key: string | null, what: "legalBasis" | "dataSubjectCategory" | "dataCategory" | "recipient" | "securityMeasure") => {
      if (key !== null && !set.has(key)) problems.push(message("registerImport.errors.jsonNotInCatalogues", { reference: activity.reference, what, key }));
    };
    activity.purposes.forEach((p) => p.legalBases.forEach((b) => need(bases, b, "legalBasis")));
    activity.dataSubjectCategories.forEach((s) => need(subjects, s, "dataSubjectCategory"));
    activity.dataCategories.forEach((c) => (need(categories, c.dataCategory, "dataCategory"), need(bases, c.art9Condition, "legalBasis")));
    activity.parties.forEach((p) => need(recipients, p.recipient, "recipient"));
    activity.transfers.forEach((t) => (need(recipients, t.recipient, "recipient"), country(t.countryCode, at)));
    activity.securityMeasures.forEach((m) => need(measures, m, "securityMeasure"));
  }
  if (problems.length) return { ok: false, problems: problems.slice(0, 20) };
  return {
    ok: true,
    document: doc,
    summary: {
      legalName: doc.organisation.legalName,
      exportedAt: doc.exportedAt,
      filtered: !!(doc.filters.status || doc.filters.department),
      counts: {
        legalBases: doc.catalogues.legalBases.length,
        dataCategories: doc.catalogues.dataCategories.length,
        dataSubjectCategories: doc.catalogues.dataSubjectCategories.length,
        securityMeasures: doc.catalogues.securityMeasures.length,
        recipients: doc.recipients.length,
        activities: doc.activities.length,
      },
      activities: doc.activities.map((a) => ({ reference: a.reference, name: a.name })),
    },
  };
}

export const NOT_EMPTY = message("registerImport.errors.notEmpty");

async function isEmptyOrganisation(tx: Prisma.TransactionClient, organisationId: string): Promise<boolean> {
  const [activities, recipients] = await Promise.all([tx.processingActivity.count({ where: { organisationId } }), tx.recipient.count({ where: { organisationId } })]);
  return activities === 0 && recipients === 0;
}

async function countryCodes(tx: Prisma.TransactionClient = db): Promise<Set<string>> {
  return new Set((await tx.country.findMany({ select: { code: true } })).map((c) => c.code));
}

/** How many activities a restore created. */
export type RestoreResult = MutationResult<{ activities: number }>;

export async function applyJsonImport(actor: Actor, raw: unknown): Promise<RestoreResult> {
  // Restoring replaces the organisation's profile and catalogues: organisation settings are for the DPO.
  const refused = refuseRole(actor, "DPO", message("registerImport.errors.restoreDpoOnly"));
  if (refused) return refused;
  const organisationId = actor.organisation.id;
  try {
    return await writeAudited(
      actor,
      async (tx, audit): Promise<RestoreResult> => {
        const check = checkRegisterJson(raw, await countryCodes(tx));
        if (!check.ok) throw new RollBack(failure("invalid", { formError: check.problems[0] }));
        if (!(await isEmptyOrganisation(tx, organisationId))) throw new RollBack(failure("refused", { formError: NOT_EMPTY }));
        const doc = check.document;
        const where = { organisationId };
        await tx.legalBasis.deleteMany({ where });
        await tx.dataCategory.deleteMany({ where });
        await tx.dataSubjectCategory.deleteMany({ where });
        await tx.securityMeasure.deleteMany({ where });

        const before = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId } });
        // The short name stays the organisation's own: it is unique, and links use it.
        const profile: Partial<RegisterJsonDocument["organisation"]> = { ...doc.organisation };
        delete profile.slug;
        const after = await tx.organisation.update({ where: { id: organisationId }, data: { ...profile, version: { increment: 1 } } });
        await audit({ action: "IMPORT", entityType: "Organisation", entityId: organisationId, before, after });

        const withIds = <T>(rows: T[]) => rows.map((row) => ({ ...row, id: newId(), organisationId }));
        const bases = withIds(doc.catalogues.legalBases);
        const categories = withIds(doc.catalogues.dataCategories);
        const subjects = withIds(doc.catalogues.dataSubjectCategories);
        const measures = withIds(doc.catalogues.securityMeasures);
        await inChunks(bases, (data) => tx.legalBasis.createMany({ data }));
        await inChunks(categories, (data) => tx.dataCategory.createMany({ data }));
        await inChunks(subjects, (data) => tx.dataSubjectCategory.createMany({ data }));
        await inChunks(measures, (data) => tx.securityMeasure.createMany({ data }));
        await auditCreatedEntries(tx, actor, "LegalBasis", bases);
        await auditCreatedEntries(tx, actor, "DataCategory", categories);
        await auditCreatedEntries(tx, actor, "DataSubjectCategory", subjects);
        await auditCreatedEntries(tx, actor, "SecurityMeasure", measures);

        const recipientIds = new Map(doc.recipients.map((r) => [r.name, newId()]));
        const asDate = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);
        const recipients = doc.recipients.map(({ parent, dpaSignedOn, dpaNextReviewOn, ...r }) => ({
          ...r,
          id: recipientIds.get(r.name)!,
          organisationId,
          parentId: parent ? recipientIds.get(parent)! : null,
          dpaSignedOn: asDate(dpaSignedOn),
          dpaNextReviewOn: asDate(dpaNextReviewOn),
        }));
        // Processors before the sub-processors that name them, level by level.
        const written = new Set<string>();
        let pending = recipients;
        while (pending.length) {
          const ready = pending.filter((r) => !r.parentId || written.has(r.parentId));
          if (ready.length === 0) throw new RollBack(failure("invalid", { formError: message("registerImport.errors.jsonChainLoop") }));
          await inChunks(ready, (data) => tx.recipient.createMany({ data }));
          ready.forEach((r) => written.add(r.id));
          pending = pending.filter((r) => !written.has(r.id));
        }
        await auditCreatedEntries(tx, actor, "Recipient", recipients);

        const basis = new Map(bases.map((b) => [b.citation, b.id]));
        const byName = (rows: { id: string; name: string }[]) => new Map(rows.map((row) => [row.name, row.id]));
        const category = byName(categories);
        const subject = byName(subjects);
        const measure = byName(measures);
        const parties = (a: RegisterJsonDocument["activities"][number], role: string) =>
          a.parties.filter((p) => p.role === role).map((p) => ({ recipientId: recipientIds.get(p.recipient)!, note: p.note }));
        const inputs = doc.activities.map((a) => ({
          ...a,
          lastReviewedOn: a.lastReviewedOn ?? "",
          nextReviewOn: a.nextReviewOn ?? "",
          createdAt: new Date(a.createdAt),
          updatedAt: new Date(a.updatedAt),
          createdById: actor.user.id,
          updatedById: actor.user.id,
          purposes: a.purposes.map(({ legalBases, ...p }) => ({ ...p, legalBasisIds: legalBases.map((c) => basis.get(c)!) })),
          dataSubjectCategoryIds: a.dataSubjectCategories.map((s) => subject.get(s)!),
          dataCategories: a.dataCategories.map((c) => ({
            dataCategoryId: category.get(c.dataCategory)!,
            details: c.details,
            retention: c.retention,
            art9ConditionId: c.art9Condition ? basis.get(c.art9Condition)! : null,
          })),
          recipients: parties(a, "RECIPIENT"),
          jointControllers: parties(a, "JOINT_CONTROLLER"),
          clientControllers: parties(a, "CLIENT_CONTROLLER"),
          hasTransfers: a.transfers.length > 0,
          // "None" only where the list is empty, as the form allows it; a file saying both keeps its entries.
          recipientsNone: a.recipientsNone && !a.parties.some((p) => p.role === "RECIPIENT"),
          transfersNone: a.transfersNone && a.transfers.length === 0,
          securityMeasuresNone: a.securityMeasuresNone && a.securityMeasures.length === 0 && !a.securityDescription,
          specialCategoriesNone:
            a.specialCategoriesNone &&
            !a.dataCategories.some((c) => doc.catalogues.dataCategories.some((entry) => entry.name === c.dataCategory && (entry.special || entry.criminal))),
          transfers: a.transfers.map(({ recipient, ...t }) => ({ ...t, recipientId: recipient ? recipientIds.get(recipient)! : null })),
          securityMeasureIds: a.securityMeasures.map((m) => measure.get(m)!),
        })) satisfies (Omit<ActivityInput, "version"> & Record<string, unknown>)[];
        const created = await createActivities(tx, organisationId, inputs);
        await auditImportedActivities(tx, actor, created);
        return { ok: true, activities: created.length };
      },
      { timeout: IMPORT_TIMEOUT },
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      return failure("conflict", { formError: message("registerImport.errors.restoreConflict") });
    }
    throw error;
  }
}

/** What the preview of a JSON upload shows: the checked document, and whether the organisation can take it. */
export async function previewJsonImport(document: unknown, organisationId: string) {
  const [codes, empty] = await Promise.all([countryCodes(), isEmptyOrganisation(db, organisationId)]);
  return { check: checkRegisterJson(document, codes), empty };
}
