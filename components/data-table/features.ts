/**
 * The features every table in the app shares: client-side sorting, one search
 * box across columns, and pages. Column files build on the types exported
 * here, so that a column of one table cannot be handed to another.
 */
import {
  columnFilteringFeature,
  constructFilterFn,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  type RowData,
  type TableOptions,
} from "@tanstack/react-table";
import { formatDate } from "@/lib/format";

export type DataTableColumnMeta = {
  /** Extra classes for the column's cells and header, e.g. a width or right alignment. */
  className?: string;
  /** Extra classes for the header only, e.g. to let a long label wrap. */
  headerClassName?: string;
};

/** What a cell value contributes to the search box: lists by their items, dates as shown, flags not at all. */
export function searchText(value: unknown): string | undefined {
  if (value === null || value === undefined || typeof value === "boolean") return undefined;
  if (value instanceof Date) return formatDate(value).toLowerCase();
  if (Array.isArray(value)) return value.map(searchText).filter(Boolean).join(" ").toLowerCase();
  if (typeof value === "string" || typeof value === "number") return String(value).toLowerCase();
  return undefined;
}

const includesText = constructFilterFn({ ...filterFn_includesString, resolveDataValue: searchText });

export const dataTableFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  rowSortingFeature,
  rowPaginationFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  filterFns: { includesText },
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, datetime: sortFn_datetime, basic: sortFn_basic },
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

export type DataTableColumns<TData extends RowData> = TableOptions<DataTableFeatures, TData>["columns"];

export function createDataTableColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}
