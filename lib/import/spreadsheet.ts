/**
 * The spreadsheet import (XLSX/CSV in the ICO layout), after the upload:
 * the preview, recomputed from the stored table against the catalogue as it
 * is now, and the confirmation, which writes every activity and every missing
 * catalogue entry in one transaction, or nothing at all.
 */
import "server-only";
import { Prisma, type Role } from "@prisma/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { db } from "@/lib/db";
import { hasRole } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import type { ActivityInput } from "@/lib/activities/schema";
import { buildPreview, isPlaceholder, type ImportCatalogue, type ImportPreview, type MissingEntry } from "./validate";
import { auditCreatedEntries, auditImportedActivities, createActivities } from "./write";
import { newId } from "@/lib/ids";
import type { StoredUpload } from "./store";

export type ImportActor = { user: { id: string; email: string }; organisation: { id: string }; role: Role };
type SpreadsheetUpload = Extract<StoredUpload, { format: "xlsx" | "csv" }>;

export type ApplyResult =
  | { ok: true; activities: number; catalogueEntries: number }
  | { ok: false; formError: string };

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

async function createMissing(tx: Prisma.TransactionClient, organisationId: string, actor: ImportActor["user"], missing: MissingEntry[]) {
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
  await auditCreatedEntries(tx, organisationId, actor, entityOf.dataCategory, categories);
  await auditCreatedEntries(tx, organisationId, actor, entityOf.dataSubjectCategory, subjects);
  await auditCreatedEntries(tx, organisationId, actor, entityOf.recipient, recipients);
  await auditCreatedEntries(tx, organisationId, actor, entityOf.securityMeasure, measures);
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

class Refused extends Error {}

/**
 * Imports the previewed rows. The preview is recomputed inside the
 * transaction, so an activity or entry someone created meanwhile is seen;
 * any row with an error, or missing entries without the user's consent to
 * create them, refuses the whole import.
 */
export async function applySpreadsheetImport(actor: ImportActor, upload: SpreadsheetUpload, options: { createMissing: boolean }): Promise<ApplyResult> {
  if (!hasRole(actor.role, "EDITOR")) throw new Error("Only editors can import processing activities.");
  const organisationId = actor.organisation.id;
  if (upload.organisationId !== organisationId || upload.userId !== actor.user.id) return { ok: false, formError: "This upload does not exist, or it has expired. Upload the file again." };
  try {
    return await db.$transaction(
      async (tx) => {
        const preview = buildPreview(upload.table, upload.headerRow, upload.mapping, await loadImportCatalogue(tx, organisationId));
        if (preview.mappingErrors.length) throw new Refused(preview.mappingErrors[0]);
        if (preview.errorRows > 0) {
          throw new Refused(`${preview.errorRows} ${preview.errorRows === 1 ? "row has" : "rows have"} errors. Correct them in the file and upload it again: nothing was imported.`);
        }
        if (preview.missing.length && !options.createMissing) {
          throw new Refused("Confirm that the missing catalogue entries may be created, or add them to the catalogue first.");
        }
        const ids = await createMissing(tx, organisationId, actor.user, preview.missing);
        const inputs = preview.rows.map((row) => ({ ...replacePlaceholders(row.input!, ids), createdById: actor.user.id, updatedById: actor.user.id }));
        const created = await createActivities(tx, organisationId, inputs);
        await auditImportedActivities(tx, organisationId, actor.user, created);
        await recordAudit(tx, {
          organisationId,
          actor: actor.user,
          action: "IMPORT",
          entityType: "Import",
          entityId: upload.id,
          after: { fileName: upload.fileName, format: upload.format, activities: created.length, catalogueEntries: preview.missing.length },
        });
        return { ok: true, activities: created.length, catalogueEntries: preview.missing.length } as const;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof Refused) return { ok: false, formError: error.message };
    if (isUniqueViolation(error)) {
      return { ok: false, formError: "Some of these activities or catalogue entries were created while you were looking at the preview (was the file imported already?). Nothing was imported; reload the preview." };
    }
    throw error;
  }
}
