"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";
import { MessageText } from "@/components/ui/message-text";

/** Revoking cannot be undone, so it asks once more, in place; Escape or Cancel go back. */
export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations("apiTokens.revoke");
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
        {t("revoke")}<span className="sr-only">{t("theToken", { name })}</span>
      </Button>
    );
  }
  return (
    <form action={action} onKeyDown={(event) => event.key === "Escape" && cancel()} className="flex flex-col items-end gap-1">
      <input type="hidden" name="tokenId" value={tokenId} />
      <p id={`revoke-${tokenId}-question`} className="text-xs text-slate-700">
        {t("question", { name })}
      </p>
      <div className="flex gap-2">
        <Button ref={confirmRef} type="submit" size="sm" variant="primary" disabled={pending} aria-describedby={`revoke-${tokenId}-question`}>
          {pending ? t("revoking") : t("revokeToken")}
        </Button>
        <Button size="sm" onClick={cancel} disabled={pending}>
          {t("cancel")}
        </Button>
      </div>
      {state.formError ? (
        <p role="alert" className="text-xs text-red-700">
          <MessageText text={state.formError} />
        </p>
      ) : null}
    </form>
  );
}
