"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { acceptInvitationAction, type AcceptState } from "@/lib/members/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MessageText } from "@/components/ui/message-text";

type Kind = "new" | "existing";

/**
 * Sets up the account (new e-mail) or confirms it (existing account), then
 * joins. The person says which applies: the page does not know, because
 * telling whether an address has an account would tell it to whoever opens
 * the link, the inviting owner included.
 */
export function AcceptInvitationForm({
  token,
  email,
  initialKind,
  passwordMinLength,
}: {
  token: string;
  email: string;
  /** "existing" only when the visitor is signed in with the invited address. */
  initialKind: Kind;
  passwordMinLength: number;
}) {
  const t = useTranslations("members.accept");
  const [state, action, pending] = useActionState<AcceptState, FormData>(acceptInvitationAction, {});
  const [kind, setKind] = useState<Kind>(state.values?.kind === "existing" ? "existing" : initialKind);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {state.formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"><MessageText text={state.formError} /></p>
      ) : null}
      <Field id="invite-account" label={t("email")} hint={t("emailHint")}>
        {(aria) => <Input id="invite-account" value={email} readOnly autoComplete="username" {...aria} className="bg-slate-50" />}
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("haveAccount")}</legend>
        <div className="mt-1 space-y-1">
          {(
            [
              ["new", t("kindNew")],
              ["existing", t("kindExisting")],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-sm text-slate-700">
              <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} className="size-4 focus-visible:outline-2 focus-visible:outline-blue-600" />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {kind === "existing" ? (
        <Field id="password" label={t("currentPassword")} hint={t("currentPasswordHint")} error={errors.password} required>
          {(aria) => <Input id="password" name="password" type="password" autoComplete="current-password" maxLength={1024} {...aria} />}
        </Field>
      ) : (
        <>
          <Field id="name" label={t("name")} hint={t("nameHint")} error={errors.name} required>
            {(aria) => (
              <Input id="name" name="name" autoComplete="name" maxLength={200} key={state.values?.name ?? ""} defaultValue={state.values?.name ?? ""} {...aria} />
            )}
          </Field>
          <Field id="password" label={t("newPassword")} hint={t("newPasswordHint", { min: passwordMinLength })} error={errors.password} required>
            {(aria) => <Input id="password" name="password" type="password" autoComplete="new-password" maxLength={1024} {...aria} />}
          </Field>
          <Field id="confirmPassword" label={t("confirmPassword")} error={errors.confirmPassword} required>
            {(aria) => <Input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" maxLength={1024} {...aria} />}
          </Field>
        </>
      )}
      <Button type="submit" variant="primary" className="w-full" disabled={pending}>
        {pending ? t("joining") : kind === "existing" ? t("confirmAndJoin") : t("createAndJoin")}
      </Button>
    </form>
  );
}
