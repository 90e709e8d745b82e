import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { composeDraft } from "@/lib/policies/draft";
import { contentHash } from "@/lib/policies/content-hash";
import { suggestChangeSummary } from "@/lib/policies/document-changes";
import { getLatestVersionHash, getPolicyDrift } from "@/lib/policies/drift-queries";
import { getPolicy } from "@/lib/policies/queries";
import { DriftSummary } from "@/components/policies/drift-summary";
import { PublishForm } from "@/components/policies/publish-form";
import { Callout } from "@/components/ui/callout";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("policyEditor.publish");
  return { title: t("metaTitle") };
}

export default async function PublishPolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Publishing is for DPOs and owners (the action checks again).
  const member = await requireMember("DPO");
  const orgId = member.organisation.id;
  const policy = await getPolicy(orgId, id);
  if (!policy) notFound();
  const [draft, drift, latest] = await Promise.all([composeDraft(orgId, policy.id), getPolicyDrift(orgId, policy.id), getLatestVersionHash(orgId, policy.id, policy.languages[0])]);
  if (!draft || !drift) notFound();
  // Every language must say what it said: the drift compares each of them, the hash the first exactly.
  const [t, tp] = await Promise.all([getTranslations("policyEditor.publish"), getTranslations("policies.page")]);
  const identical = drift.state === "in-sync" && latest?.contentHash === contentHash(draft.document);

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
        description={t("description", { address: `/p/${member.organisation.slug}/${policy.slug}` })}
      />
      <div className="space-y-4">
        <DriftSummary drift={drift} />
        {identical ? (
          <Callout title={t("identicalTitle", { number: latest.number })}>{t("identicalBody")}</Callout>
        ) : null}
        {draft.findings.length > 0 ? (
          <p className="text-sm text-slate-700">
            {t.rich("checkIntro", {
              link: (chunks) => (
                <Link href={`/policies/${policy.id}`} className="text-blue-700 hover:underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}
        <Card>
          <CardBody>
            <PublishForm
              policyId={policy.id}
              findings={[...draft.findings]}
              today={new Date().toISOString().slice(0, 10)}
              cancelHref={`/policies/${policy.id}/versions`}
              suggestedSummary={drift.state === "drifting" ? suggestChangeSummary(drift.changes) : ""}
            />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
