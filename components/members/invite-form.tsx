"use client";

import { useActionState, useState } from "react";
import type { Role } from "@prisma/client";
import { useTranslations } from "next-intl";
import { inviteMemberAction, type InviteState } from "@/lib/members/actions";
import { formatDateTime } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MessageText } from "@/components/ui/message-text";
import { ShownOnce } from "@/components/ui/shown-once";
import { Select } from "@/components/ui/select";
import { RoleOptions } from "./role-options";

function InvitationLink({ invitation }: { invitation: NonNullable<InviteState["invitation"]> }) {
  const t = useTranslations("members.invite");
  const roleName = useTranslations("members.roles");
  const url = typeof window === "undefined" ? invitation.path : `${window.location.origin}${invitation.path}`;
  return (
    <ShownOnce id="invitation-link" label={t("linkLabel")} noun={t("linkNoun")} value={url} title={t("created", { email: invitation.email, role: roleName(invitation.role) })}>
      {t("handOver", { date: formatDateTime(new Date(invitation.expiresAt)) })}
    </ShownOnce>
  );
}

export function InviteForm() {
  const [state, action, pending] = useActionState<InviteState, FormData>(inviteMemberAction, {});
  const t = useTranslations("members.invite");
  const roleName = useTranslations("members.roles");
  const roleDescription = useTranslations("members.roleDescriptions");
  const [role, setRole] = useState<Role>("EDITOR");
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      {state.invitation ? <InvitationLink key={state.invitation.path} invitation={state.invitation} /> : null}
      <form action={action} noValidate className="space-y-3">
        {state.formError ? (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"><MessageText text={state.formError} /></p>
        ) : null}
        <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]">
          <Field id="invite-email" label={t("email")} error={errors.email} required>
            {(aria) => (
              <Input
                id="invite-email"
                name="email"
                type="email"
                autoComplete="off"
                maxLength={254}
                // Re-seeded from the answer, so a refused address stays in the field.
                key={`email-${state.values?.email ?? ""}-${state.invitation?.path ?? ""}`}
                defaultValue={state.values?.email ?? ""}
                {...aria}
              />
            )}
          </Field>
          <Field id="invite-role" label={t("role")} error={errors.role} required>
            {(aria) => (
              <Select id="invite-role" name="role" value={role} onChange={(event) => setRole(event.target.value as Role)} {...aria}>
                <RoleOptions />
              </Select>
            )}
          </Field>
        </div>
        <p className="text-xs text-slate-600">
          {roleName(role)}: {roleDescription(role)}.
        </p>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </Button>
      </form>
    </div>
  );
}
