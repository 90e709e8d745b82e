import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { getOrganisationProfile } from "@/lib/organisation/queries";
import { organisationProfileSchema } from "@/lib/organisation/schema";
import { formatDateTime } from "@/lib/format";
import { SavedNotice } from "@/components/catalogues/form-parts";
import { OrganisationProfileForm } from "@/components/organisation/organisation-profile-form";
import { OrganisationProfileView } from "@/components/organisation/organisation-profile-view";
import { SettingsNav } from "@/components/organisation/settings-nav";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organisation.page");
  return { title: t("title") };
}

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const { organisation, role } = await requireMember();
  const [profile, t] = await Promise.all([getOrganisationProfile(organisation.id), getTranslations("organisation.page")]);
  if (!profile) notFound();
  // Organisation settings are for the DPO and the owner; everyone else reads them.
  const canEdit = hasRole(role, "DPO");
  const { saved } = await searchParams;
  const { slug, isDemo, version, updatedAt } = profile;
  const editable = Object.keys(organisationProfileSchema.shape) as (keyof typeof organisationProfileSchema.shape)[];
  const initialValues = Object.fromEntries(editable.map((key) => [key, String(profile[key] ?? "")]));
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        meta={
          <span className="text-xs text-slate-500">
            {isDemo ? t("demo") : null}
            {t("changed", { date: formatDateTime(updatedAt), version })}
          </span>
        }
      />
      <SettingsNav current="profile" showIntegrations={canEdit} />
      {saved ? <SavedNotice>{t("saved")}</SavedNotice> : null}
      {canEdit ? (
        <div className="max-w-4xl">
          <OrganisationProfileForm key={version} initialValues={initialValues} version={version} slug={slug} />
        </div>
      ) : (
        <OrganisationProfileView profile={profile} />
      )}
    </>
  );
}
