import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { currentMember } from "@/lib/auth/guard";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { findInvitationByToken } from "@/lib/members/queries";
import { invitationStatusMessages } from "@/lib/members/tokens";
import { INVALID_LINK } from "@/lib/members/accept";
import { formatDateTime } from "@/lib/format";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { buttonClassName } from "@/components/ui/button";
import { MessageText } from "@/components/ui/message-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members.accept");
  return { title: t("pageTitle"), referrer: "no-referrer", robots: { index: false } };
}

type Props = { params: Promise<{ token: string }> };

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  const t = useTranslations("members.accept");
  return (
    <main className="flex min-h-screen items-start justify-center px-4 py-12 sm:items-center">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center">
          <p className="text-sm font-semibold tracking-wider text-blue-700 uppercase">{t("appName")}</p>
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
  const [invitation, t, roleName] = await Promise.all([findInvitationByToken(token), getTranslations("members.accept"), getTranslations("members.roles")]);
  if (!invitation.found || invitation.status !== "pending") {
    const message = invitation.found && invitation.status !== "pending" ? invitationStatusMessages[invitation.status] : INVALID_LINK;
    return (
      <Frame title={t("unusable")}>
        <p role="alert" className="text-sm text-slate-700"><MessageText text={message} /></p>
        <Link href="/login" className={buttonClassName({ className: "mt-4" })}>{t("goToSignIn")}</Link>
      </Frame>
    );
  }
  const signedIn = await currentMember();
  return (
    <Frame title={t("join", { organisation: invitation.organisationName })}>
      <p className="text-sm text-slate-700">
        {t.rich("invited", {
          organisation: invitation.organisationName,
          role: roleName(invitation.role),
          date: formatDateTime(invitation.expiresAt),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {signedIn && signedIn.user.email !== invitation.email ? (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t("otherAccount", { current: signedIn.user.email, invited: invitation.email })}
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
