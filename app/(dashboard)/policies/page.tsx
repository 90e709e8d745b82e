import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("policies.page");
  return { title: t("title") };
}

export default async function PoliciesPage() {
  const member = await requireMember();
  const [policies, driftRows, t] = await Promise.all([listPolicies(member.organisation.id), listPolicyDrift(member.organisation.id), getTranslations("policies.page")]);
  const drift = Object.fromEntries(driftRows.map((row) => [row.id, <DriftBadge key={row.id} drift={row.drift} />]));
  const canEdit = hasRole(member.role, POLICY_EDIT_ROLE);
  const create = canEdit ? (
    <Link href="/policies/new" className={buttonClassName({ variant: "primary" })}>
      {t("new")}
    </Link>
  ) : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")}>
        {create}
      </PageHeader>
      {policies.length ? (
        <PoliciesList policies={policies} drift={drift} />
      ) : (
        <Card>
          <EmptyState title={t("emptyTitle")} action={create}>
            {t("emptyBody")}
          </EmptyState>
        </Card>
      )}
    </>
  );
}
