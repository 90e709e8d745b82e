"use client";

import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableUrlState } from "@/components/data-table/url-state";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClassName } from "@/components/ui/button";
import type { ActivityListRow } from "@/lib/activities/queries";
import { activityColumns } from "./activity-columns";

export function ActivitiesTable({
  activities,
  urlState,
  filterDescription,
}: {
  activities: ActivityListRow[];
  urlState: DataTableUrlState;
  /** The server-side filter in words, when one is applied. */
  filterDescription: string | null;
}) {
  return (
    <DataTable
      data={activities}
      columns={activityColumns}
      caption="Processing activities"
      noun={["activity", "activities"]}
      getRowId={(row) => row.id}
      searchLabel="Search activities"
      urlState={urlState}
      toolbar={
        filterDescription ? (
          <p className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
            <span>
              Filtered: <strong className="font-medium">{filterDescription}</strong>
            </span>
            <Link href="/activities" className="text-blue-700 hover:underline">
              Show all
            </Link>
          </p>
        ) : null
      }
      emptyState={
        filterDescription ? (
          <EmptyState
            title="No activities match this filter"
            action={
              <Link href="/activities" className={buttonClassName({ size: "sm" })}>
                Show all activities
              </Link>
            }
          >
            Nothing is recorded with {filterDescription}.
          </EmptyState>
        ) : (
          <EmptyState title="No processing activities recorded yet">
            Art. 30(1) GDPR asks for a record of every processing activity: its purposes, the data and people concerned, recipients,
            transfers, retention and security measures. Activities recorded for this organisation will be listed here.
          </EmptyState>
        )
      }
    />
  );
}
