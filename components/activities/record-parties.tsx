import { useLocale, useTranslations } from "next-intl";
import type { ActivityDetail } from "@/lib/activities/queries";
import type { OrganisationProfile } from "@/lib/organisation/queries";
import { recipientKindOrder } from "@/lib/labels";
import { dpaState, dpaStateTones } from "@/lib/recipients/dpa";
import { asLanguage, countryName } from "@/lib/translations/languages";
import { Badge } from "@/components/ui/badge";
import { DescriptionItem, DescriptionList } from "@/components/ui/description-list";
import { NotRecorded } from "@/components/ui/not-recorded";
import { ContactBlock } from "./contact-block";
import { EmptyAnswer } from "./empty-answer";
import { SubHeading } from "./record-section";

type Party = ActivityDetail["parties"][number];

function PartyList({ parties, empty }: { parties: Party[]; empty?: string }) {
  const t = useTranslations("activityRecord.parties");
  const language = asLanguage(useLocale());
  if (parties.length === 0) return <NotRecorded>{empty}</NotRecorded>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {parties.map((party) => (
        <li key={`${party.id}-${party.role}`} className="rounded-md border border-slate-200 px-3 py-2">
          <ContactBlock
            contact={{
              name: party.name,
              organisation: party.contactName ? t("contact", { name: party.contactName }) : "",
              address: [party.address, party.country ? countryName(party.country.code, language) : ""].filter(Boolean).join("\n"),
              email: party.email,
              phone: party.phone,
              website: party.website,
            }}
          />
          {party.note ? <p className="mt-1 text-xs text-slate-600">{party.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * (a): who is responsible. Art. 30(1)(a) for a controller's record; for
 * processing on behalf of others, Art. 30(2)(a): the processor and each
 * controller on whose behalf it acts.
 */
export function ResponsiblePartiesSection({ activity, organisation }: { activity: ActivityDetail; organisation: OrganisationProfile }) {
  const t = useTranslations("activityRecord.parties");
  const isProcessor = activity.role === "PROCESSOR";
  const jointControllers = activity.parties.filter((p) => p.role === "JOINT_CONTROLLER");
  const clientControllers = activity.parties.filter((p) => p.role === "CLIENT_CONTROLLER");
  const showJoint = activity.role === "JOINT_CONTROLLER" || jointControllers.length > 0;

  return (
    <>
      <DescriptionList columns={2}>
        <DescriptionItem term={isProcessor ? t("processor") : t("controller")}>
          <ContactBlock
            contact={{
              name: organisation.legalName,
              address: organisation.address,
              email: organisation.email,
              phone: organisation.phone,
              website: organisation.website,
            }}
          />
        </DescriptionItem>
        <DescriptionItem term={t("dpo")}>
          <ContactBlock
            contact={{
              name: organisation.dpoName,
              organisation: organisation.dpoOrganisation,
              address: organisation.dpoAddress,
              email: organisation.dpoEmail,
              phone: organisation.dpoPhone,
            }}
          />
        </DescriptionItem>
        <DescriptionItem term={t("representative")}>
          <ContactBlock
            contact={{
              name: organisation.representativeName,
              address: organisation.representativeAddress,
              email: organisation.representativeEmail,
              phone: organisation.representativePhone,
            }}
          />
        </DescriptionItem>
        <DescriptionItem term={t("privacyContact")}>
          <ContactBlock
            contact={{
              name: organisation.privacyContactName,
              address: organisation.privacyContactAddress,
              email: organisation.privacyContactEmail,
            }}
          />
        </DescriptionItem>
      </DescriptionList>

      {isProcessor ? (
        <div>
          <SubHeading>{t("clientControllers")}</SubHeading>
          <PartyList parties={clientControllers} empty={t("clientControllersEmpty")} />
        </div>
      ) : null}

      {showJoint || !isProcessor ? (
        <div>
          <SubHeading>{t("jointControllers")}</SubHeading>
          {showJoint ? (
            <>
              <PartyList parties={jointControllers} />
              <div className="mt-3">
                <DescriptionList>
                  <DescriptionItem term={t("arrangement")}>{activity.jointControllerArrangement}</DescriptionItem>
                </DescriptionList>
              </div>
            </>
          ) : (
            <NotRecorded>{t("onlyController")}</NotRecorded>
          )}
        </div>
      ) : null}
    </>
  );
}

/** (d) Art. 30(1)(d): categories of recipients, including those in third countries. */
export function RecipientsSection({ activity }: { activity: ActivityDetail }) {
  const t = useTranslations("activityRecord.parties");
  const labels = useTranslations("labels");
  const language = asLanguage(useLocale());
  const recipients = activity.parties.filter((p) => p.role === "RECIPIENT");
  if (recipients.length === 0) return <EmptyAnswer none={activity.recipientsNone} />;
  const groups = recipientKindOrder
    .map((kind) => ({ kind, members: recipients.filter((r) => r.kind === kind) }))
    .filter((group) => group.members.length > 0);
  return (
    <div className="space-y-4">
      {groups.map((group) => (
        <div key={group.kind}>
          <SubHeading>{labels(`recipientKindGroup.${group.kind}`)}</SubHeading>
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {group.members.map((recipient) => (
              <li key={recipient.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 px-3 py-2 text-sm">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">{recipient.name}</p>
                  {recipient.note ? <p className="text-xs text-slate-600">{recipient.note}</p> : null}
                </div>
                <div className="flex items-center gap-2 text-xs text-slate-600">
                  {/* Art. 28(3): the agreement's recorded status; only a missing one is flagged. */}
                  {dpaState(recipient) === "not-applicable" ? null : <Badge tone={dpaStateTones[dpaState(recipient)]}>{labels(`dpaState.${dpaState(recipient)}`)}</Badge>}
                  {recipient.country ? (
                    <>
                      <span>{countryName(recipient.country.code, language)}</span>
                      {recipient.country.eea ? null : <Badge tone="violet">{t("thirdCountry")}</Badge>}
                    </>
                  ) : (
                    <NotRecorded>{t("countryNotRecorded")}</NotRecorded>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
