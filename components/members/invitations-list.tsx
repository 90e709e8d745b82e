import type { InvitationRow } from "@/lib/members/queries";
import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format";
import { RevokeInvitationButton } from "./member-controls";

export function InvitationsList({ invitations }: { invitations: InvitationRow[] }) {
  const t = useTranslations("members.invitations");
  const roleName = useTranslations("members.roles");
  if (invitations.length === 0) {
    return <p className="px-4 py-3 text-sm text-slate-600">{t("none")}</p>;
  }
  return (
    <ul aria-label={t("label")} className="divide-y divide-slate-200">
      {invitations.map((invitation) => (
        <li key={invitation.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0">
            <p className="truncate text-sm font-medium text-slate-900">{invitation.email}</p>
            <p className="text-xs text-slate-600">
              {roleName(invitation.role)} · {t("expires", { date: formatDateTime(invitation.expiresAt) })}
              {invitation.createdBy ? t("madeBy", { who: invitation.createdBy.name || invitation.createdBy.email }) : ""}
            </p>
          </div>
          <RevokeInvitationButton invitationId={invitation.id} email={invitation.email} />
        </li>
      ))}
    </ul>
  );
}
