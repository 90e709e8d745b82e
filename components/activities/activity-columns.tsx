import Link from "next/link";
import type { useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import { ActivityStatusBadge } from "@/components/activities/activity-status-badge";
import { ReviewDate } from "@/components/activities/review-date";
import { Badge } from "@/components/ui/badge";
import { NotRecorded } from "@/components/ui/not-recorded";
import { formatDate } from "@/lib/format";
import type { ActivityListRow } from "@/lib/activities/queries";
import { CompletenessBadge } from "@/components/register/completeness-badge";

const column = createDataTableColumnHelper<ActivityListRow>();

type Translate = ReturnType<typeof useTranslations<"activityRecord">>;
type TranslateLabels = ReturnType<typeof useTranslations<"labels">>;

/**
 * The activities table's columns in the reader's language: the table passes
 * its translators. The table is sorted by the server: a sortable column's id
 * is one of `activitySortIds`, and the sort functions here only matter for
 * client-side use.
 */
export const activityColumns = (t: Translate, labels: TranslateLabels) =>
  column.columns([
  column.accessor("reference", {
    header: t("columns.reference"),
    enableHiding: false,
    cell: (info) => <span className="font-mono text-xs whitespace-nowrap text-slate-600">{info.getValue()}</span>,
    meta: { className: "w-24", label: t("columns.referenceLabel") },
  }),
  column.accessor("name", {
    header: t("columns.name"),
    enableHiding: false,
    cell: (info) => (
      <Link href={`/activities/${info.row.original.id}`} className="font-medium text-blue-700 hover:underline">
        {info.getValue()}
      </Link>
    ),
    meta: { className: "min-w-48" },
  }),
  column.accessor("department", {
    header: t("columns.department"),
    cell: (info) => info.getValue() || <NotRecorded>—</NotRecorded>,
  }),
  column.accessor("owner", {
    header: t("columns.owner"),
    cell: (info) => info.getValue() || <NotRecorded>—</NotRecorded>,
  }),
  column.accessor("status", {
    header: t("columns.status"),
    cell: (info) => <ActivityStatusBadge status={info.getValue()} />,
  }),
  column.accessor((row) => row.completeness?.score, {
    id: "completeness",
    header: t("columns.completeness"),
    enableSorting: false,
    cell: (info) => <CompletenessBadge summary={info.row.original.completeness} />,
    meta: { label: t("columns.completenessLabel") },
  }),
  column.accessor((row) => labels(`processingRole.${row.role}`), {
    id: "role",
    header: t("columns.role"),
    cell: (info) => <span className="whitespace-nowrap">{info.getValue()}</span>,
  }),
  column.accessor("legalBases", {
    header: t("columns.legalBases"),
    enableSorting: false,
    cell: (info) => {
      const citations = info.getValue();
      if (citations.length === 0) return <NotRecorded>{t("columns.none")}</NotRecorded>;
      return (
        <ul className="space-y-0.5 text-xs whitespace-nowrap">
          {citations.map((citation) => (
            <li key={citation}>{citation}</li>
          ))}
        </ul>
      );
    },
  }),
  column.accessor("dataCategoryCount", {
    header: t("columns.dataCategories"),
    enableSorting: false,
    cell: (info) => (
      <span className="inline-flex flex-wrap items-center gap-1.5">
        <span className="tabular-nums">{info.getValue()}</span>
        {info.row.original.hasSpecialCategories ? (
          <Badge tone="red" title={t("columns.specialTitle")}>
            {t("columns.special")}
          </Badge>
        ) : info.row.original.specialCategoriesNone ? null : (
          <span className="text-xs text-slate-500" title={t("columns.specialNotRecordedTitle")}>
            {t("columns.specialNotRecorded")}
          </span>
        )}
      </span>
    ),
    meta: { headerClassName: "w-24" },
  }),
  column.accessor("hasTransfers", {
    header: t("columns.transfers"),
    enableSorting: false,
    // The register's words: "None" is a recorded answer, "Not recorded" an open question.
    cell: (info) => (info.getValue() ? t("columns.yes") : info.row.original.transfersNone ? t("none") : <NotRecorded />),
  }),
  column.accessor((row) => row.nextReviewOn ?? undefined, {
    id: "nextReviewOn",
    header: t("columns.nextReview"),
    // A retired activity is no longer reviewed: its old date is history, not a warning.
    cell: (info) =>
      info.row.original.status === "RETIRED" ? (
        <span className="whitespace-nowrap text-slate-500">{formatDate(info.getValue()) || "—"}</span>
      ) : (
        <ReviewDate date={info.getValue() ?? null} />
      ),
  }),
]);
