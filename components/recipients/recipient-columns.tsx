import Link from "next/link";
import type { RecipientKind } from "@prisma/client";
import type { useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import { Badge } from "@/components/ui/badge";
import { NotRecorded } from "@/components/ui/not-recorded";
import { formatDate } from "@/lib/format";
import { recipientKindOrder } from "@/lib/labels";
import { dpaState, dpaStateTones } from "@/lib/recipients/dpa";
import type { RecipientListRow } from "@/lib/recipients/queries";
import { dpaStateKey } from "./dpa-state-key";

const column = createDataTableColumnHelper<RecipientListRow>();

const kindRank = (kind: RecipientKind) => recipientKindOrder.indexOf(kind);

/** The recipients table's columns in the reader's language: the table passes its translator. */
export const recipientColumns = (t: ReturnType<typeof useTranslations<"recipients">>) =>
  column.columns([
  column.accessor("name", {
    header: t("columns.name"),
    sortFn: "text",
    cell: (info) => (
      <Link href={`/recipients/${info.row.original.id}`} className="font-medium text-blue-700 hover:underline">
        {info.getValue()}
      </Link>
    ),
    meta: { className: "min-w-44" },
  }),
  column.accessor((row) => t(`kinds.${row.kind}`), {
    id: "kind",
    header: t("columns.kind"),
    sortFn: (a, b) => kindRank(a.original.kind) - kindRank(b.original.kind),
    meta: { className: "min-w-28" },
  }),
  column.accessor((row) => row.country?.name ?? undefined, {
    id: "country",
    header: t("columns.country"),
    sortFn: "text",
    sortUndefined: "last",
    cell: (info) => {
      const country = info.row.original.country;
      if (!country) return <NotRecorded>—</NotRecorded>;
      return (
        <span className="flex flex-wrap items-center gap-1.5 whitespace-nowrap">
          {country.name}
          {country.eea ? null : <Badge tone="violet">{t("columns.thirdCountry")}</Badge>}
        </span>
      );
    },
  }),
  column.accessor("services", {
    header: t("columns.services"),
    sortFn: "text",
    cell: (info) => info.getValue() || <NotRecorded>—</NotRecorded>,
    meta: { className: "min-w-40" },
  }),
  // Art. 28(3): the agreement with each processor and sub-processor.
  column.accessor((row) => t(`dpaState.${dpaStateKey(dpaState(row))}`), {
    id: "dpa",
    header: t("columns.dpa"),
    sortFn: "text",
    cell: (info) => {
      const row = info.row.original;
      const state = dpaState(row);
      if (state === "not-applicable") return <span className="text-slate-500">{t("columns.notNeeded")}</span>;
      return (
        <div className="space-y-0.5">
          <Badge tone={dpaStateTones[state]}>{t(`dpaState.${dpaStateKey(state)}`)}</Badge>
          {row.dpaSignedOn ? <p className="text-xs whitespace-nowrap text-slate-600">{t("columns.signed", { date: formatDate(row.dpaSignedOn) })}</p> : null}
          {row.dpaNextReviewOn ? <p className="text-xs whitespace-nowrap text-slate-600">{t("columns.review", { date: formatDate(row.dpaNextReviewOn) })}</p> : null}
          {row.dpaReference ? <p className="max-w-48 truncate text-xs text-slate-600" title={row.dpaReference}>{row.dpaReference}</p> : null}
        </div>
      );
    },
  }),
  column.accessor((row) => row.parent?.name ?? undefined, {
    id: "parent",
    header: t("columns.parent"),
    sortFn: "text",
    sortUndefined: "last",
    cell: (info) => {
      const parent = info.row.original.parent;
      return parent ? (
        <Link href={`/recipients/${parent.id}`} className="text-slate-700 underline-offset-2 hover:text-blue-700 hover:underline">
          {parent.name}
        </Link>
      ) : (
        <span className="text-slate-400">—</span>
      );
    },
  }),
  column.accessor("activityCount", {
    header: t("columns.activities"),
    sortFn: "basic",
    enableGlobalFilter: false,
    cell: (info) => <span className="tabular-nums">{info.getValue()}</span>,
    meta: { className: "text-right" },
  }),
]);
