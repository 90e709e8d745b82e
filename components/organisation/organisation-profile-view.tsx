import type { OrganisationProfile } from "@/lib/organisation/queries";
import { dpoFormLabels } from "@/lib/organisation/schema";
import { asLanguage, languageName } from "@/lib/translations/languages";
import { formatDateTime } from "@/lib/format";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionItem, DescriptionList } from "@/components/ui/description-list";

/** The organisation profile, read-only: for members who may not change it. */
export function OrganisationProfileView({ profile }: { profile: OrganisationProfile }) {
  return (
      <div className="grid gap-4 lg:grid-cols-2">
        <Card as="section" aria-labelledby="org-heading">
          <CardHeader titleId="org-heading" title="Controller" description="Art. 30(1)(a): name and contact details." />
          <CardBody>
            <DescriptionList columns={2}>
              <DescriptionItem term="Legal name">{profile.legalName}</DescriptionItem>
              <DescriptionItem term="Short name (in links)">{profile.slug}</DescriptionItem>
              <DescriptionItem term="Address" wide>{profile.address}</DescriptionItem>
              <DescriptionItem term="E-mail">{profile.email}</DescriptionItem>
              <DescriptionItem term="Telephone">{profile.phone}</DescriptionItem>
              <DescriptionItem term="Website" wide>{profile.website}</DescriptionItem>
            </DescriptionList>
          </CardBody>
        </Card>
        <Card as="section" aria-labelledby="dpo-heading">
          <CardHeader titleId="dpo-heading" title="Data protection officer" description="Art. 37–39; named in the register and in policies (Art. 13(1)(b))." />
          <CardBody>
            <DescriptionList columns={2}>
              <DescriptionItem term="Name">{profile.dpoName}</DescriptionItem>
              <DescriptionItem term="Form of address">{profile.dpoForm ? dpoFormLabels[profile.dpoForm] : ""}</DescriptionItem>
              <DescriptionItem term="Organisation">{profile.dpoOrganisation}</DescriptionItem>
              <DescriptionItem term="Address" wide>{profile.dpoAddress}</DescriptionItem>
              <DescriptionItem term="E-mail">{profile.dpoEmail}</DescriptionItem>
              <DescriptionItem term="Telephone">{profile.dpoPhone}</DescriptionItem>
            </DescriptionList>
          </CardBody>
        </Card>
        <Card as="section" aria-labelledby="rep-heading">
          <CardHeader titleId="rep-heading" title="Representative in the Union" description="Art. 27: for controllers established outside the EU." />
          <CardBody>
            <DescriptionList columns={2}>
              <DescriptionItem term="Name">{profile.representativeName}</DescriptionItem>
              <DescriptionItem term="E-mail">{profile.representativeEmail}</DescriptionItem>
              <DescriptionItem term="Address" wide>{profile.representativeAddress}</DescriptionItem>
              <DescriptionItem term="Telephone">{profile.representativePhone}</DescriptionItem>
            </DescriptionList>
          </CardBody>
        </Card>
        <Card as="section" aria-labelledby="contact-heading">
          <CardHeader titleId="contact-heading" title="Privacy contact and supervisory authority" description="Where people turn with questions, and where they may complain (Art. 77)." />
          <CardBody>
            <DescriptionList columns={2}>
              <DescriptionItem term="Privacy contact">{profile.privacyContactName}</DescriptionItem>
              <DescriptionItem term="Privacy contact e-mail">{profile.privacyContactEmail}</DescriptionItem>
              <DescriptionItem term="Privacy contact address" wide>{profile.privacyContactAddress}</DescriptionItem>
              <DescriptionItem term="Supervisory authority">{profile.supervisoryAuthorityName}</DescriptionItem>
              <DescriptionItem term="Authority website">{profile.supervisoryAuthorityWebsite}</DescriptionItem>
            </DescriptionList>
          </CardBody>
        </Card>
        <Card as="section" aria-labelledby="prefs-heading" className="lg:col-span-2">
          <CardHeader titleId="prefs-heading" title="Register preferences" />
          <CardBody>
            <DescriptionList columns={2}>
              <DescriptionItem term="Default language of policies">{languageName(asLanguage(profile.defaultLanguage), "en")}</DescriptionItem>
              <DescriptionItem term="Review interval">{`${profile.reviewIntervalMonths} months`}</DescriptionItem>
              <DescriptionItem term="Demo organisation">{profile.isDemo ? "Yes: sample data for trying the app" : "No"}</DescriptionItem>
              <DescriptionItem term="Last changed">{`${formatDateTime(profile.updatedAt)} · version ${profile.version}`}</DescriptionItem>
            </DescriptionList>
          </CardBody>
        </Card>
      </div>
  );
}
