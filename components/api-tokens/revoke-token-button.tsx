"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";

/** Revoking cannot be undone, so it asks once more, in place; Escape or Cancel go back. */
export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(revokeApiTokenAction, {});
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  function cancel() {
    setConfirming(false);
    requestAnimationFrame(() => startRef.current?.focus());
  }
  if (!confirming) {
    return (
      <Button ref={startRef} size="sm" onClick={() => setConfirming(true)}>
        Revoke<span className="sr-only"> the token {name}</span>
      </Button>
    );
  }
  return (
    <form action={action} onKeyDown={(event) => event.key === "Escape" && cancel()} className="flex flex-col items-end gap-1">
      <input type="hidden" name="tokenId" value={tokenId} />
      <p id={`revoke-${tokenId}-question`} className="text-xs text-slate-700">
        Revoke “{name}”? Systems using it stop working at once.
      </p>
      <div className="flex gap-2">
        <Button ref={confirmRef} type="submit" size="sm" variant="primary" disabled={pending} aria-describedby={`revoke-${tokenId}-question`}>
          {pending ? "Revoking…" : "Revoke token"}
        </Button>
        <Button size="sm" onClick={cancel} disabled={pending}>
          Cancel
        </Button>
      </div>
      {state.formError ? (
        <p role="alert" className="text-xs text-red-700">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
