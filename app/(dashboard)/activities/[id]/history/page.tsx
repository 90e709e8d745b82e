import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { getHistorySubject, listRecordHistory } from "@/lib/audit-log/queries";
import { RecordHistory } from "@/components/audit/record-history";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organisation } = await requireMember();
  const subject = await getHistorySubject(organisation.id, "ProcessingActivity", (await params).id);
  const t = await getTranslations("activities");
  return { title: subject ? t("history.title", { title: subject.title }) : (await getTranslations("errors.recordNotFound"))("title") };
}

export default async function ActivityHistoryPage({ params }: Props) {
  const { organisation } = await requireMember();
  const { id } = await params;
  // Another organisation's id is simply not found, before any event is read.
  const subject = await getHistorySubject(organisation.id, "ProcessingActivity", id);
  if (!subject) notFound();
  const { events, total } = await listRecordHistory(organisation.id, "ProcessingActivity", subject.id);
  const t = await getTranslations("activities.list");
  return (
    <RecordHistory
      title={subject.title}
      eyebrow={{ href: "/activities", label: t("title") }}
      basePath={`/activities/${subject.id}`}
      version={subject.version}
      events={events}
      total={total}
    />
  );
}
