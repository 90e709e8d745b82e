/**
 * The features every table in the app shares: sorting, one search box across
 * columns, select filters, pages, column visibility and row selection (the
 * row models are only used by tables sorted and paged in the browser; tables
 * paged by the server run in manual mode). Column files build on the types exported
 * here, so that a column of one table cannot be handed to another.
 */
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  constructFilterFn,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  metaHelper,
  rowPaginationFeature,
  rowSelectionFeature,
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
  /** The column's name in the column menu, where the header is not plain text. */
  label?: string;
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

/** A cell value as a select filter's option value: flags read "yes" / "no". */
function optionValue(value: unknown): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  return value === null || value === undefined ? "" : String(value);
}

const option = constructFilterFn({ ...filterFn_equalsString, resolveDataValue: optionValue });

export const dataTableFeatures = tableFeatures({
  columnFilteringFeature,
  columnVisibilityFeature,
  globalFilteringFeature,
  rowSortingFeature,
  rowPaginationFeature,
  rowSelectionFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  filterFns: { includesText, option },
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, datetime: sortFn_datetime, basic: sortFn_basic },
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

export type DataTableColumns<TData extends RowData> = TableOptions<DataTableFeatures, TData>["columns"];

export function createDataTableColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}
