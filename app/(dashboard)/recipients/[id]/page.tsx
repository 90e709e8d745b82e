import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { getUses } from "@/lib/catalogues/entry-queries";
import { countUses } from "@/lib/catalogues/usage";
import { formatDate, formatDateTime } from "@/lib/format";
import { recipientKindLabels } from "@/lib/labels";
import { deleteRecipientAction } from "@/lib/recipients/actions";
import { dpaState, dpaStateLabels, dpaStateTones, dpaStatusLabels } from "@/lib/recipients/dpa";
import { getRecipient, listRecipientReplacementOptions } from "@/lib/recipients/queries";
import { isProcessorKind } from "@/lib/recipients/schema";
import { DeleteEntryPanel } from "@/components/catalogues/delete-entry-panel";
import { SavedNotice } from "@/components/catalogues/form-parts";
import { WhereUsed } from "@/components/catalogues/where-used";
import { RecordTabs } from "@/components/records/record-tabs";
import { SubProcessorChain } from "@/components/recipients/sub-processor-chain";
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
  return { title: recipient ? recipient.name : "Not found" };
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
  const [uses, replacements] = await Promise.all([
    getUses(organisation.id, "recipients", id),
    canDelete ? listRecipientReplacementOptions(organisation.id, id) : Promise.resolve([]),
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
            Recipients & processors
          </Link>
        }
        title={recipient.name}
        meta={
          <>
            <Badge tone="blue">{recipientKindLabels[recipient.kind]}</Badge>
            {processor ? <Badge tone={dpaStateTones[state]}>{dpaStateLabels[state]}</Badge> : null}
            {recipient.country && !recipient.country.eea ? <Badge tone="violet">Third country</Badge> : null}
            <span className="text-xs text-slate-500">
              changed {formatDateTime(recipient.updatedAt)} · version {recipient.version}
            </span>
          </>
        }
      >
        {canEdit && processor ? (
          <Link href={`/recipients/new?kind=SUB_PROCESSOR&parent=${recipient.id}`} className={buttonClassName()}>
            Add sub-processor
          </Link>
        ) : null}
        {canEdit ? (
          <Link href={`/recipients/${recipient.id}/edit`} className={buttonClassName({ variant: "primary" })}>
            Edit
          </Link>
        ) : null}
      </PageHeader>
      <RecordTabs basePath={`/recipients/${recipient.id}`} current="details" />
      {saved ? <SavedNotice>Saved.</SavedNotice> : null}
      {state === "missing" ? (
        <div className="mb-4">
          <Callout tone="warning" title="Data processing agreement missing">
            Art. 28(3) requires a written agreement with every processor and sub-processor. {canEdit ? "Record it as in place, with a reference or link and the signing date where known, once you have it." : null}
          </Callout>
        </div>
      ) : null}
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-4">
          <Card as="section" aria-labelledby="details-heading">
            <CardHeader titleId="details-heading" title="Details" />
            <CardBody>
              <DescriptionList columns={2}>
                <DescriptionItem term="Services" wide>{recipient.services}</DescriptionItem>
                <DescriptionItem term="Country">
                  {recipient.country ? (
                    <>
                      {recipient.country.name}
                      {recipient.country.eea ? null : (
                        <span className="block text-xs text-slate-600">
                          {recipient.country.adequacy ? `Adequacy decision (Art. 45). ${recipient.country.adequacyNote}` : "No adequacy decision: transfers need a safeguard (Art. 46)."}
                        </span>
                      )}
                    </>
                  ) : null}
                </DescriptionItem>
                <DescriptionItem term="Website">
                  {recipient.website ? (
                    <a href={recipient.website} className="text-blue-700 hover:underline" rel="noreferrer noopener" target="_blank">
                      {recipient.website}
                    </a>
                  ) : null}
                </DescriptionItem>
                <DescriptionItem term="Contact person">{recipient.contactName}</DescriptionItem>
                <DescriptionItem term="E-mail">{recipient.email}</DescriptionItem>
                <DescriptionItem term="Telephone">{recipient.phone}</DescriptionItem>
                <DescriptionItem term="Address" wide>{recipient.address}</DescriptionItem>
                {recipient.notes ? <DescriptionItem term="Notes" wide>{recipient.notes}</DescriptionItem> : null}
              </DescriptionList>
            </CardBody>
          </Card>
          {processor ? (
            <Card as="section" aria-labelledby="dpa-heading">
              <CardHeader titleId="dpa-heading" title="Data processing agreement" description="Art. 28(3)" />
              <CardBody>
                <DescriptionList columns={2}>
                  <DescriptionItem term="Status">{dpaStatusLabels[recipient.dpaStatus]}</DescriptionItem>
                  {recipient.dpaStatus === "NOT_REQUIRED" ? <DescriptionItem term="Why none is required" wide>{recipient.dpaNotRequiredReason}</DescriptionItem> : null}
                  <DescriptionItem term="Signed on">{formatDate(recipient.dpaSignedOn)}</DescriptionItem>
                  <DescriptionItem term="Next review">{formatDate(recipient.dpaNextReviewOn)}</DescriptionItem>
                  <DescriptionItem term="Reference or link" wide>
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
              <CardHeader titleId="chain-heading" title="Sub-processor chain" description="Who engaged whom (Art. 28(2), (4))." />
              <CardBody>
                <SubProcessorChain ancestors={recipient.ancestors} current={recipient} subProcessors={recipient.subProcessors} />
              </CardBody>
            </Card>
          ) : null}
          <Card as="section" aria-labelledby="uses-heading">
            <CardHeader titleId="uses-heading" title="Where it is used" />
            <CardBody>
              <WhereUsed uses={uses} kind="recipients" />
            </CardBody>
          </Card>
          {canDelete ? (
            <Card as="section" aria-labelledby="delete-heading">
              <CardHeader titleId="delete-heading" title="Delete recipient" />
              <CardBody>
                <DeleteEntryPanel
                  action={deleteRecipientAction.bind(null, recipient.id)}
                  name={recipient.name}
                  kind="recipients"
                  inUse={countUses(uses) > 0}
                  replacements={replacements.map((option) => ({ id: option.id, label: `${option.name} (${recipientKindLabels[option.kind].toLowerCase()})` }))}
                />
              </CardBody>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
