import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.page");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Every member may read it: it is the organisation's own account of who changed its register (Art. 5(2), accountability).
export default async function AuditPage({ searchParams }: Props) {
  const { organisation } = await requireMember("VIEWER");
  const filter = parseAuditFilter(await searchParams);
  const [result, options, t] = await Promise.all([listAuditEvents(organisation.id, filter), listAuditFilterOptions(organisation.id), getTranslations("audit.page")]);
  const active = hasAuditFilter(filter);
  const current = { ...filter, page: result.page };
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
      />
      <Card className="mb-4 p-4">
        <AuditFilters filter={filter} options={options} active={active} />
      </Card>
      <Card>
        {result.total === 0 ? (
          active ? (
            <EmptyState
              title={t("noMatchTitle")}
              action={<Link href="/audit" className={buttonClassName()}>{t("showAll")}</Link>}
            >
              {t("noMatchBody")}
            </EmptyState>
          ) : (
            <EmptyState title={t("emptyTitle")}>
              {t("emptyBody")}
            </EmptyState>
          )
        ) : (
          <>
            <AuditEventList events={result.events} label={t("listLabel")} />
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
