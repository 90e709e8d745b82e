"use client";

import { useActionState, useState } from "react";
import { uploadRegisterAction, type UploadState } from "@/lib/import/actions";
import { MAX_UPLOAD_BYTES } from "@/lib/import/limits";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

const ACCEPT = ".xlsx,.csv,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function UploadForm({ canRestore }: { canRestore: boolean }) {
  const [state, action, pending] = useActionState<UploadState, FormData>(uploadRegisterAction, {});
  // Checked here too, so a huge file is refused before it is sent.
  const [tooLarge, setTooLarge] = useState(false);
  const error = tooLarge ? `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Split the register into smaller files.` : state.fieldErrors?.file;
  return (
    <form action={action} noValidate className="space-y-4">
      <Field
        id="import-file"
        label="Register file"
        hint={
          <>
            An Excel workbook (.xlsx) or CSV file in the UK ICO register layout, up to {MAX_UPLOAD_BYTES / 1024 / 1024} MB and 10,000 rows
            {canRestore ? ", or a register exported from this application as JSON" : ""}. Nothing is saved before you have seen the preview and confirmed it.
          </>
        }
        error={error}
        required
      >
        {(aria) => (
          <input
            id="import-file"
            name="file"
            type="file"
            accept={ACCEPT}
            required
            onChange={(event) => setTooLarge((event.target.files?.[0]?.size ?? 0) > MAX_UPLOAD_BYTES)}
            className="block w-full max-w-xl text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
            {...aria}
          />
        )}
      </Field>
      {state.values?.fileName && error ? <p className="text-sm text-slate-600">File: {state.values.fileName}</p> : null}
      <Button type="submit" variant="primary" disabled={pending || tooLarge}>
        {pending ? "Reading the file…" : "Upload and preview"}
      </Button>
    </form>
  );
}
