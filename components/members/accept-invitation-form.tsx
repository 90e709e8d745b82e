"use client";

import { useActionState, useState } from "react";
import { acceptInvitationAction, type AcceptState } from "@/lib/members/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

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
  const [state, action, pending] = useActionState<AcceptState, FormData>(acceptInvitationAction, {});
  const [kind, setKind] = useState<Kind>(state.values?.kind === "existing" ? "existing" : initialKind);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {state.formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{state.formError}</p>
      ) : null}
      <Field id="invite-account" label="E-mail address" hint="The invitation is for this address; you sign in with it.">
        {(aria) => <Input id="invite-account" value={email} readOnly autoComplete="username" {...aria} className="bg-slate-50" />}
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Do you already have an account with this address?</legend>
        <div className="mt-1 space-y-1">
          {(
            [
              ["new", "No, create one"],
              ["existing", "Yes, confirm with its password"],
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
        <Field id="password" label="Your current password" hint="The password of your account with this address." error={errors.password} required>
          {(aria) => <Input id="password" name="password" type="password" autoComplete="current-password" maxLength={1024} {...aria} />}
        </Field>
      ) : (
        <>
          <Field id="name" label="Your name" hint="As your colleagues will see it in the register and the audit log." error={errors.name} required>
            {(aria) => (
              <Input id="name" name="name" autoComplete="name" maxLength={200} key={state.values?.name ?? ""} defaultValue={state.values?.name ?? ""} {...aria} />
            )}
          </Field>
          <Field id="password" label="Choose a password" hint={`At least ${passwordMinLength} characters. Passwords are not shown again after an error: type them anew.`} error={errors.password} required>
            {(aria) => <Input id="password" name="password" type="password" autoComplete="new-password" maxLength={1024} {...aria} />}
          </Field>
          <Field id="confirmPassword" label="Password, again" error={errors.confirmPassword} required>
            {(aria) => <Input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" maxLength={1024} {...aria} />}
          </Field>
        </>
      )}
      <Button type="submit" variant="primary" className="w-full" disabled={pending}>
        {pending ? "Joining…" : kind === "existing" ? "Confirm and join" : "Create account and join"}
      </Button>
    </form>
  );
}
