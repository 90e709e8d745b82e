"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createApiTokenAction, type CreateApiTokenState } from "@/lib/api-tokens/actions";
import { apiScopes, apiTokenExpiries } from "@/lib/api-tokens/schema";
import { formatDateTime } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MessageText } from "@/components/ui/message-text";
import { ShownOnce } from "@/components/ui/shown-once";
import { Select } from "@/components/ui/select";

function CreatedToken({ created }: { created: NonNullable<CreateApiTokenState["created"]> }) {
  const t = useTranslations("apiTokens.create");
  return (
    <ShownOnce id="created-token" label={t("label")} noun={t("noun")} value={created.token} title={t("ready", { name: created.name })}>
      {t("copyNow")} {created.expiresAt ? t("expiresOn", { date: formatDateTime(new Date(created.expiresAt)) }) : t("noExpiry")}
    </ShownOnce>
  );
}

export function CreateTokenForm() {
  const t = useTranslations("apiTokens");
  const [state, action, pending] = useActionState<CreateApiTokenState, FormData>(createApiTokenAction, {});
  const errors = state.fieldErrors ?? {};
  const scopes = state.values?.scopes ?? ["READ"];
  const scopeErrorId = errors.scopes ? "token-scopes-error" : undefined;
  return (
    <div className="space-y-4">
      {state.created ? <CreatedToken key={state.created.token} created={state.created} /> : null}
      <form action={action} noValidate className="space-y-3">
        {state.formError ? (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            <MessageText text={state.formError} />
          </p>
        ) : null}
        <Field id="token-name" label={t("create.name")} hint={t("create.nameHint")} error={errors.name} required>
          {(aria) => <Input id="token-name" name="name" maxLength={100} autoComplete="off" key={`name-${state.created?.token ?? ""}`} defaultValue={state.values?.name ?? ""} {...aria} />}
        </Field>
        <fieldset aria-describedby={scopeErrorId} aria-invalid={errors.scopes ? true : undefined}>
          <legend className="text-sm font-medium text-slate-800">
            {t("create.permissions")}<span className="ml-0.5 text-red-700" aria-hidden="true">*</span>
          </legend>
          <div className="mt-1 space-y-1" key={`scopes-${state.created?.token ?? ""}`}>
            {apiScopes.map((scope) => (
              <div key={scope} className="flex items-start gap-2">
                <input
                  id={`token-scope-${scope}`}
                  type="checkbox"
                  name="scopes"
                  value={scope}
                  defaultChecked={scopes.includes(scope)}
                  aria-describedby={`token-scope-${scope}-hint`}
                  className="mt-0.5 h-4 w-4 rounded border-slate-300"
                />
                <label htmlFor={`token-scope-${scope}`} className="text-sm text-slate-800">
                  {t(`scopes.${scope}.label`)}
                  <span id={`token-scope-${scope}-hint`} className="block text-xs text-slate-500">
                    {t(`scopes.${scope}.hint`)}
                  </span>
                </label>
              </div>
            ))}
          </div>
          {errors.scopes ? (
            <p id={scopeErrorId} className="mt-1 text-sm text-red-700">
              <MessageText text={errors.scopes} />
            </p>
          ) : null}
        </fieldset>
        <Field id="token-expiry" label={t("create.expiresAfter")} error={errors.expiry} required>
          {(aria) => (
            <Select id="token-expiry" name="expiry" defaultValue={state.values?.expiry || "90"} {...aria}>
              {apiTokenExpiries.map((expiry) => (
                <option key={expiry} value={expiry}>
                  {t(`expiries.${expiry}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t("create.creating") : t("create.create")}
        </Button>
      </form>
    </div>
  );
}
