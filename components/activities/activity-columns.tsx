import Link from "next/link";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import { ActivityStatusBadge } from "@/components/activities/activity-status-badge";
import { ReviewDate } from "@/components/activities/review-date";
import { NotRecorded } from "@/components/ui/not-recorded";
import { processingRoleLabels } from "@/lib/labels";
import type { ActivityListRow } from "@/lib/activities/queries";

const column = createDataTableColumnHelper<ActivityListRow>();

// Order in which the status column sorts: the work first, the history last.
const statusRank = { DRAFT: 0, ACTIVE: 1, RETIRED: 2 } as const;

export const activityColumns = column.columns([
  column.accessor("reference", {
    header: "Ref.",
    sortFn: "alphanumeric",
    cell: (info) => <span className="font-mono text-xs whitespace-nowrap text-slate-600">{info.getValue()}</span>,
    meta: { className: "w-24" },
  }),
  column.accessor("name", {
    header: "Name",
    sortFn: "text",
    cell: (info) => (
      <Link href={`/activities/${info.row.original.id}`} className="font-medium text-blue-700 hover:underline">
        {info.getValue()}
      </Link>
    ),
    meta: { className: "min-w-40" },
  }),
  column.accessor("department", {
    header: "Department",
    sortFn: "text",
    cell: (info) => info.getValue() || <NotRecorded>—</NotRecorded>,
  }),
  column.accessor("status", {
    header: "Status",
    sortFn: (a, b) => statusRank[a.original.status] - statusRank[b.original.status],
    cell: (info) => <ActivityStatusBadge status={info.getValue()} />,
  }),
  column.accessor((row) => processingRoleLabels[row.role], {
    id: "role",
    header: "Role",
    sortFn: "text",
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
    sortFn: "basic",
    enableGlobalFilter: false,
    cell: (info) => <span className="tabular-nums">{info.getValue()}</span>,
    meta: { className: "text-right", headerClassName: "w-20" },
  }),
  column.accessor("hasTransfers", {
    header: "Transfers",
    sortFn: "basic",
    enableGlobalFilter: false,
    cell: (info) => (info.getValue() ? "Yes" : <span className="text-slate-500">No</span>),
  }),
  // undefined rather than null, so that activities without a date sort last.
  column.accessor((row) => row.nextReviewOn ?? undefined, {
    id: "nextReviewOn",
    header: "Next review",
    sortFn: "datetime",
    sortUndefined: "last",
    cell: (info) => <ReviewDate date={info.getValue() ?? null} />,
  }),
]);
