import type { Metadata } from "next";
import Link from "next/link";
import { requireMember } from "@/lib/auth/guard";
import { listRecentAuditEvents } from "@/lib/audit-log/queries";
import { formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Audit log" };

const LIMIT = 50;

export default async function AuditPage() {
  const { organisation } = await requireMember();
  const events = await listRecentAuditEvents(organisation.id, LIMIT);
  return (
    <>
      <PageHeader
        title="Audit log"
        description={`Who changed what in the register, and when: the latest ${LIMIT} events, newest first. Searching and paging through older events is not built yet.`}
      />
      <Card>
        {events.length === 0 ? (
          <EmptyState title="No changes recorded yet">Every change to the register will be recorded here with the person who made it.</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">Latest audit events</caption>
              <thead className="bg-slate-50">
                <tr className="border-b border-slate-200 text-xs text-slate-600">
                  <th scope="col" className="px-3 py-2 font-medium">When</th>
                  <th scope="col" className="px-3 py-2 font-medium">Who</th>
                  <th scope="col" className="px-3 py-2 font-medium">Action</th>
                  <th scope="col" className="px-3 py-2 font-medium">Record</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {events.map((event) => (
                  <tr key={event.id}>
                    <td className="px-3 py-2 whitespace-nowrap text-slate-700">{formatDateTime(event.createdAt)}</td>
                    <td className="px-3 py-2">
                      <span className="text-slate-900">{event.actorName ?? event.actorEmail}</span>
                      {event.actorName ? <span className="block text-xs text-slate-500">{event.actorEmail}</span> : null}
                    </td>
                    <td className="px-3 py-2">
                      <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{event.action}</span>
                    </td>
                    <td className="px-3 py-2">
                      <span className="text-slate-900">{event.entityType}</span>{" "}
                      {event.entityType === "ProcessingActivity" ? (
                        <Link href={`/activities/${event.entityId}`} className="font-mono text-xs text-blue-700 hover:underline">
                          {event.entityId}
                        </Link>
                      ) : (
                        <span className="font-mono text-xs text-slate-500">{event.entityId}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
