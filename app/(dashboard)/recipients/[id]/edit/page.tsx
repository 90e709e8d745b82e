import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { toIsoDate } from "@/lib/forms/field-rules";
import { getRecipient, listCountryOptions, listParentOptions } from "@/lib/recipients/queries";
import { RecipientForm } from "@/components/recipients/recipient-form";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organisation } = await requireMember("EDITOR");
  const recipient = await getRecipient(organisation.id, (await params).id);
  const t = await getTranslations("recipients.page");
  return { title: recipient ? t("editTitle", { name: recipient.name }) : t("notFound") };
}

export default async function EditRecipientPage({ params }: Props) {
  const { organisation } = await requireMember("EDITOR");
  const { id } = await params;
  const recipient = await getRecipient(organisation.id, id);
  if (!recipient) notFound();
  const [countries, parents, t] = await Promise.all([listCountryOptions(), listParentOptions(organisation.id, id), getTranslations("recipients.page")]);
  const initialValues: Record<string, string> = {
    kind: recipient.kind,
    name: recipient.name,
    contactName: recipient.contactName,
    email: recipient.email,
    phone: recipient.phone,
    address: recipient.address,
    countryCode: recipient.countryCode ?? "",
    website: recipient.website,
    services: recipient.services,
    notes: recipient.notes,
    parentId: recipient.parentId ?? "",
    dpaStatus: recipient.dpaStatus,
    dpaNotRequiredReason: recipient.dpaNotRequiredReason,
    dpaSignedOn: toIsoDate(recipient.dpaSignedOn),
    dpaReference: recipient.dpaReference,
    dpaNextReviewOn: toIsoDate(recipient.dpaNextReviewOn),
  };
  return (
    <div className="max-w-3xl">
      <PageHeader
        eyebrow={
          <Link href={`/recipients/${id}`} className="hover:underline">
            {t("editEyebrow", { name: recipient.name })}
          </Link>
        }
        title={t("editTitle", { name: recipient.name })}
      />
      <RecipientForm id={id} initialValues={initialValues} version={recipient.version} countries={countries} parents={parents} cancelHref={`/recipients/${id}`} />
    </div>
  );
}
