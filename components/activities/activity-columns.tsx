import Link from "next/link";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import { ActivityStatusBadge } from "@/components/activities/activity-status-badge";
import { ReviewDate } from "@/components/activities/review-date";
import { Badge } from "@/components/ui/badge";
import { NotRecorded } from "@/components/ui/not-recorded";
import { formatDate } from "@/lib/format";
import { processingRoleLabels } from "@/lib/labels";
import { NONE, NOT_RECORDED } from "@/lib/register/lines";
import type { ActivityListRow } from "@/lib/activities/queries";
import { CompletenessBadge } from "@/components/register/completeness-badge";

const column = createDataTableColumnHelper<ActivityListRow>();

/**
 * The activities table is sorted by the server: a sortable column's id is
 * one of `activitySortIds`, and the sort functions here only matter for
 * client-side use.
 */
export const activityColumns = column.columns([
  column.accessor("reference", {
    header: "Ref.",
    enableHiding: false,
    cell: (info) => <span className="font-mono text-xs whitespace-nowrap text-slate-600">{info.getValue()}</span>,
    meta: { className: "w-24", label: "Reference" },
  }),
  column.accessor("name", {
    header: "Name",
    enableHiding: false,
    cell: (info) => (
      <Link href={`/activities/${info.row.original.id}`} className="font-medium text-blue-700 hover:underline">
        {info.getValue()}
      </Link>
    ),
    meta: { className: "min-w-48" },
  }),
  column.accessor("department", {
    header: "Department",
    cell: (info) => info.getValue() || <NotRecorded>—</NotRecorded>,
  }),
  column.accessor("owner", {
    header: "Owner",
    cell: (info) => info.getValue() || <NotRecorded>—</NotRecorded>,
  }),
  column.accessor("status", {
    header: "Status",
    cell: (info) => <ActivityStatusBadge status={info.getValue()} />,
  }),
  column.accessor((row) => row.completeness?.score, {
    id: "completeness",
    header: "Art. 30",
    enableSorting: false,
    cell: (info) => <CompletenessBadge summary={info.row.original.completeness} />,
    meta: { label: "Completeness (Art. 30)" },
  }),
  column.accessor((row) => processingRoleLabels[row.role], {
    id: "role",
    header: "Role",
    cell: (info) => <span className="whitespace-nowrap">{info.getValue()}</span>,
  }),
  column.accessor("legalBases", {
    header: "Legal bases",
    enableSorting: false,
    cell: (info) => {
      const citations = info.getValue();
      if (citations.length === 0) return <NotRecorded>None</NotRecorded>;
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
    header: "Data categories",
    enableSorting: false,
    cell: (info) => (
      <span className="inline-flex flex-wrap items-center gap-1.5">
        <span className="tabular-nums">{info.getValue()}</span>
        {info.row.original.hasSpecialCategories ? (
          <Badge tone="red" title="Special categories (Art. 9) or criminal data (Art. 10)">
            Special
          </Badge>
        ) : info.row.original.specialCategoriesNone ? null : (
          <span className="text-xs text-slate-500" title="Whether special categories (Art. 9) or criminal data (Art. 10) are processed is not recorded">
            Special: not recorded
          </span>
        )}
      </span>
    ),
    meta: { headerClassName: "w-24" },
  }),
  column.accessor("hasTransfers", {
    header: "Transfers",
    enableSorting: false,
    // The register's words: "None" is a recorded answer, "Not recorded" an open question.
    cell: (info) => (info.getValue() ? "Yes" : info.row.original.transfersNone ? NONE : <span className="text-slate-500 italic">{NOT_RECORDED}</span>),
  }),
  column.accessor((row) => row.nextReviewOn ?? undefined, {
    id: "nextReviewOn",
    header: "Next review",
    // A retired activity is no longer reviewed: its old date is history, not a warning.
    cell: (info) =>
      info.row.original.status === "RETIRED" ? (
        <span className="whitespace-nowrap text-slate-500">{formatDate(info.getValue()) || "—"}</span>
      ) : (
        <ReviewDate date={info.getValue() ?? null} />
      ),
  }),
]);
