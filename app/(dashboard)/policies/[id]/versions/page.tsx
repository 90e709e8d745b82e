import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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

export const metadata: Metadata = { title: "Published versions" };

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

  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link href="/policies" className="hover:underline">Policies</Link> /{" "}
            <Link href={`/policies/${policy.id}`} className="hover:underline">{policy.title}</Link>
          </>
        }
        title="Published versions"
        description="Each version is kept unchanged as it was published. Readers find all of them in the public archive."
      >
        {versions.length ? (
          <a href={publicBase} className={buttonClassName()}>
            Public page
          </a>
        ) : null}
        {canPublish ? (
          <Link href={`/policies/${policy.id}/publish`} className={buttonClassName({ variant: "primary" })}>
            Publish a new version
          </Link>
        ) : null}
      </PageHeader>
      <div className="space-y-4">
        {published ? <Callout title={`Version ${published} was published.`}>It is live at {publicBase}.</Callout> : null}
        <DriftSummary drift={drift} />
        <Card as="section" aria-labelledby="versions-heading">
          <CardHeader titleId="versions-heading" title="Versions" description={`Public archive: ${publicBase}/versions`} />
          <VersionsTable versions={versions} publicBase={publicBase} />
        </Card>
      </div>
    </>
  );
}
