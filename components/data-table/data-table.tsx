"use client";

import { useEffect, useMemo, useState, type ReactNode } from "react";
import {
  useTable,
  type ColumnFiltersState,
  type ColumnVisibilityState,
  type PaginationState,
  type RowData,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { ColumnVisibilityMenu } from "./column-visibility-menu";
import { NoMatch, SelectionBar, SortIcon } from "./data-table-parts";
import { DataTablePagination } from "./data-table-pagination";
import { DataTableToolbar } from "./data-table-toolbar";
import { dataTableFeatures, type DataTableColumns } from "./features";
import { selectionColumn } from "./selection-column";
import { useServerSearch } from "./use-server-search";
import type { DataTableColumnVisibility, DataTableFilter, DataTableSelection, DataTableServerMode } from "./types";
import { writeDataTableUrlState, type DataTableUrlState } from "./url-state";

export type DataTableProps<TData extends RowData> = {
  data: TData[];
  columns: DataTableColumns<TData>;
  /** Names the table for assistive technology (a visually hidden caption). */
  caption: string;
  /** Singular and plural of what a row is, for counts and messages: ["activity", "activities"]. */
  noun: [string, string];
  getRowId?: (row: TData) => string;
  /** Shown instead of the table when there are no rows at all (not merely none matching). */
  emptyState: ReactNode;
  /** The label of the search box; without it the table has no search. */
  searchLabel?: string;
  initialSorting?: SortingState;
  /** Browser mode: the view as read from the URL; when given, the table keeps the URL up to date. */
  urlState?: DataTableUrlState;
  pageSize?: number;
  /** Offer a "rows per page" choice with these sizes. */
  pageSizes?: readonly number[];
  /** Rendered beside the search box. */
  toolbar?: ReactNode;
  filters?: DataTableFilter[];
  /** Server mode: the server sorts, filters and pages; the table renders the page it is given. */
  server?: DataTableServerMode;
  selection?: DataTableSelection<TData>;
  columnVisibility?: DataTableColumnVisibility;
};

function apply<T>(updater: Updater<T>, previous: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(previous) : updater;
}

const columnLabel = (column: { id: string; columnDef: { header?: unknown; meta?: { label?: string } } }) =>
  column.columnDef.meta?.label ?? (typeof column.columnDef.header === "string" ? column.columnDef.header : column.id);

export function DataTable<TData extends RowData>({
  data,
  columns,
  caption,
  noun,
  getRowId,
  emptyState,
  searchLabel,
  initialSorting = [],
  urlState,
  pageSize = 50,
  pageSizes,
  toolbar,
  filters = [],
  server,
  selection,
  columnVisibility,
}: DataTableProps<TData>) {
  const [one, many] = noun;
  // Browser mode keeps its own view; server mode reads it from `server.view`.
  const [clientSorting, setClientSorting] = useState<SortingState>(urlState?.sort.length ? urlState.sort : initialSorting);
  const [clientQuery, setClientQuery] = useState(urlState?.q ?? "");
  const [clientFilters, setClientFilters] = useState<Record<string, string>>({});
  const [clientPagination, setClientPagination] = useState<PaginationState>({ pageIndex: (urlState?.page ?? 1) - 1, pageSize });
  const search = useServerSearch(server);

  // A new page of rows (another page, a filter, a bulk change) starts with nothing selected.
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [selectionData, setSelectionData] = useState(data);
  if (selectionData !== data) {
    setSelectionData(data);
    setRowSelection({});
  }
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(columnVisibility?.initial ?? {});

  const view = server?.view;
  const sorting = view ? view.sort : clientSorting;
  const query = view ? view.q : clientQuery;
  const filterValues = view ? view.filters : clientFilters;
  const pagination = view ? { pageIndex: view.pageIndex, pageSize: view.pageSize } : clientPagination;
  const columnFilters: ColumnFiltersState = view ? [] : Object.entries(clientFilters).map(([id, value]) => ({ id, value }));

  const allColumns = useMemo(
    () => (selection ? [selectionColumn<TData>(selection.getRowLabel, many), ...columns] : columns) as DataTableColumns<TData>,
    [selection, columns, many],
  );

  const setView = (change: Partial<NonNullable<typeof view>>, how?: { replace?: boolean }) => {
    if (server) server.onViewChange({ ...server.view, ...change }, how);
  };

  const table = useTable({
    features: dataTableFeatures,
    columns: allColumns,
    data,
    getRowId,
    state: { sorting, globalFilter: query, columnFilters, pagination, rowSelection, columnVisibility: visibility },
    // A new search, filter or sort order starts again on the first page.
    onSortingChange: (updater) => {
      if (view) return setView({ sort: apply(updater, view.sort), pageIndex: 0 });
      setClientSorting((previous) => apply(updater, previous));
      setClientPagination((previous) => ({ ...previous, pageIndex: 0 }));
    },
    onGlobalFilterChange: (updater) => {
      setClientQuery((previous: string) => apply(updater, previous) ?? "");
      setClientPagination((previous) => ({ ...previous, pageIndex: 0 }));
    },
    onPaginationChange: (updater) => {
      if (view) return setView(apply(updater, pagination));
      setClientPagination((previous) => apply(updater, previous));
    },
    onRowSelectionChange: (updater) => setRowSelection((previous) => apply(updater, previous)),
    onColumnVisibilityChange: (updater) => {
      const next = apply(updater, visibility);
      setVisibility(next);
      // TanStack builds null-prototype maps, which server actions refuse: hand over a plain copy.
      columnVisibility?.onChange({ ...next });
    },
    manualSorting: !!server,
    manualFiltering: !!server,
    manualPagination: !!server,
    rowCount: server?.total,
    enableRowSelection: !!selection,
    enableHiding: !!columnVisibility,
    enableMultiSort: false,
    autoResetPageIndex: false,
    // Ascending first everywhere, dates and numbers included: the soonest review first.
    sortDescFirst: false,
    globalFilterFn: "includesText",
  });

  const matching = server ? server.total : table.getFilteredRowModel().rows.length;
  const pageCount = Math.max(1, table.getPageCount());
  // A page number from an old link may lie beyond the last page: render the
  // last one instead (React re-renders at once when state is set during render).
  const pageIndex = Math.min(pagination.pageIndex, pageCount - 1);
  if (!server && pageIndex !== clientPagination.pageIndex) setClientPagination({ ...clientPagination, pageIndex });

  const syncUrl = urlState !== undefined && !server;
  useEffect(() => {
    if (!syncUrl) return;
    const next = writeDataTableUrlState(window.location.search, { q: clientQuery, sort: clientSorting, page: pageIndex + 1 });
    if (next !== window.location.search) {
      // Next.js keeps its router in step with history.replaceState; no navigation, no refetch.
      window.history.replaceState(null, "", `${window.location.pathname}${next}${window.location.hash}`);
    }
  }, [syncUrl, clientQuery, clientSorting, pageIndex]);

  const filtered = query.trim() !== "" || Object.values(filterValues).some(Boolean);
  if (!filtered && (server ? server.total === 0 : data.length === 0)) {
    return <div className="rounded-lg border border-slate-200 bg-white shadow-xs">{emptyState}</div>;
  }

  const total = server ? server.total : data.length;
  const countText = filtered && !server ? `${matching} of ${total} ${total === 1 ? one : many} match` : `${matching} ${matching === 1 ? one : many}${filtered ? " match" : ""}`;

  const clearFilters = () => {
    if (server) {
      search.reset("");
      return setView({ q: "", filters: {}, pageIndex: 0 });
    }
    setClientQuery("");
    setClientFilters({});
    setClientPagination((previous) => ({ ...previous, pageIndex: 0 }));
  };
  const setFilter = (id: string, value: string) => {
    const next = { ...filterValues };
    if (value) next[id] = value;
    else delete next[id];
    if (server) return setView({ filters: next, pageIndex: 0 });
    setClientFilters(next);
    setClientPagination((previous) => ({ ...previous, pageIndex: 0 }));
  };

  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const selectedRows = selection ? table.getSelectedRowModel().rows.map((row) => row.original) : [];

  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-xs">
      <DataTableToolbar
        searchLabel={searchLabel}
        search={server ? search.draft : clientQuery}
        onSearchChange={(value) => (server ? search.type(value) : table.setGlobalFilter(value))}
        filters={filters}
        filterValues={filterValues}
        onFilterChange={setFilter}
        onClearFilters={filtered ? clearFilters : undefined}
        countText={countText}
        extra={toolbar}
        columnMenu={
          columnVisibility && hideable.length ? (
            <ColumnVisibilityMenu
              columns={hideable.map((column) => ({
                id: column.id,
                label: columnLabel(column),
                visible: column.getIsVisible(),
                toggle: (visible) => column.toggleVisibility(visible),
              }))}
              onReset={() => table.setColumnVisibility({})}
            />
          ) : null
        }
      />

      {selection && selectedRows.length ? (
        <SelectionBar count={selectedRows.length} noun={noun} onClear={() => setRowSelection({})}>
          {selection.renderActions(selectedRows, () => setRowSelection({}))}
        </SelectionBar>
      ) : null}

      {matching === 0 ? (
        <NoMatch query={query.trim()} plural={many} onClear={clearFilters} />
      ) : (
        // Focusable so that keyboard users can scroll a table wider than the screen.
        <div
          className={`overflow-x-auto transition-opacity ${server?.pending ? "opacity-60" : ""}`}
          role="region"
          aria-label={caption}
          aria-busy={server?.pending || undefined}
          tabIndex={0}
        >
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-slate-50">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id} className="border-b border-slate-200">
                  {group.headers.map((header) => {
                    const column = header.column;
                    const sorted = column.getIsSorted();
                    const meta = column.columnDef.meta;
                    const className = `${meta?.className ?? ""} ${meta?.headerClassName ?? "whitespace-nowrap"}`;
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        colSpan={header.colSpan}
                        aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                        className={`px-2.5 py-2 text-xs font-medium text-slate-600 ${className}`}
                      >
                        {header.isPlaceholder ? null : column.getCanSort() ? (
                          <button
                            type="button"
                            onClick={column.getToggleSortingHandler()}
                            className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 text-left hover:bg-slate-200/60 hover:text-slate-900"
                          >
                            <table.FlexRender header={header} />
                            <SortIcon direction={sorted} />
                          </button>
                        ) : (
                          <table.FlexRender header={header} />
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody className="divide-y divide-slate-100">
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} className={row.getIsSelected() ? "bg-blue-50/70" : "hover:bg-slate-50/70"}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={`px-2.5 py-2 align-top text-slate-800 ${cell.column.columnDef.meta?.className ?? ""}`}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {matching > 0 && (pageCount > 1 || (pageSizes && matching > Math.min(...pageSizes))) ? (
        <DataTablePagination
          noun={many}
          pageIndex={pageIndex}
          pageCount={pageCount}
          pageSize={pagination.pageSize}
          total={matching}
          pageSizes={pageSizes}
          onPageChange={(index) => table.setPageIndex(index)}
          onPageSizeChange={(size) => (server ? setView({ pageSize: size, pageIndex: 0 }) : setClientPagination({ pageIndex: 0, pageSize: size }))}
        />
      ) : null}
    </div>
  );
}
