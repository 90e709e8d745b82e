"use client";

import { useActionState, useState } from "react";
import { cancelImportAction, confirmImportAction, type ConfirmState } from "@/lib/import/actions";
import { Button } from "@/components/ui/button";

/** The last step: nothing is written before this button, and it is refused while any row has an error. */
export function ConfirmForm({
  uploadId,
  blocked,
  missingCount,
  label,
}: {
  uploadId: string;
  /** Why the import cannot be confirmed, or null. */
  blocked: string | null;
  missingCount: number;
  label: string;
}) {
  const [state, action, pending] = useActionState<ConfirmState, FormData>(confirmImportAction, {});
  const [createMissing, setCreateMissing] = useState(state.values?.createMissing ?? false);
  const needsConsent = missingCount > 0 && !createMissing;
  return (
    <div className="space-y-3">
      {state.formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.formError}
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
            <span>
              Create the {missingCount} missing catalogue {missingCount === 1 ? "entry" : "entries"} listed above
            </span>
          </label>
        ) : null}
        {blocked ? (
          <p id="confirm-blocked" className="text-sm text-red-800">
            {blocked}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="primary" disabled={pending || !!blocked || needsConsent} aria-describedby={blocked ? "confirm-blocked" : undefined}>
            {pending ? "Importing…" : label}
          </Button>
          <Button type="submit" formAction={cancelImportAction} formNoValidate>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}
