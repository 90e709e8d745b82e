import type { Metadata } from "next";
import Link from "next/link";
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

export const metadata: Metadata = { title: "Members" };

// Every member may see who else has access (read-only); only owners change it.
export default async function MembersPage({ searchParams }: { searchParams: Promise<{ removed?: string }> }) {
  const { removed } = await searchParams;
  const member = await requireMember("VIEWER");
  const canManage = hasRole(member.role, "OWNER");
  const [members, invitations] = await Promise.all([
    listMembers(member.organisation.id),
    canManage ? listPendingInvitations(member.organisation.id) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/settings" className="hover:underline">Settings</Link>}
        title="Members"
        description={
          canManage
            ? `Who has access to ${member.organisation.legalName}'s register, and with which role. Changes take effect on the member's next page.`
            : `Who has access to ${member.organisation.legalName}'s register. Only owners can invite, change roles or remove members.`
        }
      >
        {canCreateOrganisation(member) ? (
          <Link href="/organisations/new" className={buttonClassName()}>New organisation</Link>
        ) : null}
      </PageHeader>
      {removed ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          The member was removed. They no longer have access to this organisation, from their next page on.
        </p>
      ) : null}
      <div className="space-y-4">
        <Card as="section" aria-labelledby="members-heading">
          <CardHeader titleId="members-heading" title={`Members (${members.length})`} description="Owner: everything, including members · DPO: edit, publish, export · Editor: edit records · Viewer: read and export." />
          <MembersList members={members} canManage={canManage} currentUserId={member.user.id} />
        </Card>
        {canManage ? (
          <div className="grid gap-4 lg:grid-cols-2">
            <Card as="section" aria-labelledby="invite-heading">
              <CardHeader titleId="invite-heading" title="Invite a member" description="There is no e-mail from this app: you get a link to hand over. It works once, for 7 days." />
              <CardBody>
                <InviteForm />
              </CardBody>
            </Card>
            <Card as="section" aria-labelledby="invitations-heading">
              <CardHeader titleId="invitations-heading" title={`Open invitations (${invitations.length})`} />
              <InvitationsList invitations={invitations} />
            </Card>
          </div>
        ) : null}
      </div>
    </>
  );
}
