"use client";

import { useActionState, useState } from "react";
import type { Role } from "@prisma/client";
import { useTranslations } from "next-intl";
import { changeMemberRoleAction, removeMemberAction, revokeInvitationAction } from "@/lib/members/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";
import { MessageText } from "@/components/ui/message-text";
import { Select } from "@/components/ui/select";
import { RoleOptions } from "./role-options";

function Feedback({ state, id }: { state: ActionState; id: string }) {
  if (state.formError) return <p id={id} role="alert" className="mt-1 text-sm text-red-700"><MessageText text={state.formError} /></p>;
  if (state.message) return <p id={id} role="status" className="mt-1 text-sm text-emerald-800"><MessageText text={state.message} /></p>;
  return null;
}

/** Role select and save button for one member. */
export function MemberRoleForm({ membershipId, role, who }: { membershipId: string; role: Role; who: string }) {
  const [state, action, pending] = useActionState<ActionState<{ role: string }>, FormData>(changeMemberRoleAction, {});
  const t = useTranslations("members.controls");
  const [value, setValue] = useState<string>(role);
  const feedbackId = `role-feedback-${membershipId}`;
  return (
    <form action={action} className="min-w-0">
      <input type="hidden" name="membershipId" value={membershipId} />
      <div className="flex items-center gap-2">
        <label htmlFor={`role-${membershipId}`} className="sr-only">{t("roleOf", { who })}</label>
        <div className="w-52 max-w-full">
          <Select
            id={`role-${membershipId}`}
            name="role"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-describedby={state.formError || state.message ? feedbackId : undefined}
            aria-invalid={state.formError ? true : undefined}
          >
            <RoleOptions />
          </Select>
        </div>
        <Button type="submit" size="md" className="whitespace-nowrap" disabled={pending || value === role}>
          {pending ? t("saving") : t("saveRole")}
          <span className="sr-only">{t("ofWho", { who })}</span>
        </Button>
      </div>
      <Feedback state={state} id={feedbackId} />
    </form>
  );
}

/** Removing takes a second, explicit confirmation. */
export function RemoveMemberButton({ membershipId, who, isSelf }: { membershipId: string; who: string; isSelf: boolean }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(removeMemberAction, {});
  const t = useTranslations("members.controls");
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <div>
        <Button variant="ghost" className="whitespace-nowrap text-red-700 hover:bg-red-50 hover:text-red-800" onClick={() => setConfirming(true)}>
          {isSelf ? t("leave") : t("remove")}
          <span className="sr-only"> {who}</span>
        </Button>
        <Feedback state={state} id={`remove-feedback-${membershipId}`} />
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <span className="text-sm text-slate-700">{isSelf ? t("leaveQuestion") : t("removeQuestion", { who })}</span>
      <Button type="submit" className="border-red-300 text-red-800 hover:bg-red-50" disabled={pending}>
        {pending ? t("removing") : isSelf ? t("yesLeave") : t("yesRemove")}
      </Button>
      <Button variant="ghost" onClick={() => setConfirming(false)} autoFocus>{t("cancel")}</Button>
      <div className="basis-full">
        <Feedback state={state} id={`remove-feedback-${membershipId}`} />
      </div>
    </form>
  );
}

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations("members.controls");
  const [state, action, pending] = useActionState<ActionState, FormData>(revokeInvitationAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="invitationId" value={invitationId} />
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? t("withdrawing") : t("withdraw")}
        <span className="sr-only">{t("withdrawFor", { email })}</span>
      </Button>
      <Feedback state={state} id={`revoke-feedback-${invitationId}`} />
    </form>
  );
}
