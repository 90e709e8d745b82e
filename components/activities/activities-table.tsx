"use client";

import { useCallback, useMemo, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFilter, DataTableView } from "@/components/data-table/types";
import { EmptyState } from "@/components/ui/empty-state";
import { MessageText } from "@/components/ui/message-text";
import { buttonClassName } from "@/components/ui/button";
import { activityListFilterParams, activityStatuses } from "@/lib/activities/list-filter";
import { activityPageSizes, parseActivityListParams, serializeActivityListParams, type ActivityListParams } from "@/lib/activities/list-params";
import type { ActivityFilterOptions, ActivityListRow } from "@/lib/activities/queries";
import { saveColumnVisibilityAction } from "@/lib/preferences/actions";
import type { ColumnVisibility } from "@/lib/preferences/schema";
import { activityColumns } from "./activity-columns";
import { BulkActionsBar } from "./bulk-actions-bar";

type Translate = ReturnType<typeof useTranslations<"activityRecord.table.filters">>;
type TranslateLabels = ReturnType<typeof useTranslations<"labels">>;

function filtersFor(t: Translate, labels: TranslateLabels, options: ActivityFilterOptions, params: ActivityListParams, dueSoonDays: number): DataTableFilter[] {
  const yesNo = [
    { value: "yes", label: t("yes") },
    { value: "no", label: t("no") },
  ];
  const { legalBasisId, department } = params.filter;
  // A value from an old link that no longer exists stays visible, so that the filter can be seen and cleared.
  const bases = options.legalBases.map((basis) => ({ value: basis.id, label: basis.citation }));
  if (legalBasisId && !bases.some((b) => b.value === legalBasisId)) bases.unshift({ value: legalBasisId, label: t("notInUse") });
  const departments = options.departments.map((name) => ({ value: name, label: name }));
  if (department && !options.departments.includes(department)) departments.unshift({ value: department, label: department });
  return [
    { id: "status", label: t("status"), options: activityStatuses.map((status) => ({ value: status, label: labels(`activityStatus.${status}`) })) },
    { id: "basis", label: t("basis"), options: bases },
    { id: "department", label: t("department"), options: departments },
    { id: "transfers", label: t("transfers"), options: yesNo },
    { id: "special", label: t("special"), options: yesNo },
    {
      id: "review",
      label: t("review"),
      options: [
        { value: "overdue", label: t("overdue") },
        { value: "due-soon", label: t("dueSoon", { days: dueSoonDays }) },
      ],
    },
  ];
}

export function ActivitiesTable({
  rows,
  total,
  params,
  filterOptions,
  canEdit,
  columnVisibility,
  reviewIntervalMonths,
  dueSoonDays,
}: {
  rows: ActivityListRow[];
  total: number;
  /** The view the server rendered (its page clamped to the last page). */
  params: ActivityListParams;
  filterOptions: ActivityFilterOptions;
  canEdit: boolean;
  columnVisibility: ColumnVisibility;
  reviewIntervalMonths: number;
  dueSoonDays: number;
}) {
  const router = useRouter();
  const t = useTranslations("activityRecord");
  const labels = useTranslations("labels");
  const filtersT = useTranslations("activityRecord.table.filters");
  const columns = useMemo(() => activityColumns(t, labels), [t, labels]);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  const view = useMemo<DataTableView>(
    () => ({
      q: params.q,
      filters: activityListFilterParams(params.filter),
      sort: params.sort ? [params.sort] : [],
      pageIndex: params.page - 1,
      pageSize: params.pageSize,
    }),
    [params],
  );

  const onViewChange = useCallback(
    (next: DataTableView, how?: { replace?: boolean }) => {
      const sort = next.sort[0];
      // Through the parser, so that the URL only ever holds what the server accepts.
      const parsed = parseActivityListParams({
        ...next.filters,
        q: next.q,
        sort: sort ? `${sort.desc ? "-" : ""}${sort.id}` : undefined,
        page: String(next.pageIndex + 1),
        size: String(next.pageSize),
      });
      const href = `/activities${serializeActivityListParams(parsed)}`;
      setMessage(null);
      startTransition(() => (how?.replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
    },
    [router],
  );

  const selection = useMemo(
    () =>
      canEdit
        ? {
            getRowLabel: (row: ActivityListRow) => t("table.rowLabel", { name: row.name, reference: row.reference }),
            renderActions: (selected: ActivityListRow[]) => (
              <BulkActionsBar rows={selected} reviewIntervalMonths={reviewIntervalMonths} onDone={setMessage} />
            ),
          }
        : undefined,
    [canEdit, reviewIntervalMonths, t],
  );

  const visibility = useMemo(
    () => ({
      initial: columnVisibility,
      onChange: (next: ColumnVisibility) => {
        // Should saving fail, the choice still holds for this visit; nothing the user typed is at stake.
        saveColumnVisibilityAction({ table: "activities", columnVisibility: next }).catch(() => undefined);
      },
    }),
    [columnVisibility],
  );

  return (
    <div className="space-y-3">
      <div role="status" aria-live="polite">
        {message ? (
          <p className="flex items-center justify-between gap-3 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            <MessageText text={message} />
            <button type="button" className="text-xs text-emerald-800 underline" onClick={() => setMessage(null)}>
              {t("table.dismiss")}
            </button>
          </p>
        ) : null}
      </div>
      <DataTable
        data={rows}
        columns={columns}
        caption={t("table.caption")}
        noun={[t("table.one"), t("table.many")]}
        getRowId={(row) => row.id}
        searchLabel={t("table.search")}
        filters={filtersFor(filtersT, labels, filterOptions, params, dueSoonDays)}
        pageSizes={activityPageSizes}
        server={{ total, view, onViewChange, pending }}
        selection={selection}
        columnVisibility={visibility}
        emptyState={
          <EmptyState
            title={canEdit ? t("table.empty.titleEditor") : t("table.empty.titleViewer")}
            action={
              canEdit ? (
                <Link href="/activities/new" className={buttonClassName({ variant: "primary", size: "sm" })}>
                  {t("table.empty.new")}
                </Link>
              ) : null
            }
          >
            {canEdit ? t("table.empty.bodyEditor") : t("table.empty.bodyViewer")}
          </EmptyState>
        }
      />
    </div>
  );
}
