import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { getOrganisationProfile } from "@/lib/organisation/queries";
import { asLanguage, languageName, LANGUAGES, organisationLanguages } from "@/lib/translations/languages";
import { SettingsNav } from "@/components/organisation/settings-nav";
import { LanguagesForm } from "@/components/translations/languages-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Languages" };

export default async function LanguageSettingsPage() {
  const { organisation, role } = await requireMember();
  const profile = await getOrganisationProfile(organisation.id);
  if (!profile) notFound();
  const [t, locale] = await Promise.all([getTranslations("translations.settings"), getLocale()]);
  const inLanguage = asLanguage(locale);
  const canEdit = hasRole(role, "DPO");
  const chosen = organisationLanguages(profile.defaultLanguage, profile.languages);
  const options = LANGUAGES.map((code) => ({ code, label: languageName(code, inLanguage), own: languageName(code) }));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsNav current="languages" showIntegrations={canEdit} />
      {canEdit ? (
        <LanguagesForm options={options} languages={chosen} defaultLanguage={chosen[0]} version={profile.version} />
      ) : (
        <dl className="max-w-xl space-y-2 text-sm">
          <div>
            <dt className="font-medium text-slate-800">{t("defaultLabel")}</dt>
            <dd className="text-slate-700">{languageName(chosen[0], inLanguage)}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-800">{t("languagesLabel")}</dt>
            <dd className="text-slate-700">{chosen.map((code) => languageName(code, inLanguage)).join(", ")}</dd>
          </div>
        </dl>
      )}
    </>
  );
}
