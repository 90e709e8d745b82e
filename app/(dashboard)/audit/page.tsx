import type { Metadata } from "next";
import Link from "next/link";
import { requireMember } from "@/lib/auth/guard";
import { auditFilterQuery, hasAuditFilter, parseAuditFilter } from "@/lib/audit-log/filter";
import { listAuditEvents, listAuditFilterOptions } from "@/lib/audit-log/queries";
import { AuditEventList } from "@/components/audit/audit-event-list";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClassName } from "@/components/ui/button";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Every member may read it: it is the organisation's own account of who changed its register (Art. 5(2), accountability).
export default async function AuditPage({ searchParams }: Props) {
  const { organisation } = await requireMember("VIEWER");
  const filter = parseAuditFilter(await searchParams);
  const [result, options] = await Promise.all([listAuditEvents(organisation.id, filter), listAuditFilterOptions(organisation.id)]);
  const active = hasAuditFilter(filter);
  const current = { ...filter, page: result.page };
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change to the register, its catalogues and its members: who made it, when, and what it changed, field by field. Newest first."
      />
      <Card className="mb-4 p-4">
        <AuditFilters filter={filter} options={options} active={active} />
      </Card>
      <Card>
        {result.total === 0 ? (
          active ? (
            <EmptyState
              title="No events match these filters"
              action={<Link href="/audit" className={buttonClassName()}>Show all events</Link>}
            >
              Widen the date range or choose another record type, user or action.
            </EmptyState>
          ) : (
            <EmptyState title="No changes recorded yet">
              Every change to activities, recipients, catalogues, the organisation profile and its members will be recorded here, with the person who made it.
            </EmptyState>
          )
        ) : (
          <>
            <AuditEventList events={result.events} label="Audit events" />
            <AuditPagination
              page={result.page}
              pageCount={result.pageCount}
              total={result.total}
              pageSize={result.pageSize}
              hrefFor={(page) => `/audit${auditFilterQuery(current, page)}`}
            />
          </>
        )}
      </Card>
    </>
  );
}
