"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createWebhookEndpointAction, updateWebhookEndpointAction, type EndpointFormState, type EndpointFormValues } from "@/lib/webhooks/actions";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MessageText } from "@/components/ui/message-text";
import { SecretNotice } from "./secret-notice";

type Props = { initial?: EndpointFormValues & { id: string; version: number } };

const EMPTY: EndpointFormValues = { url: "", description: "", events: [], enabled: true };

/** Registers an endpoint, or (with `initial`) changes one. */
export function EndpointForm({ initial }: Props) {
  const t = useTranslations("webhooks");
  const [state, action, pending] = useActionState<EndpointFormState, FormData>(initial ? updateWebhookEndpointAction : createWebhookEndpointAction, {});
  const values = state.values ?? initial ?? EMPTY;
  const errors = state.fieldErrors ?? {};
  // Re-seeds the uncontrolled fields from each answer, so refused input stays where it was typed.
  const seed = JSON.stringify([values, state.secret ?? ""]);
  const prefix = initial ? "edit-endpoint" : "new-endpoint";
  return (
    <div className="space-y-4">
      {state.secret ? <SecretNotice secret={state.secret} title={t("form.registered")} /> : null}
      {state.ok && !state.secret && state.message ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"><MessageText text={state.message} /></p>
      ) : null}
      <form action={action} noValidate className="space-y-4" key={seed}>
        {state.formError ? (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"><MessageText text={state.formError} /></p>
        ) : null}
        {initial ? (
          <>
            <input type="hidden" name="endpointId" value={initial.id} />
            <input type="hidden" name="version" value={initial.version} />
          </>
        ) : null}
        <Field id={`${prefix}-url`} label={t("form.url")} hint={t("form.urlHint")} error={errors.url} required>
          {(aria) => <Input id={`${prefix}-url`} name="url" type="url" inputMode="url" autoComplete="off" maxLength={2000} defaultValue={values.url} placeholder={t("form.urlPlaceholder")} {...aria} />}
        </Field>
        <Field id={`${prefix}-description`} label={t("form.description")} hint={t("form.descriptionHint")} error={errors.description}>
          {(aria) => <Input id={`${prefix}-description`} name="description" maxLength={500} defaultValue={values.description} {...aria} />}
        </Field>
        <fieldset aria-describedby={errors.events ? `${prefix}-events-error` : undefined}>
          <legend className="text-sm font-medium text-slate-800">
            {t("form.events")}<span className="ml-0.5 text-red-700" aria-hidden="true">*</span>
          </legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {WEBHOOK_EVENTS.map((event) => (
              <label key={event} className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" name="events" value={event} defaultChecked={values.events.includes(event)} className="size-4 rounded border-slate-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700" />
                <span>
                  {t(`events.${event}`)} <code className="text-xs text-slate-500">{event}</code>
                </span>
              </label>
            ))}
          </div>
          {errors.events ? (
            <p id={`${prefix}-events-error`} className="mt-1 text-sm text-red-700"><MessageText text={errors.events} /></p>
          ) : null}
        </fieldset>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="enabled" defaultChecked={values.enabled} className="size-4 rounded border-slate-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700" />
          {t("form.enabled")}
        </label>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t("form.saving") : initial ? t("form.save") : t("form.register")}
        </Button>
      </form>
    </div>
  );
}
