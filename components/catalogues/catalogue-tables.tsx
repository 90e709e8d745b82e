"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { DataCategoryRow, DataSubjectCategoryRow, LegalBasisRow, SecurityMeasureRow } from "@/lib/catalogues/queries";
import { dataCategoryColumns, dataSubjectColumns, legalBasisColumns, securityMeasureColumns } from "./catalogue-columns";

const rowId = (row: { id: string }) => row.id;

export function LegalBasesTable({ rows }: { rows: LegalBasisRow[] }) {
  const t = useTranslations("catalogues.types.legalBases");
  const column = useTranslations("catalogues.columns");
  const label = useTranslations("labels");
  const columns = useMemo(() => legalBasisColumns(column, label), [column, label]);
  return (
    <DataTable
      data={rows}
      columns={columns}
      caption={t("title")}
      noun={[t("one"), t("many")]}
      getRowId={rowId}
      emptyState={<EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>}
    />
  );
}

export function DataCategoriesTable({ rows }: { rows: DataCategoryRow[] }) {
  const t = useTranslations("catalogues.types.dataCategories");
  const column = useTranslations("catalogues.columns");
  const columns = useMemo(() => dataCategoryColumns(column), [column]);
  return (
    <DataTable
      data={rows}
      columns={columns}
      caption={t("title")}
      noun={[t("one"), t("many")]}
      getRowId={rowId}
      searchLabel={t("search")}
      emptyState={<EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>}
    />
  );
}

export function DataSubjectsTable({ rows }: { rows: DataSubjectCategoryRow[] }) {
  const t = useTranslations("catalogues.types.dataSubjects");
  const column = useTranslations("catalogues.columns");
  const columns = useMemo(() => dataSubjectColumns(column), [column]);
  return (
    <DataTable
      data={rows}
      columns={columns}
      caption={t("title")}
      noun={[t("one"), t("many")]}
      getRowId={rowId}
      emptyState={<EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>}
    />
  );
}

export function SecurityMeasuresTable({ rows }: { rows: SecurityMeasureRow[] }) {
  const t = useTranslations("catalogues.types.securityMeasures");
  const column = useTranslations("catalogues.columns");
  const label = useTranslations("labels");
  const columns = useMemo(() => securityMeasureColumns(column, label), [column, label]);
  return (
    <DataTable
      data={rows}
      columns={columns}
      caption={t("title")}
      noun={[t("one"), t("many")]}
      getRowId={rowId}
      emptyState={<EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>}
    />
  );
}
