import type { InvitationRow } from "@/lib/members/queries";
import { roleLabels } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format";
import { RevokeInvitationButton } from "./member-controls";

export function InvitationsList({ invitations }: { invitations: InvitationRow[] }) {
  if (invitations.length === 0) {
    return <p className="px-4 py-3 text-sm text-slate-600">No open invitations. Links that were used, withdrawn or have expired are in the audit log.</p>;
  }
  return (
    <ul aria-label="Open invitations" className="divide-y divide-slate-200">
      {invitations.map((invitation) => (
        <li key={invitation.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0">
            <p className="truncate text-sm font-medium text-slate-900">{invitation.email}</p>
            <p className="text-xs text-slate-600">
              {roleLabels[invitation.role]} · expires {formatDateTime(invitation.expiresAt)}
              {invitation.createdBy ? ` · made by ${invitation.createdBy.name || invitation.createdBy.email}` : ""}
            </p>
          </div>
          <RevokeInvitationButton invitationId={invitation.id} email={invitation.email} />
        </li>
      ))}
    </ul>
  );
}
