import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { getOrganisationProfile } from "@/lib/organisation/queries";
import { POLICY_EDIT_ROLE } from "@/lib/policies/draft-mutations";
import { buildPolicyPreview } from "@/lib/policies/preview";
import { getPolicy, listActivityChoices } from "@/lib/policies/queries";
import { isPolicyLanguage } from "@/lib/policies/policy-languages";
import { getLocale, getTranslations } from "next-intl/server";
import { asLanguage, languageName, organisationLanguages } from "@/lib/translations/languages";
import { formatDateTime } from "@/lib/format";
import { PolicyEditor } from "@/components/policies/policy-editor";
import { PublishActions } from "@/components/policies/publish-actions";
import { getPolicyDrift } from "@/lib/policies/drift-queries";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("policyEditor.page");
  return { title: t("metaTitle") };
}

export default async function PolicyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const member = await requireMember();
  const orgId = member.organisation.id;
  const policy = await getPolicy(orgId, id);
  if (!policy) notFound();
  const [preview, activities, profile] = await Promise.all([buildPolicyPreview(orgId, policy.id, policy), listActivityChoices(orgId), getOrganisationProfile(orgId)]);
  if (!preview || !profile) notFound();
  const canEdit = hasRole(member.role, POLICY_EDIT_ROLE);
  const kept = organisationLanguages(profile.defaultLanguage, profile.languages);
  // Language names in the dashboard's language.
  const inLanguage = asLanguage(await getLocale());
  const available = kept.filter(isPolicyLanguage).map((language) => ({ language, name: languageName(language, inLanguage) }));
  const errors = preview.findings.filter((f) => f.severity === "error").length;
  const warnings = preview.findings.filter((f) => f.severity === "warning").length;
  const [t, tp] = await Promise.all([getTranslations("policyEditor.page"), getTranslations("policies.page")]);

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/policies" className="hover:underline">{tp("title")}</Link>}
        title={policy.title}
        meta={
          <>
            {policy.languages.map((language) => (
              <Badge key={language} tone="blue">
                {languageName(language, inLanguage)}
              </Badge>
            ))}
            <Badge>{t("draftVersion", { version: policy.version })}</Badge>
            {errors ? (
              <Badge tone="red">{t("errorsBlock", { count: errors })}</Badge>
            ) : warnings ? (
              <Badge tone="amber">{t("warningsToConsider", { count: warnings })}</Badge>
            ) : (
              <Badge tone="green">{t("complete")}</Badge>
            )}
            <span className="text-xs text-slate-500">{t("savedAt", { date: formatDateTime(policy.updatedAt), address: `/p/${member.organisation.slug}/${policy.slug}` })}</span>
          </>
        }
      >
        <PublishActions policyId={policy.id} canPublish={hasRole(member.role, "DPO")} drift={await getPolicyDrift(orgId, policy.id)} />
      </PageHeader>
      {created ? (
        <div className="mb-4">
          <Callout title={t("createdTitle")}>{t("createdBody")}</Callout>
        </div>
      ) : null}
      <PolicyEditor
        policyId={policy.id}
        initial={{ title: policy.title, titles: policy.titles, languages: policy.languages, sections: policy.sections }}
        version={policy.version}
        activities={activities}
        defaults={{ privacyContactEmail: profile.privacyContactEmail || profile.email, dpoEmail: profile.dpoEmail }}
        initialPreview={{ html: preview.html, findings: preview.findings, languages: preview.languages }}
        canEdit={canEdit}
        available={available}
        defaultLanguage={kept[0]}
      />
    </>
  );
}
