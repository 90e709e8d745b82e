"use client";

import { useActionState } from "react";
import { createApiTokenAction, type CreateApiTokenState } from "@/lib/api-tokens/actions";
import { apiScopeLabels, apiScopes, apiTokenExpiries, apiTokenExpiryLabels } from "@/lib/api-tokens/schema";
import { formatDateTime } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ShownOnce } from "@/components/ui/shown-once";
import { Select } from "@/components/ui/select";

function CreatedToken({ created }: { created: NonNullable<CreateApiTokenState["created"]> }) {
  return (
    <ShownOnce id="created-token" label="The new token" noun="token" value={created.token} title={`The token “${created.name}” is ready.`}>
      Copy it now and keep it in the other system&apos;s secret store: it is shown only once and cannot be recovered.{" "}
      {created.expiresAt ? `It expires on ${formatDateTime(new Date(created.expiresAt))}.` : "It does not expire; revoke it when it is no longer needed."}
    </ShownOnce>
  );
}

export function CreateTokenForm() {
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
            {state.formError}
          </p>
        ) : null}
        <Field id="token-name" label="Name" hint="What uses the token, e.g. “Website build” or “Vendor tool”." error={errors.name} required>
          {(aria) => <Input id="token-name" name="name" maxLength={100} autoComplete="off" key={`name-${state.created?.token ?? ""}`} defaultValue={state.values?.name ?? ""} {...aria} />}
        </Field>
        <fieldset aria-describedby={scopeErrorId} aria-invalid={errors.scopes ? true : undefined}>
          <legend className="text-sm font-medium text-slate-800">
            Permissions<span className="ml-0.5 text-red-700" aria-hidden="true">*</span>
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
                  {apiScopeLabels[scope].label}
                  <span id={`token-scope-${scope}-hint`} className="block text-xs text-slate-500">
                    {apiScopeLabels[scope].hint}
                  </span>
                </label>
              </div>
            ))}
          </div>
          {errors.scopes ? (
            <p id={scopeErrorId} className="mt-1 text-sm text-red-700">
              {errors.scopes}
            </p>
          ) : null}
        </fieldset>
        <Field id="token-expiry" label="Expires after" error={errors.expiry} required>
          {(aria) => (
            <Select id="token-expiry" name="expiry" defaultValue={state.values?.expiry || "90"} {...aria}>
              {apiTokenExpiries.map((expiry) => (
                <option key={expiry} value={expiry}>
                  {apiTokenExpiryLabels[expiry]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Creating token…" : "Create token"}
        </Button>
      </form>
    </div>
  );
}
