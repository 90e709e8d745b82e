"use client";

import Link from "next/link";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableUrlState } from "@/components/data-table/url-state";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { RecipientListRow } from "@/lib/recipients/queries";
import { recipientColumns } from "./recipient-columns";

export function RecipientsTable({ recipients, urlState, filtered }: { recipients: RecipientListRow[]; urlState: DataTableUrlState; filtered: boolean }) {
  const t = useTranslations("recipients");
  const columns = useMemo(() => recipientColumns(t), [t]);
  const showAll = (
    <Link href="/recipients" className="text-blue-700 hover:underline">
      {t("table.showAll")}
    </Link>
  );
  return (
    <DataTable
      data={recipients}
      columns={columns}
      caption={t("table.caption")}
      noun={[t("table.one"), t("table.many")]}
      getRowId={(row) => row.id}
      searchLabel={t("table.search")}
      urlState={urlState}
      toolbar={
        filtered ? (
          <p className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
            <span>{t.rich("table.filtered", { strong: (chunks) => <strong className="font-medium">{chunks}</strong> })}</span>
            {showAll}
          </p>
        ) : null
      }
      emptyState={
        filtered ? (
          <EmptyState
            title={t("table.allInOrderTitle")}
            action={
              <Link href="/recipients" className={buttonClassName({ size: "sm" })}>
                {t("table.showAllRecipients")}
              </Link>
            }
          >
            {t("table.allInOrderBody")}
          </EmptyState>
        ) : (
          <EmptyState title={t("table.emptyTitle")}>{t("table.emptyBody")}</EmptyState>
        )
      }
    />
  );
}
