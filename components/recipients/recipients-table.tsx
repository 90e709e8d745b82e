"use client";

import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableUrlState } from "@/components/data-table/url-state";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { RecipientListRow } from "@/lib/recipients/queries";
import { recipientColumns } from "./recipient-columns";

export function RecipientsTable({ recipients, urlState, filtered }: { recipients: RecipientListRow[]; urlState: DataTableUrlState; filtered: boolean }) {
  const showAll = (
    <Link href="/recipients" className="text-blue-700 hover:underline">
      Show all
    </Link>
  );
  return (
    <DataTable
      data={recipients}
      columns={recipientColumns}
      caption="Recipients and processors"
      noun={["recipient", "recipients"]}
      getRowId={(row) => row.id}
      searchLabel="Search recipients"
      urlState={urlState}
      toolbar={
        filtered ? (
          <p className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
            <span>
              Filtered: <strong className="font-medium">processors whose DPA is missing or due for review</strong>
            </span>
            {showAll}
          </p>
        ) : null
      }
      emptyState={
        filtered ? (
          <EmptyState
            title="Every processor agreement is in order"
            action={
              <Link href="/recipients" className={buttonClassName({ size: "sm" })}>
                Show all recipients
              </Link>
            }
          >
            No processor or sub-processor lacks a signed DPA or is due for review.
          </EmptyState>
        ) : (
          <EmptyState title="No recipients recorded yet">
            Recipients are everyone the data is disclosed to (Art. 30(1)(d)): internal departments, processors and their sub-processors,
            other controllers and public authorities. Those recorded for this organisation will be listed here.
          </EmptyState>
        )
      }
    />
  );
}
