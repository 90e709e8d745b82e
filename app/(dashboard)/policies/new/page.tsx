import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { POLICY_EDIT_ROLE } from "@/lib/policies/draft-mutations";
import { getOrganisationProfile } from "@/lib/organisation/queries";
import { NewPolicyForm } from "@/components/policies/new-policy-form";
import { isPolicyLanguage } from "@/lib/policies/policy-languages";
import { getLocale } from "next-intl/server";
import { asLanguage, languageName, organisationLanguages } from "@/lib/translations/languages";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("policies.page");
  return { title: t("newTitle") };
}

export default async function NewPolicyPage() {
  const member = await requireMember(POLICY_EDIT_ROLE);
  const [profile, t] = await Promise.all([getOrganisationProfile(member.organisation.id), getTranslations("policies.page")]);
  const kept = organisationLanguages(profile?.defaultLanguage ?? "en", profile?.languages);
  // Language names in the dashboard's language.
  const inLanguage = asLanguage(await getLocale());
  const available = kept.filter(isPolicyLanguage).map((language) => ({ language, name: languageName(language, inLanguage) }));
  return (
    <>
      <PageHeader eyebrow={<Link href="/policies" className="hover:underline">{t("title")}</Link>} title={t("newTitle")} description={t("newDescription")} />
      <NewPolicyForm available={available} organisationSlug={member.organisation.slug} />
    </>
  );
}
