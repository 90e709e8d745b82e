import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { getHistorySubject, listRecordHistory } from "@/lib/audit-log/queries";
import { RecordHistory } from "@/components/audit/record-history";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organisation } = await requireMember();
  const subject = await getHistorySubject(organisation.id, "Recipient", (await params).id);
  const t = await getTranslations("recipients.page");
  return { title: subject ? t("historyTitle", { name: subject.title }) : t("notFound") };
}

export default async function RecipientHistoryPage({ params }: Props) {
  const { organisation } = await requireMember();
  const { id } = await params;
  // Another organisation's id is simply not found, before any event is read.
  const subject = await getHistorySubject(organisation.id, "Recipient", id);
  if (!subject) notFound();
  const [{ events, total }, t] = await Promise.all([listRecordHistory(organisation.id, "Recipient", subject.id), getTranslations("recipients.page")]);
  return (
    <RecordHistory
      title={subject.title}
      eyebrow={{ href: "/recipients", label: t("title") }}
      basePath={`/recipients/${subject.id}`}
      version={subject.version}
      events={events}
      total={total}
    />
  );
}
