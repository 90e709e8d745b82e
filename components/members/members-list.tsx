import type { MemberRow } from "@/lib/members/queries";
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { MemberRoleForm, RemoveMemberButton } from "./member-controls";

/** The members with their roles; owners get the controls to change them. */
export function MembersList({ members, canManage, currentUserId }: { members: MemberRow[]; canManage: boolean; currentUserId: string }) {
  const t = useTranslations("members.list");
  const roleName = useTranslations("members.roles");
  return (
    <ul aria-label={t("label")} className="divide-y divide-slate-200">
      {members.map((member) => {
        const isSelf = member.userId === currentUserId;
        const who = member.name || member.email;
        return (
          <li key={member.id} className="flex flex-col gap-3 px-4 py-3 lg:flex-row lg:items-start lg:justify-between">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
                <span className="truncate">{who}</span>
                {isSelf ? <Badge tone="blue">{t("you")}</Badge> : null}
                {member.disabled ? <Badge tone="red">{t("disabled")}</Badge> : null}
              </p>
              <p className="truncate text-xs text-slate-600">{member.email}</p>
              <p className="text-xs text-slate-500">
                {t("memberSince", { date: formatDate(member.createdAt) })}
                {" · "}
                {member.lastLoginAt ? t("lastSignedIn", { date: formatDate(member.lastLoginAt) }) : t("neverSignedIn")}
              </p>
            </div>
            {canManage ? (
              <div className="flex shrink-0 flex-wrap items-start gap-2">
                <MemberRoleForm membershipId={member.id} role={member.role} who={who} />
                <RemoveMemberButton membershipId={member.id} who={who} isSelf={isSelf} />
              </div>
            ) : (
              <Badge tone={member.role === "OWNER" ? "violet" : "neutral"}>{roleName(member.role)}</Badge>
            )}
          </li>
        );
      })}
    </ul>
  );
}
