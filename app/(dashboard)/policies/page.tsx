import type { Metadata } from "next";
import Link from "next/link";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { POLICY_EDIT_ROLE } from "@/lib/policies/draft-mutations";
import { listPolicies } from "@/lib/policies/queries";
import { listPolicyDrift } from "@/lib/policies/drift-queries";
import { DriftBadge } from "@/components/policies/drift-summary";
import { PoliciesList } from "@/components/policies/policies-list";
import { buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Policies" };

export default async function PoliciesPage() {
  const member = await requireMember();
  const [policies, driftRows] = await Promise.all([listPolicies(member.organisation.id), listPolicyDrift(member.organisation.id)]);
  const drift = Object.fromEntries(driftRows.map((row) => [row.id, <DriftBadge key={row.id} drift={row.drift} />]));
  const canEdit = hasRole(member.role, POLICY_EDIT_ROLE);
  const create = canEdit ? (
    <Link href="/policies/new" className={buttonClassName({ variant: "primary" })}>
      New policy
    </Link>
  ) : null;
  return (
    <>
      <PageHeader title="Policies" description="Privacy policies for each audience, composed from the register, checked against Art. 13 and 14 GDPR and published in versions.">
        {create}
      </PageHeader>
      {policies.length ? (
        <PoliciesList policies={policies} drift={drift} />
      ) : (
        <Card>
          <EmptyState title="No privacy policies yet" action={create}>
            A policy tells one audience (your website&apos;s visitors, your app&apos;s users, your applicants) what you do with their data, generated from the
            records of the register.
          </EmptyState>
        </Card>
      )}
    </>
  );
}
