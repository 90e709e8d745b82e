"use server";

import { keepFormOnOutage } from "@/lib/forms/database-outage-action";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireMemberForAction } from "@/lib/auth/guard";
import { refuseRole } from "@/lib/mutations/actor";
import type { ActionState } from "@/lib/forms/action-state";
import { findHeaderRow, sanitiseMapping, suggestMapping } from "./map";
import { parseUpload } from "./parse";
import { MAX_UPLOAD_BYTES } from "./limits";
import { deleteUpload, loadUpload, saveUpload, stagingRefusal, updateMapping } from "./store";
import { applySpreadsheetImport } from "./spreadsheet";
import { applyJsonImport } from "./json-restore";
import { formInput } from "@/lib/forms/action-input";
import { message } from "@/lib/i18n/message";

export type UploadState = ActionState<{ fileName: string }>;

const EXPIRED = message("registerImport.errors.expired");

export const uploadRegisterAction = keepFormOnOutage(async function uploadRegisterAction(_previous: UploadState, formData: FormData): Promise<UploadState> {
  formData = formInput(formData);
  const member = await requireMemberForAction("EDITOR");
  const file = formData.get("file");
  if (!(file instanceof File) || file.name === "") return { fieldErrors: { file: message("registerImport.errors.chooseFile") } };
  const values = { fileName: file.name.slice(0, 200) };
  if (file.size > MAX_UPLOAD_BYTES) return { values, fieldErrors: { file: message("registerImport.errors.tooLarge", { megabytes: MAX_UPLOAD_BYTES / 1024 / 1024 }) } };
  const owner = { organisationId: member.organisation.id, userId: member.user.id };
  const full = await stagingRefusal(owner);
  if (full) return { values, fieldErrors: { file: full } };
  const parsed = await parseUpload(file.name, Buffer.from(await file.arrayBuffer()));
  if (!parsed.ok) return { values, fieldErrors: { file: parsed.error } };
  let id: string;
  if (parsed.format === "json") {
    const refused = refuseRole(member, "DPO", message("registerImport.errors.restoreAskDpo"));
    if (refused) return { values, fieldErrors: { file: refused.formError! } };
    id = await saveUpload({ ...owner, fileName: values.fileName, format: "json", document: parsed.document });
  } else {
    const headerRow = findHeaderRow(parsed.table);
    if (headerRow === null) {
      return {
        values,
        fieldErrors: {
          file: message("registerImport.errors.noHeaderRow"),
        },
      };
    }
    const mapping = suggestMapping(parsed.table[headerRow]);
    id = await saveUpload({ ...owner, fileName: values.fileName, format: parsed.format, table: parsed.table, headerRow, mapping });
  }
  redirect(`/register/import/${id}`);
});

/** Saves the user's column mapping; the preview is recomputed from it. */
export async function saveMappingAction(formData: FormData): Promise<void> {
  formData = formInput(formData);
  const member = await requireMemberForAction("EDITOR");
  const id = String(formData.get("uploadId") ?? "");
  const owner = { organisationId: member.organisation.id, userId: member.user.id };
  const upload = await loadUpload(id, owner);
  if (upload && upload.format !== "json") {
    const headers = upload.table[upload.headerRow];
    const requested = headers.map((_, index) => {
      const value = formData.get(`column-${index}`);
      return typeof value === "string" && value !== "" ? value : null;
    });
    await updateMapping(id, owner, sanitiseMapping(headers, requested));
  }
  redirect(`/register/import/${id}`);
}

export type ConfirmState = ActionState<{ createMissing: boolean }>;

export const confirmImportAction = keepFormOnOutage(async function confirmImportAction(_previous: ConfirmState, formData: FormData): Promise<ConfirmState> {
  formData = formInput(formData);
  const member = await requireMemberForAction("EDITOR");
  const id = String(formData.get("uploadId") ?? "");
  const createMissing = formData.get("createMissing") === "on";
  const owner = { organisationId: member.organisation.id, userId: member.user.id };
  const upload = await loadUpload(id, owner);
  if (!upload) return { formError: EXPIRED };
  let summary: string;
  if (upload.format === "json") {
    const result = await applyJsonImport(member, upload.document);
    if (!result.ok) return { formError: result.formError, values: { createMissing } };
    summary = `activities=${result.activities}&restored=1`;
  } else {
    const result = await applySpreadsheetImport(member, upload, { createMissing });
    if (!result.ok) return { formError: result.formError, values: { createMissing } };
    summary = `activities=${result.activities}&entries=${result.catalogueEntries}`;
  }
  await deleteUpload(id, owner);
  revalidatePath("/", "layout");
  redirect(`/register/import?${summary}`);
});

export async function cancelImportAction(formData: FormData): Promise<void> {
  formData = formInput(formData);
  const member = await requireMemberForAction("EDITOR");
  await deleteUpload(String(formData.get("uploadId") ?? ""), { organisationId: member.organisation.id, userId: member.user.id });
  redirect("/register/import");
}
