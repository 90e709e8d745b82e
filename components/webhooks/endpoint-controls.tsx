"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteWebhookEndpointAction, rotateWebhookSecretAction, sendTestWebhookAction, type EndpointFormState } from "@/lib/webhooks/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";
import { MessageText } from "@/components/ui/message-text";
import { SecretNotice } from "./secret-notice";

function Message({ state }: { state: ActionState }) {
  if (state.formError) return <p role="alert" className="text-sm text-red-700"><MessageText text={state.formError} /></p>;
  if (state.ok && state.message) return <p role="status" className="text-sm text-emerald-800"><MessageText text={state.message} /></p>;
  return null;
}

/** Send a test event, rotate the signing secret, delete the endpoint. */
export function EndpointControls({ endpointId }: { endpointId: string }) {
  const t = useTranslations("webhooks.controls");
  const [testState, testAction, testing] = useActionState<ActionState, FormData>(sendTestWebhookAction, {});
  const [rotateState, rotateAction, rotating] = useActionState<EndpointFormState, FormData>(rotateWebhookSecretAction, {});
  const [deleteState, deleteAction, deleting] = useActionState<ActionState, FormData>(deleteWebhookEndpointAction, {});
  return (
    <div className="space-y-4">
      <form action={testAction} className="space-y-1">
        <input type="hidden" name="endpointId" value={endpointId} />
        <Button type="submit" variant="primary" disabled={testing}>{testing ? t("sending") : t("sendTest")}</Button>
        <Message state={testState} />
      </form>
      <form action={rotateAction} className="space-y-2">
        <input type="hidden" name="endpointId" value={endpointId} />
        <Button type="submit" disabled={rotating}>{rotating ? t("rotating") : t("rotate")}</Button>
        {rotateState.secret ? <SecretNotice secret={rotateState.secret} title={t("newSecret")} /> : <Message state={rotateState} />}
      </form>
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-800 focus-visible:outline-2 focus-visible:outline-blue-700">{t("deleteSummary")}</summary>
        <form action={deleteAction} className="mt-2 space-y-1">
          <input type="hidden" name="endpointId" value={endpointId} />
          <p className="text-sm text-slate-700">{t("deleteText")}</p>
          <Button type="submit" disabled={deleting}>{deleting ? t("deleting") : t("delete")}</Button>
          <Message state={deleteState} />
        </form>
      </details>
    </div>
  );
}
