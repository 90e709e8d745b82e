"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { cancelImportAction, confirmImportAction, type ConfirmState } from "@/lib/import/actions";
import { Button } from "@/components/ui/button";
import { MessageText } from "@/components/ui/message-text";

/** The last step: nothing is written before this button, and it is refused while any row has an error. */
export function ConfirmForm({
  uploadId,
  blocked,
  missingCount,
  label,
}: {
  uploadId: string;
  /** Why the import cannot be confirmed (text or a message reference), or null. */
  blocked: string | null;
  missingCount: number;
  label: string;
}) {
  const t = useTranslations("registerImport.confirm");
  const [state, action, pending] = useActionState<ConfirmState, FormData>(confirmImportAction, {});
  const [createMissing, setCreateMissing] = useState(state.values?.createMissing ?? false);
  const needsConsent = missingCount > 0 && !createMissing;
  return (
    <div className="space-y-3">
      {state.formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <MessageText text={state.formError} />
        </p>
      ) : null}
      <form action={action} className="space-y-3">
        <input type="hidden" name="uploadId" value={uploadId} />
        {missingCount > 0 && !blocked ? (
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="createMissing"
              checked={createMissing}
              onChange={(event) => setCreateMissing(event.target.checked)}
              className="mt-0.5 size-4 rounded border-slate-400"
            />
            <span>{t("createMissing", { count: missingCount })}</span>
          </label>
        ) : null}
        {blocked ? (
          <p id="confirm-blocked" className="text-sm text-red-800">
            <MessageText text={blocked} />
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="primary" disabled={pending || !!blocked || needsConsent} aria-describedby={blocked ? "confirm-blocked" : undefined}>
            {pending ? t("pending") : label}
          </Button>
          <Button type="submit" formAction={cancelImportAction} formNoValidate>
            {t("cancel")}
          </Button>
        </div>
      </form>
    </div>
  );
}
