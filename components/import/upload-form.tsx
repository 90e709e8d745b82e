"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { uploadRegisterAction, type UploadState } from "@/lib/import/actions";
import { MAX_ROWS, MAX_UPLOAD_BYTES } from "@/lib/import/limits";
import { message } from "@/lib/i18n/message";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

const ACCEPT = ".xlsx,.csv,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const MEGABYTES = MAX_UPLOAD_BYTES / 1024 / 1024;

export function UploadForm({ canRestore }: { canRestore: boolean }) {
  const t = useTranslations("registerImport.upload");
  const [state, action, pending] = useActionState<UploadState, FormData>(uploadRegisterAction, {});
  // Checked here too, so a huge file is refused before it is sent.
  const [tooLarge, setTooLarge] = useState(false);
  const error = tooLarge ? message("registerImport.errors.tooLarge", { megabytes: MEGABYTES }) : state.fieldErrors?.file;
  return (
    <form action={action} noValidate className="space-y-4">
      <Field
        id="import-file"
        label={t("label")}
        hint={t(canRestore ? "hintWithJson" : "hint", { megabytes: MEGABYTES, rows: MAX_ROWS })}
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
      {state.values?.fileName && error ? <p className="text-sm text-slate-600">{t("file", { name: state.values.fileName })}</p> : null}
      <Button type="submit" variant="primary" disabled={pending || tooLarge}>
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
