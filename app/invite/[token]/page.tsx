import type { Metadata } from "next";
import Link from "next/link";
import { roleLabels } from "@/lib/auth/roles";
import { currentMember } from "@/lib/auth/guard";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { findInvitationByToken } from "@/lib/members/queries";
import { invitationStatusMessages } from "@/lib/members/tokens";
import { INVALID_LINK } from "@/lib/members/accept";
import { formatDateTime } from "@/lib/format";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { buttonClassName } from "@/components/ui/button";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-start justify-center px-4 py-12 sm:items-center">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center">
          <p className="text-sm font-semibold tracking-wider text-blue-700 uppercase">Record of Processing Activities</p>
          <h1 className="mt-2 text-2xl font-semibold text-slate-900">{title}</h1>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}

// Public: the token in the link is the only credential. The page shows the
// invitation itself and nothing else of the organisation, nor whether the
// invited address has an account (the owner who made the link can open it).
export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const invitation = await findInvitationByToken(token);
  if (!invitation.found || invitation.status !== "pending") {
    const message = invitation.found && invitation.status !== "pending" ? invitationStatusMessages[invitation.status] : INVALID_LINK;
    return (
      <Frame title="This invitation cannot be used">
        <p role="alert" className="text-sm text-slate-700">{message}</p>
        <Link href="/login" className={buttonClassName({ className: "mt-4" })}>Go to sign in</Link>
      </Frame>
    );
  }
  const signedIn = await currentMember();
  return (
    <Frame title={`Join ${invitation.organisationName}`}>
      <p className="text-sm text-slate-700">
        You are invited to the register of <strong>{invitation.organisationName}</strong> as <strong>{roleLabels[invitation.role]}</strong>. The
        link works once and expires on {formatDateTime(invitation.expiresAt)}.
      </p>
      {signedIn && signedIn.user.email !== invitation.email ? (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          You are signed in as {signedIn.user.email}. Joining signs you in as {invitation.email} in this browser instead.
        </p>
      ) : null}
      <div className="mt-5">
        <AcceptInvitationForm
          token={token}
          email={invitation.email}
          initialKind={signedIn?.user.email === invitation.email ? "existing" : "new"}
          passwordMinLength={PASSWORD_MIN_LENGTH}
        />
      </div>
    </Frame>
  );
}
