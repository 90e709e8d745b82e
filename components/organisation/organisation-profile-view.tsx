import { useLocale, useTranslations } from "next-intl";
import type { OrganisationProfile } from "@/lib/organisation/queries";
import { asLanguage, languageName } from "@/lib/translations/languages";
import { formatDateTime } from "@/lib/format";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionItem, DescriptionList } from "@/components/ui/description-list";

/** The organisation profile, read-only: for members who may not change it. */
export function OrganisationProfileView({ profile }: { profile: OrganisationProfile }) {
  const t = useTranslations("organisation.view");
  const label = useTranslations("labels");
  const form = useTranslations("organisation.form");
  const field = useTranslations("organisation.fields");
  const locale = asLanguage(useLocale());
  return (
      <div className="grid gap-4 lg:grid-cols-2">
        <Card as="section" aria-labelledby="org-heading">
          <CardHeader titleId="org-heading" title={form("controller")} description={t("controllerDescription")} />
          <CardBody>
            <DescriptionList columns={2}>
              <DescriptionItem term={field("legalName")}>{profile.legalName}</DescriptionItem>
              <DescriptionItem term={form("shortName")}>{profile.slug}</DescriptionItem>
              <DescriptionItem term={field("address")} wide>{profile.address}</DescriptionItem>
              <DescriptionItem term={field("email")}>{profile.email}</DescriptionItem>
              <DescriptionItem term={field("phone")}>{profile.phone}</DescriptionItem>
              <DescriptionItem term={field("website")} wide>{profile.website}</DescriptionItem>
            </DescriptionList>
          </CardBody>
        </Card>
        <Card as="section" aria-labelledby="dpo-heading">
          <CardHeader titleId="dpo-heading" title={form("dpo")} description={t("dpoDescription")} />
          <CardBody>
            <DescriptionList columns={2}>
              <DescriptionItem term={t("name")}>{profile.dpoName}</DescriptionItem>
              <DescriptionItem term={t("dpoForm")}>{profile.dpoForm ? label(`dpoForm.${profile.dpoForm}`) : ""}</DescriptionItem>
              <DescriptionItem term={t("organisation")}>{profile.dpoOrganisation}</DescriptionItem>
              <DescriptionItem term={field("address")} wide>{profile.dpoAddress}</DescriptionItem>
              <DescriptionItem term={field("email")}>{profile.dpoEmail}</DescriptionItem>
              <DescriptionItem term={field("phone")}>{profile.dpoPhone}</DescriptionItem>
            </DescriptionList>
          </CardBody>
        </Card>
        <Card as="section" aria-labelledby="rep-heading">
          <CardHeader titleId="rep-heading" title={form("representative")} description={t("representativeDescription")} />
          <CardBody>
            <DescriptionList columns={2}>
              <DescriptionItem term={t("name")}>{profile.representativeName}</DescriptionItem>
              <DescriptionItem term={field("email")}>{profile.representativeEmail}</DescriptionItem>
              <DescriptionItem term={field("address")} wide>{profile.representativeAddress}</DescriptionItem>
              <DescriptionItem term={field("phone")}>{profile.representativePhone}</DescriptionItem>
            </DescriptionList>
          </CardBody>
        </Card>
        <Card as="section" aria-labelledby="contact-heading">
          <CardHeader titleId="contact-heading" title={t("contactTitle")} description={t("contactDescription")} />
          <CardBody>
            <DescriptionList columns={2}>
              <DescriptionItem term={field("privacyContactName")}>{profile.privacyContactName}</DescriptionItem>
              <DescriptionItem term={field("privacyContactEmail")}>{profile.privacyContactEmail}</DescriptionItem>
              <DescriptionItem term={field("privacyContactAddress")} wide>{profile.privacyContactAddress}</DescriptionItem>
              <DescriptionItem term={field("supervisoryAuthorityName")}>{profile.supervisoryAuthorityName}</DescriptionItem>
              <DescriptionItem term={t("authorityWebsite")}>{profile.supervisoryAuthorityWebsite}</DescriptionItem>
            </DescriptionList>
          </CardBody>
        </Card>
        <Card as="section" aria-labelledby="prefs-heading" className="lg:col-span-2">
          <CardHeader titleId="prefs-heading" title={form("preferences")} />
          <CardBody>
            <DescriptionList columns={2}>
              <DescriptionItem term={t("defaultLanguage")}>{languageName(asLanguage(profile.defaultLanguage), locale)}</DescriptionItem>
              <DescriptionItem term={field("reviewIntervalMonths")}>{t("months", { count: profile.reviewIntervalMonths })}</DescriptionItem>
              <DescriptionItem term={t("demo")}>{profile.isDemo ? t("demoYes") : t("demoNo")}</DescriptionItem>
              <DescriptionItem term={t("lastChanged")}>{t("changedAt", { date: formatDateTime(profile.updatedAt), version: profile.version })}</DescriptionItem>
            </DescriptionList>
          </CardBody>
        </Card>
      </div>
  );
}
