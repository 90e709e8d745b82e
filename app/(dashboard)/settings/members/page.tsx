import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { listMembers, listPendingInvitations } from "@/lib/members/queries";
import { canCreateOrganisation } from "@/lib/organisation/create";
import { InvitationsList } from "@/components/members/invitations-list";
import { InviteForm } from "@/components/members/invite-form";
import { MembersList } from "@/components/members/members-list";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members.page");
  return { title: t("title") };
}

// Every member may see who else has access (read-only); only owners change it.
export default async function MembersPage({ searchParams }: { searchParams: Promise<{ removed?: string }> }) {
  const { removed } = await searchParams;
  const member = await requireMember("VIEWER");
  const canManage = hasRole(member.role, "OWNER");
  const [members, invitations, t] = await Promise.all([
    listMembers(member.organisation.id),
    canManage ? listPendingInvitations(member.organisation.id) : Promise.resolve([]),
    getTranslations("members.page"),
  ]);
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/settings" className="hover:underline">{t("settings")}</Link>}
        title={t("title")}
        description={
          canManage
            ? t("descriptionOwner", { organisation: member.organisation.legalName })
            : t("descriptionOther", { organisation: member.organisation.legalName })
        }
      >
        {canCreateOrganisation(member) ? (
          <Link href="/organisations/new" className={buttonClassName()}>{t("newOrganisation")}</Link>
        ) : null}
      </PageHeader>
      {removed ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t("removed")}
        </p>
      ) : null}
      <div className="space-y-4">
        <Card as="section" aria-labelledby="members-heading">
          <CardHeader titleId="members-heading" title={t("membersTitle", { count: members.length })} description={t("membersDescription")} />
          <MembersList members={members} canManage={canManage} currentUserId={member.user.id} />
        </Card>
        {canManage ? (
          <div className="grid gap-4 lg:grid-cols-2">
            <Card as="section" aria-labelledby="invite-heading">
              <CardHeader titleId="invite-heading" title={t("inviteTitle")} description={t("inviteDescription")} />
              <CardBody>
                <InviteForm />
              </CardBody>
            </Card>
            <Card as="section" aria-labelledby="invitations-heading">
              <CardHeader titleId="invitations-heading" title={t("invitationsTitle", { count: invitations.length })} />
              <InvitationsList invitations={invitations} />
            </Card>
          </div>
        ) : null}
      </div>
    </>
  );
}
