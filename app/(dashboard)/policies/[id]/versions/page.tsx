import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { getPolicyDrift, listPolicyVersions } from "@/lib/policies/drift-queries";
import { getPolicy } from "@/lib/policies/queries";
import { DriftSummary } from "@/components/policies/drift-summary";
import { VersionsTable } from "@/components/policies/versions-table";
import { buttonClassName } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("policyEditor.versions");
  return { title: t("metaTitle") };
}

export default async function PolicyVersionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ published?: string }> }) {
  const [{ id }, { published }] = await Promise.all([params, searchParams]);
  const member = await requireMember();
  const orgId = member.organisation.id;
  const policy = await getPolicy(orgId, id);
  if (!policy) notFound();
  const [versions, drift] = await Promise.all([listPolicyVersions(orgId, policy.id), getPolicyDrift(orgId, policy.id)]);
  if (!drift) notFound();
  const publicBase = `/p/${member.organisation.slug}/${policy.slug}`;
  const canPublish = hasRole(member.role, "DPO");
  const [t, tp] = await Promise.all([getTranslations("policyEditor.versions"), getTranslations("policies.page")]);

  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link href="/policies" className="hover:underline">{tp("title")}</Link> /{" "}
            <Link href={`/policies/${policy.id}`} className="hover:underline">{policy.title}</Link>
          </>
        }
        title={t("title")}
        description={t("description")}
      >
        {versions.length ? (
          <a href={publicBase} className={buttonClassName()}>
            {t("publicPage")}
          </a>
        ) : null}
        {canPublish ? (
          <Link href={`/policies/${policy.id}/publish`} className={buttonClassName({ variant: "primary" })}>
            {t("publish")}
          </Link>
        ) : null}
      </PageHeader>
      <div className="space-y-4">
        {published ? <Callout title={t("publishedTitle", { number: published })}>{t("publishedBody", { address: publicBase })}</Callout> : null}
        <DriftSummary drift={drift} />
        <Card as="section" aria-labelledby="versions-heading">
          <CardHeader titleId="versions-heading" title={t("heading")} description={t("archive", { address: `${publicBase}/versions` })} />
          <VersionsTable versions={versions} publicBase={publicBase} />
        </Card>
      </div>
    </>
  );
}
