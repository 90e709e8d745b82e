import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { listRecordHistory } from "@/lib/audit-log/queries";
import { getCatalogueEntry } from "@/lib/catalogues/entry-queries";
import { entityTypes } from "@/lib/catalogues/mutations";
import { isCatalogueType } from "@/lib/catalogues/schema";
import { RecordHistory } from "@/components/audit/record-history";
import { catalogueKeys } from "@/components/catalogues/catalogue-keys";

type Props = { params: Promise<{ type: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organisation } = await requireMember();
  const { type, id } = await params;
  const entry = isCatalogueType(type) ? await getCatalogueEntry(organisation.id, type, id) : null;
  const t = await getTranslations("catalogues.page");
  return { title: entry ? t("historyTitle", { name: entry.name }) : t("notFound") };
}

export default async function CatalogueEntryHistoryPage({ params }: Props) {
  const { organisation } = await requireMember();
  const { type, id } = await params;
  if (!isCatalogueType(type)) notFound();
  // Another organisation's id is simply not found, before any event is read.
  const entry = await getCatalogueEntry(organisation.id, type, id);
  if (!entry) notFound();
  const [{ events, total }, t] = await Promise.all([listRecordHistory(organisation.id, entityTypes[type], entry.id), getTranslations("catalogues")]);
  return (
    <RecordHistory
      title={entry.name}
      eyebrow={{ href: `/catalogues#${type}`, label: t("page.eyebrow", { catalogue: t(`types.${catalogueKeys[type]}.title`) }) }}
      basePath={`/catalogues/${type}/${entry.id}`}
      version={entry.version}
      events={events}
      total={total}
    />
  );
}
