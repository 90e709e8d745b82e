import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { getUses } from "@/lib/catalogues/entry-queries";
import { countUses } from "@/lib/catalogues/usage";
import { formatDate, formatDateTime } from "@/lib/format";
import { deleteRecipientAction } from "@/lib/recipients/actions";
import { dpaState, dpaStateTones } from "@/lib/recipients/dpa";
import { getRecipient, listRecipientReplacementOptions } from "@/lib/recipients/queries";
import { isProcessorKind } from "@/lib/recipients/schema";
import { DeleteEntryPanel } from "@/components/catalogues/delete-entry-panel";
import { SavedNotice } from "@/components/catalogues/form-parts";
import { WhereUsed } from "@/components/catalogues/where-used";
import { RecordTabs } from "@/components/records/record-tabs";
import { SubProcessorChain } from "@/components/recipients/sub-processor-chain";
import { dpaStateKey } from "@/components/recipients/dpa-state-key";
import { Badge } from "@/components/ui/badge";
import { buttonClassName } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionItem, DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organisation } = await requireMember();
  const recipient = await getRecipient(organisation.id, (await params).id);
  return { title: recipient ? recipient.name : (await getTranslations("recipients.page"))("notFound") };
}

function isLink(value: string) {
  return /^https?:\/\//i.test(value);
}

export default async function RecipientPage({ params, searchParams }: Props) {
  const { organisation, role } = await requireMember();
  const { id } = await params;
  // Another organisation's id is simply not found.
  const recipient = await getRecipient(organisation.id, id);
  if (!recipient) notFound();
  const canEdit = hasRole(role, "EDITOR");
  const canDelete = hasRole(role, "DPO");
  const [uses, replacements, t] = await Promise.all([
    getUses(organisation.id, "recipients", id),
    canDelete ? listRecipientReplacementOptions(organisation.id, id) : Promise.resolve([]),
    getTranslations("recipients"),
  ]);
  const { saved } = await searchParams;
  const processor = isProcessorKind(recipient.kind);
  const state = dpaState(recipient);
  const showChain = processor || recipient.subProcessors.length > 0;

  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/recipients" className="hover:underline">
            {t("page.title")}
          </Link>
        }
        title={recipient.name}
        meta={
          <>
            <Badge tone="blue">{t(`kinds.${recipient.kind}`)}</Badge>
            {processor ? <Badge tone={dpaStateTones[state]}>{t(`dpaState.${dpaStateKey(state)}`)}</Badge> : null}
            {recipient.country && !recipient.country.eea ? <Badge tone="violet">{t("detail.thirdCountry")}</Badge> : null}
            <span className="text-xs text-slate-500">
              {t("detail.changed", { date: formatDateTime(recipient.updatedAt), version: recipient.version })}
            </span>
          </>
        }
      >
        {canEdit && processor ? (
          <Link href={`/recipients/new?kind=SUB_PROCESSOR&parent=${recipient.id}`} className={buttonClassName()}>
            {t("detail.addSubProcessor")}
          </Link>
        ) : null}
        {canEdit ? (
          <Link href={`/recipients/${recipient.id}/edit`} className={buttonClassName({ variant: "primary" })}>
            {t("detail.edit")}
          </Link>
        ) : null}
      </PageHeader>
      <RecordTabs basePath={`/recipients/${recipient.id}`} current="details" />
      {saved ? <SavedNotice>{t("detail.saved")}</SavedNotice> : null}
      {state === "missing" ? (
        <div className="mb-4">
          <Callout tone="warning" title={t("detail.dpaMissingTitle")}>
            {t("detail.dpaMissingBody")} {canEdit ? t("detail.dpaMissingAction") : null}
          </Callout>
        </div>
      ) : null}
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-4">
          <Card as="section" aria-labelledby="details-heading">
            <CardHeader titleId="details-heading" title={t("detail.details")} />
            <CardBody>
              <DescriptionList columns={2}>
                <DescriptionItem term={t("fields.services")} wide>{recipient.services}</DescriptionItem>
                <DescriptionItem term={t("fields.countryCode")}>
                  {recipient.country ? (
                    <>
                      {recipient.country.name}
                      {recipient.country.eea ? null : (
                        <span className="block text-xs text-slate-600">
                          {recipient.country.adequacy ? t("detail.adequacy", { note: recipient.country.adequacyNote }) : t("detail.noAdequacy")}
                        </span>
                      )}
                    </>
                  ) : null}
                </DescriptionItem>
                <DescriptionItem term={t("fields.website")}>
                  {recipient.website ? (
                    <a href={recipient.website} className="text-blue-700 hover:underline" rel="noreferrer noopener" target="_blank">
                      {recipient.website}
                    </a>
                  ) : null}
                </DescriptionItem>
                <DescriptionItem term={t("fields.contactName")}>{recipient.contactName}</DescriptionItem>
                <DescriptionItem term={t("fields.email")}>{recipient.email}</DescriptionItem>
                <DescriptionItem term={t("fields.phone")}>{recipient.phone}</DescriptionItem>
                <DescriptionItem term={t("fields.address")} wide>{recipient.address}</DescriptionItem>
                {recipient.notes ? <DescriptionItem term={t("fields.notes")} wide>{recipient.notes}</DescriptionItem> : null}
              </DescriptionList>
            </CardBody>
          </Card>
          {processor ? (
            <Card as="section" aria-labelledby="dpa-heading">
              <CardHeader titleId="dpa-heading" title={t("form.dpa")} description={t("detail.dpaArticle")} />
              <CardBody>
                <DescriptionList columns={2}>
                  <DescriptionItem term={t("form.status")}>{t(`dpaStatus.${recipient.dpaStatus}`)}</DescriptionItem>
                  {recipient.dpaStatus === "NOT_REQUIRED" ? <DescriptionItem term={t("detail.whyNone")} wide>{recipient.dpaNotRequiredReason}</DescriptionItem> : null}
                  <DescriptionItem term={t("form.signedOn")}>{formatDate(recipient.dpaSignedOn)}</DescriptionItem>
                  <DescriptionItem term={t("form.nextReview")}>{formatDate(recipient.dpaNextReviewOn)}</DescriptionItem>
                  <DescriptionItem term={t("form.reference")} wide>
                    {recipient.dpaReference && isLink(recipient.dpaReference) ? (
                      <a href={recipient.dpaReference} className="break-all text-blue-700 hover:underline" rel="noreferrer noopener" target="_blank">
                        {recipient.dpaReference}
                      </a>
                    ) : (
                      recipient.dpaReference
                    )}
                  </DescriptionItem>
                </DescriptionList>
              </CardBody>
            </Card>
          ) : null}
        </div>
        <div className="space-y-4">
          {showChain ? (
            <Card as="section" aria-labelledby="chain-heading">
              <CardHeader titleId="chain-heading" title={t("detail.chain")} description={t("detail.chainDescription")} />
              <CardBody>
                <SubProcessorChain ancestors={recipient.ancestors} current={recipient} subProcessors={recipient.subProcessors} />
              </CardBody>
            </Card>
          ) : null}
          <Card as="section" aria-labelledby="uses-heading">
            <CardHeader titleId="uses-heading" title={t("detail.whereUsed")} />
            <CardBody>
              <WhereUsed uses={uses} kind="recipients" />
            </CardBody>
          </Card>
          {canDelete ? (
            <Card as="section" aria-labelledby="delete-heading">
              <CardHeader titleId="delete-heading" title={t("detail.delete")} />
              <CardBody>
                <DeleteEntryPanel
                  action={deleteRecipientAction.bind(null, recipient.id)}
                  name={recipient.name}
                  kind="recipients"
                  inUse={countUses(uses) > 0}
                  replacements={replacements.map((option) => ({ id: option.id, label: `${option.name} (${t(`kinds.${option.kind}`)})` }))}
                />
              </CardBody>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
