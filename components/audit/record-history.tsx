import Link from "next/link";
import { useTranslations } from "next-intl";
import { HISTORY_LIMIT, type AuditEventRow } from "@/lib/audit-log/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RecordTabs } from "@/components/records/record-tabs";
import { AuditEventList } from "./audit-event-list";

/** The History tab of a record: its own audit events, newest first. */
export function RecordHistory({
  title,
  eyebrow,
  basePath,
  version,
  events,
  total,
}: {
  title: string;
  eyebrow: { href: string; label: string };
  basePath: string;
  version: number;
  events: AuditEventRow[];
  total: number;
}) {
  const t = useTranslations("audit.history");
  return (
    <>
      <PageHeader
        eyebrow={<Link href={eyebrow.href} className="hover:underline">{eyebrow.label}</Link>}
        title={title}
        description={t("description", { version })}
      />
      <RecordTabs basePath={basePath} current="history" historyCount={total} />
      <Card>
        {events.length === 0 ? (
          <EmptyState title={t("emptyTitle")}>
            {t("emptyBody")}
          </EmptyState>
        ) : (
          <AuditEventList events={events} showRecord={false} label={t("listLabel", { title })} />
        )}
        {total > events.length ? (
          <p className="border-t border-slate-200 px-4 py-3 text-sm text-slate-600">
            {t.rich("truncated", {
              limit: HISTORY_LIMIT,
              total,
              link: (chunks) => (
                <Link href="/audit" className="text-blue-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}
      </Card>
    </>
  );
}
