import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { buildRegister, registerFileName, type Register } from "./build";
import { renderRegisterCsv } from "./csv";
import { renderRegisterJson } from "./json";
import { loadRegisterSource } from "./queries";
import type { RegisterFilters, RegisterSource } from "./source";
import { renderRegisterXlsx } from "./xlsx";

export const EXPORT_FORMATS = ["xlsx", "csv", "json", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportContentTypes: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  pdf: "application/pdf",
};

export type ExportActor = { user: { id: string; email: string }; organisation: { id: string } };
export type RegisterExport = { body: Buffer | string; fileName: string; contentType: string; activities: number };
export type PdfRenderer = (register: Register, organisation: RegisterSource["organisation"]) => Promise<Buffer>;

/**
 * One export of the organisation's register, recorded in the audit log
 * (Art. 30(4): what was handed over, and when, can matter later). Every role
 * may export; the caller has checked the membership. The PDF renderer is
 * passed in by the caller when one is available.
 */
export async function exportRegister(
  member: ExportActor,
  format: ExportFormat,
  filters: RegisterFilters,
  renderPdf?: PdfRenderer,
  now: Date = new Date(),
): Promise<RegisterExport | null> {
  if (format === "pdf" && !renderPdf) return null;
  const source = await loadRegisterSource(member.organisation.id, filters, now);
  if (!source) return null;
  // The JSON is written from the records themselves: it needs no built register.
  const register = format === "json" ? null : buildRegister(source);
  const body =
    register === null
      ? renderRegisterJson(source)
      : format === "csv"
        ? renderRegisterCsv(register)
        : format === "xlsx"
          ? await renderRegisterXlsx(register)
          : await renderPdf!(register, source.organisation);
  await db.$transaction((tx) =>
    recordAudit(tx, {
      organisationId: member.organisation.id,
      actor: member.user,
      action: "EXPORT",
      entityType: "Register",
      entityId: member.organisation.id,
      after: { format, activities: source.activities.length, filters },
    }),
  );
  const fileName = registerFileName({ organisation: source.organisation, generatedAt: source.generatedAt }, format);
  return { body, fileName, contentType: exportContentTypes[format], activities: source.activities.length };
}
