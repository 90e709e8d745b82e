/**
 * The spreadsheet import (XLSX/CSV in the ICO layout), after the upload:
 * the preview, recomputed from the stored table against the catalogue as it
 * is now, and the confirmation, which writes every activity and every missing
 * catalogue entry in one transaction, or nothing at all.
 */
import "server-only";
import { Prisma } from "@prisma/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { db } from "@/lib/db";
import type { ActivityInput } from "@/lib/activities/schema";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { RollBack, writeAudited } from "@/lib/mutations/audited";
import { failure, type MutationResult } from "@/lib/mutations/result";
import { buildPreview, isPlaceholder, type ImportCatalogue, type ImportPreview, type MissingEntry } from "./validate";
import { auditCreatedEntries, auditImportedActivities, createActivities } from "./write";
import { newId } from "@/lib/ids";
import { IMPORT_TIMEOUT } from "./limits";
import type { StoredUpload } from "./store";
import { message } from "@/lib/i18n/message";

type SpreadsheetUpload = Extract<StoredUpload, { format: "xlsx" | "csv" }>;

/** How many activities and catalogue entries an import created. */
export type ApplyResult = MutationResult<{ activities: number; catalogueEntries: number }>;

export async function loadImportCatalogue(tx: Prisma.TransactionClient, organisationId: string): Promise<ImportCatalogue> {
  const where = { organisationId };
  const [legalBases, dataCategories, dataSubjectCategories, recipients, securityMeasures, countries, references] = await Promise.all([
    tx.legalBasis.findMany({ where, select: { id: true, article: true, letter: true, name: true, citation: true }, orderBy: [{ article: "asc" }, { letter: "asc" }] }),
    tx.dataCategory.findMany({ where, select: { id: true, name: true, special: true, criminal: true } }),
    tx.dataSubjectCategory.findMany({ where, select: { id: true, name: true } }),
    tx.recipient.findMany({ where, select: { id: true, name: true, kind: true } }),
    tx.securityMeasure.findMany({ where, select: { id: true, name: true } }),
    tx.country.findMany({ select: { code: true, name: true, eea: true, adequacy: true } }),
    tx.processingActivity.findMany({ where, select: { reference: true } }),
  ]);
  return { legalBases, dataCategories, dataSubjectCategories, recipients, securityMeasures, countries, existingReferences: references.map((r) => r.reference) };
}

export async function previewSpreadsheet(upload: SpreadsheetUpload, organisationId: string): Promise<ImportPreview> {
  return buildPreview(upload.table, upload.headerRow, upload.mapping, await loadImportCatalogue(db, organisationId));
}

const entityOf: Record<MissingEntry["type"], string> = {
  dataCategory: "DataCategory",
  dataSubjectCategory: "DataSubjectCategory",
  recipient: "Recipient",
  securityMeasure: "SecurityMeasure",
};

async function createMissing(tx: Prisma.TransactionClient, actor: Actor, missing: MissingEntry[]) {
  const organisationId = actor.organisation.id;
  const ids = new Map<string, string>();
  const rows = (type: MissingEntry["type"]) =>
    missing
      .filter((entry) => entry.type === type)
      .map((entry) => {
        const id = newId();
        ids.set(entry.placeholderId, id);
        return { entry, id };
      });
  const categories = rows("dataCategory").map(({ entry, id }) => ({ id, organisationId, name: entry.name }));
  const subjects = rows("dataSubjectCategory").map(({ entry, id }) => ({ id, organisationId, name: entry.name }));
  const recipients = rows("recipient").map(({ entry, id }) => ({ id, organisationId, name: entry.name, kind: entry.kind ?? "CONTROLLER", countryCode: entry.countryCode ?? null }));
  // A measure named only in a spreadsheet is filed under "other"; the DPO regroups it in the catalogue.
  const measures = rows("securityMeasure").map(({ entry, id }) => ({ id, organisationId, name: entry.name, group: "OTHER" as const }));
  await tx.dataCategory.createMany({ data: categories });
  await tx.dataSubjectCategory.createMany({ data: subjects });
  await tx.recipient.createMany({ data: recipients });
  await tx.securityMeasure.createMany({ data: measures });
  await auditCreatedEntries(tx, actor, entityOf.dataCategory, categories);
  await auditCreatedEntries(tx, actor, entityOf.dataSubjectCategory, subjects);
  await auditCreatedEntries(tx, actor, entityOf.recipient, recipients);
  await auditCreatedEntries(tx, actor, entityOf.securityMeasure, measures);
  return ids;
}

function replacePlaceholders(input: ActivityInput, ids: Map<string, string>): ActivityInput {
  const real = (id: string) => (isPlaceholder(id) ? ids.get(id)! : id);
  return {
    ...input,
    dataSubjectCategoryIds: input.dataSubjectCategoryIds.map(real),
    dataCategories: input.dataCategories.map((row) => ({ ...row, dataCategoryId: real(row.dataCategoryId) })),
    recipients: input.recipients.map((row) => ({ ...row, recipientId: real(row.recipientId) })),
    jointControllers: input.jointControllers.map((row) => ({ ...row, recipientId: real(row.recipientId) })),
    securityMeasureIds: input.securityMeasureIds.map(real),
    transfers: input.transfers.map((transfer) => ({ ...transfer, recipientId: transfer.recipientId ? real(transfer.recipientId) : null })),
  };
}

/**
 * Imports the previewed rows. The preview is recomputed inside the
 * transaction, so an activity or entry someone created meanwhile is seen;
 * any row with an error, or missing entries without the user's consent to
 * create them, refuses the whole import.
 */
export async function applySpreadsheetImport(actor: Actor, upload: SpreadsheetUpload, options: { createMissing: boolean }): Promise<ApplyResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const organisationId = actor.organisation.id;
  if (upload.organisationId !== organisationId || upload.userId !== actor.user.id) {
    return failure("not-found", { formError: message("registerImport.errors.uploadNotFound") });
  }
  const invalid = (formError: string) => new RollBack(failure("invalid", { formError }));
  try {
    return await writeAudited(
      actor,
      async (tx, audit): Promise<ApplyResult> => {
        const preview = buildPreview(upload.table, upload.headerRow, upload.mapping, await loadImportCatalogue(tx, organisationId));
        if (preview.mappingErrors.length) throw invalid(preview.mappingErrors[0]);
        if (preview.errorRows > 0) {
          throw invalid(message("registerImport.errors.rowsHaveErrors", { count: preview.errorRows }));
        }
        if (preview.missing.length && !options.createMissing) {
          throw invalid(message("registerImport.errors.confirmMissing"));
        }
        const ids = await createMissing(tx, actor, preview.missing);
        const inputs = preview.rows.map((row) => ({ ...replacePlaceholders(row.input!, ids), createdById: actor.user.id, updatedById: actor.user.id }));
        const created = await createActivities(tx, organisationId, inputs);
        await auditImportedActivities(tx, actor, created);
        await audit({
          action: "IMPORT",
          entityType: "Import",
          entityId: upload.id,
          after: { fileName: upload.fileName, format: upload.format, activities: created.length, catalogueEntries: preview.missing.length },
        });
        return { ok: true, activities: created.length, catalogueEntries: preview.missing.length };
      },
      { timeout: IMPORT_TIMEOUT },
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      return failure("conflict", {
        formError: message("registerImport.errors.importConflict"),
      });
    }
    throw error;
  }
}
