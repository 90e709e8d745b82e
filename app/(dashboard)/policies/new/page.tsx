import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { POLICY_EDIT_ROLE } from "@/lib/policies/draft-mutations";
import { getOrganisationProfile } from "@/lib/organisation/queries";
import { NewPolicyForm } from "@/components/policies/new-policy-form";
import { PageHeader } from "@/components/ui/page-header";
import { asLanguage } from "@/lib/translations/languages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("policies.page");
  return { title: t("newTitle") };
}

export default async function NewPolicyPage() {
  const member = await requireMember(POLICY_EDIT_ROLE);
  const [profile, t] = await Promise.all([getOrganisationProfile(member.organisation.id), getTranslations("policies.page")]);
  return (
    <>
      <PageHeader eyebrow={<Link href="/policies" className="hover:underline">{t("title")}</Link>} title={t("newTitle")} description={t("newDescription")} />
      <NewPolicyForm defaultLanguage={asLanguage(profile?.defaultLanguage ?? "en")} organisationSlug={member.organisation.slug} />
    </>
  );
}
