"use client";

import { useCallback, useMemo, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { DataTableView } from "@/components/data-table/types";
import { EmptyState } from "@/components/ui/empty-state";
import type { Language } from "@/lib/translations/languages";
import { TRANSLATION_STATES, type RecordKind, type TranslationRow } from "@/lib/translations/overview";
import { parseTranslationViewParams, serializeTranslationViewParams, TRANSLATION_PAGE_SIZES, type TranslationViewParams } from "@/lib/translations/view-params";
import { TranslationEditor } from "./translation-editor";
import { TranslationStateBadge } from "./translation-state-badge";

const column = createDataTableColumnHelper<TranslationRow>();

/** One page of the texts, paged and filtered by the server (a large organisation has thousands). */
export function TranslationsTable({
  rows,
  total,
  params,
  language,
  languageLabel,
  recordKinds,
  canEdit,
}: {
  rows: TranslationRow[];
  total: number;
  params: TranslationViewParams;
  language: Language;
  languageLabel: string;
  recordKinds: readonly RecordKind[];
  canEdit: boolean;
}) {
  const t = useTranslations("translations");
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const view = useMemo<DataTableView>(
    () => ({
      q: params.q,
      filters: { ...(params.state ? { state: params.state } : {}), ...(params.kind ? { kind: params.kind } : {}) },
      sort: [],
      pageIndex: params.page - 1,
      pageSize: params.pageSize,
    }),
    [params],
  );

  const onViewChange = useCallback(
    (next: DataTableView, how?: { replace?: boolean }) => {
      const parsed = parseTranslationViewParams({ lang: language, ...next.filters, q: next.q, page: String(next.pageIndex + 1), size: String(next.pageSize) });
      const href = `/translations${serializeTranslationViewParams(parsed)}`;
      startTransition(() => (how?.replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
    },
    [router, language],
  );

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor("description", {
          header: t("columns.text"),
          enableSorting: false,
          enableHiding: false,
          cell: (info) => (
            <div className="min-w-40">
              <Link href={info.row.original.href} className="font-medium text-blue-700 hover:underline">
                {info.row.original.recordName}
              </Link>
              <p className="text-xs text-slate-600">{t(`kinds.${info.row.original.recordKind}`)} · {info.getValue()}</p>
            </div>
          ),
        }),
        column.accessor("source", {
          header: t("columns.source"),
          enableSorting: false,
          cell: (info) => <p className="max-w-md whitespace-pre-wrap break-words">{info.getValue()}</p>,
        }),
        column.accessor("translation", {
          header: t("columns.translation", { language: languageLabel }),
          enableSorting: false,
          enableHiding: false,
          meta: { className: "min-w-72", label: t("columns.translation", { language: languageLabel }) },
          cell: (info) =>
            canEdit ? (
              <TranslationEditor key={`${info.row.original.key}:${info.row.original.translation}:${info.row.original.state}`} row={info.row.original} language={language} languageLabel={languageLabel} />
            ) : (
              <p lang={language} className="max-w-md whitespace-pre-wrap break-words">
                {info.getValue()}
              </p>
            ),
        }),
        column.accessor("state", {
          header: t("columns.state"),
          enableSorting: false,
          cell: (info) => <TranslationStateBadge state={info.getValue()} />,
        }),
      ]),
    [t, canEdit, language, languageLabel],
  );

  return (
    <DataTable
      data={rows}
      columns={columns}
      caption={t("caption", { language: languageLabel })}
      noun={[t("noun.one"), t("noun.other")]}
      getRowId={(row) => row.key}
      searchLabel={t("search")}
      pageSize={params.pageSize}
      pageSizes={TRANSLATION_PAGE_SIZES}
      filters={[
        { id: "state", label: t("filters.state"), options: [{ value: "open", label: t("states.open") }, ...TRANSLATION_STATES.map((state) => ({ value: state, label: t(`states.${state}`) }))] },
        { id: "kind", label: t("filters.kind"), options: recordKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })) },
      ]}
      server={{ total, view, onViewChange, pending }}
      emptyState={<EmptyState title={t("empty.title")}>{t("empty.body")}</EmptyState>}
    />
  );
}
