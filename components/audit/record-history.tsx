import Link from "next/link";
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
  return (
    <>
      <PageHeader
        eyebrow={<Link href={eyebrow.href} className="hover:underline">{eyebrow.label}</Link>}
        title={title}
        description={`Every saved change to this record, newest first, with the version it produced. It is now at version ${version}.`}
      />
      <RecordTabs basePath={basePath} current="history" historyCount={total} />
      <Card>
        {events.length === 0 ? (
          <EmptyState title="No recorded changes">
            Changes made from now on will appear here with the person who made them and what they changed.
          </EmptyState>
        ) : (
          <AuditEventList events={events} showRecord={false} label={`History of ${title}`} />
        )}
        {total > events.length ? (
          <p className="border-t border-slate-200 px-4 py-3 text-sm text-slate-600">
            Showing the latest {HISTORY_LIMIT} of {total} changes. Older ones are in the <Link href="/audit" className="text-blue-700 underline">audit log</Link>.
          </p>
        ) : null}
      </Card>
    </>
  );
}
