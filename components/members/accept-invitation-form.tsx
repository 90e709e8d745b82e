"use client";

import { useActionState } from "react";
import { acceptInvitationAction, type AcceptState } from "@/lib/members/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Sets up the account (new e-mail) or confirms it (existing account), then joins. */
export function AcceptInvitationForm({
  token,
  email,
  existingUser,
  passwordMinLength,
}: {
  token: string;
  email: string;
  existingUser: boolean;
  passwordMinLength: number;
}) {
  const [state, action, pending] = useActionState<AcceptState, FormData>(acceptInvitationAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="kind" value={existingUser ? "existing" : "new"} />
      {state.formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{state.formError}</p>
      ) : null}
      <Field id="invite-account" label="E-mail address" hint="The invitation is for this address; you sign in with it.">
        {(aria) => <Input id="invite-account" value={email} readOnly autoComplete="username" {...aria} className="bg-slate-50" />}
      </Field>
      {existingUser ? (
        <Field id="password" label="Your current password" hint="You already have an account: confirm it is you." error={errors.password} required>
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
        {pending ? "Joining…" : existingUser ? "Confirm and join" : "Create account and join"}
      </Button>
    </form>
  );
}
