import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/guard";
import { listRecordHistory } from "@/lib/audit-log/queries";
import { getCatalogueEntry } from "@/lib/catalogues/entry-queries";
import { entityTypes } from "@/lib/catalogues/mutations";
import { catalogueNouns, isCatalogueType } from "@/lib/catalogues/schema";
import { RecordHistory } from "@/components/audit/record-history";

type Props = { params: Promise<{ type: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organisation } = await requireMember();
  const { type, id } = await params;
  const entry = isCatalogueType(type) ? await getCatalogueEntry(organisation.id, type, id) : null;
  return { title: entry ? `History · ${entry.name}` : "Not found" };
}

export default async function CatalogueEntryHistoryPage({ params }: Props) {
  const { organisation } = await requireMember();
  const { type, id } = await params;
  if (!isCatalogueType(type)) notFound();
  // Another organisation's id is simply not found, before any event is read.
  const entry = await getCatalogueEntry(organisation.id, type, id);
  if (!entry) notFound();
  const { events, total } = await listRecordHistory(organisation.id, entityTypes[type], entry.id);
  return (
    <RecordHistory
      title={entry.name}
      eyebrow={{ href: `/catalogues#${type}`, label: `Catalogues · ${catalogueNouns[type].title}` }}
      basePath={`/catalogues/${type}/${entry.id}`}
      version={entry.version}
      events={events}
      total={total}
    />
  );
}
