"use client";

import { DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { DataCategoryRow, DataSubjectCategoryRow, LegalBasisRow, SecurityMeasureRow } from "@/lib/catalogues/queries";
import { dataCategoryColumns, dataSubjectColumns, legalBasisColumns, securityMeasureColumns } from "./catalogue-columns";

const rowId = (row: { id: string }) => row.id;

export function LegalBasesTable({ rows }: { rows: LegalBasisRow[] }) {
  return (
    <DataTable
      data={rows}
      columns={legalBasisColumns}
      caption="Legal bases"
      noun={["legal basis", "legal bases"]}
      getRowId={rowId}
      emptyState={<EmptyState title="No legal bases in the catalogue">The bases of Art. 6(1), Art. 9(2) and Art. 10 GDPR, and any national ones, will be listed here.</EmptyState>}
    />
  );
}

export function DataCategoriesTable({ rows }: { rows: DataCategoryRow[] }) {
  return (
    <DataTable
      data={rows}
      columns={dataCategoryColumns}
      caption="Data categories"
      noun={["data category", "data categories"]}
      getRowId={rowId}
      searchLabel="Search data categories"
      emptyState={<EmptyState title="No data categories in the catalogue">Categories of personal data, with their default retention, will be listed here.</EmptyState>}
    />
  );
}

export function DataSubjectsTable({ rows }: { rows: DataSubjectCategoryRow[] }) {
  return (
    <DataTable
      data={rows}
      columns={dataSubjectColumns}
      caption="Data subject categories"
      noun={["data subject category", "data subject categories"]}
      getRowId={rowId}
      emptyState={<EmptyState title="No data subject categories in the catalogue">The groups of people whose data is processed will be listed here.</EmptyState>}
    />
  );
}

export function SecurityMeasuresTable({ rows }: { rows: SecurityMeasureRow[] }) {
  return (
    <DataTable
      data={rows}
      columns={securityMeasureColumns}
      caption="Security measures"
      noun={["security measure", "security measures"]}
      getRowId={rowId}
      emptyState={<EmptyState title="No security measures in the catalogue">The technical and organisational measures of Art. 32 will be listed here.</EmptyState>}
    />
  );
}
