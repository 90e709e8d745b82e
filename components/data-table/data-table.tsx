"use client";

import { useEffect, useId, useState, type ReactNode } from "react";
import { useTable, type PaginationState, type RowData, type SortingState, type Updater } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { dataTableFeatures, type DataTableColumns } from "./features";
import { writeDataTableUrlState, type DataTableUrlState } from "./url-state";

export type DataTableProps<TData extends RowData> = {
  data: TData[];
  columns: DataTableColumns<TData>;
  /** Names the table for assistive technology (a visually hidden caption). */
  caption: string;
  /** Singular and plural of what a row is, for counts and messages: ["activity", "activities"]. */
  noun: [string, string];
  getRowId?: (row: TData) => string;
  /** Shown instead of the table when there are no rows at all. */
  emptyState: ReactNode;
  /** The label of the search box; without it the table has no search. */
  searchLabel?: string;
  initialSorting?: SortingState;
  /** The view as read from the URL; when given, the table keeps the URL up to date. */
  urlState?: DataTableUrlState;
  pageSize?: number;
  /** Rendered beside the search box, e.g. active filters. */
  toolbar?: ReactNode;
};

function apply<T>(updater: Updater<T>, previous: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(previous) : updater;
}

function SortIcon({ direction }: { direction: false | "asc" | "desc" }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className={`size-3 shrink-0 ${direction ? "text-slate-900" : "text-slate-400"}`}>
      <path d="M6 2 9 5H3z" fill="currentColor" opacity={direction === "desc" ? 0.25 : 1} />
      <path d="M6 10 3 7h6z" fill="currentColor" opacity={direction === "asc" ? 0.25 : 1} />
    </svg>
  );
}

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
  toolbar,
}: DataTableProps<TData>) {
  const searchId = useId();
  const [sorting, setSorting] = useState<SortingState>(urlState?.sort.length ? urlState.sort : initialSorting);
  const [globalFilter, setGlobalFilter] = useState(urlState?.q ?? "");
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: (urlState?.page ?? 1) - 1, pageSize });

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    state: { sorting, globalFilter, pagination },
    // A new search or sort order starts again on the first page.
    onSortingChange: (updater) => {
      setSorting((previous) => apply(updater, previous));
      setPagination((previous) => ({ ...previous, pageIndex: 0 }));
    },
    onGlobalFilterChange: (updater) => {
      setGlobalFilter((previous: string) => apply(updater, previous) ?? "");
      setPagination((previous) => ({ ...previous, pageIndex: 0 }));
    },
    onPaginationChange: (updater) => setPagination((previous) => apply(updater, previous)),
    autoResetPageIndex: false,
    // Ascending first everywhere, dates and numbers included: the soonest review first.
    sortDescFirst: false,
    globalFilterFn: "includesText",
  });

  const matching = table.getFilteredRowModel().rows.length;
  const pageCount = Math.max(1, table.getPageCount());
  // A page number from an old link may lie beyond the last page: render the
  // last one instead (React re-renders at once when state is set during render).
  const pageIndex = Math.min(pagination.pageIndex, pageCount - 1);
  if (pageIndex !== pagination.pageIndex) setPagination({ ...pagination, pageIndex });

  const syncUrl = urlState !== undefined;
  useEffect(() => {
    if (!syncUrl) return;
    const query = writeDataTableUrlState(window.location.search, { q: globalFilter, sort: sorting, page: pageIndex + 1 });
    if (query !== window.location.search) {
      // Next.js keeps its router in step with history.replaceState; no navigation, no refetch.
      window.history.replaceState(null, "", `${window.location.pathname}${query}${window.location.hash}`);
    }
  }, [syncUrl, globalFilter, sorting, pageIndex]);

  if (data.length === 0) {
    return <div className="rounded-lg border border-slate-200 bg-white shadow-xs">{emptyState}</div>;
  }

  const [one, many] = noun;
  const query = globalFilter.trim();
  const countText = query ? `${matching} of ${data.length} ${data.length === 1 ? one : many} match` : `${data.length} ${data.length === 1 ? one : many}`;

  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-xs">
      {searchLabel || toolbar ? (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 px-3 py-2.5">
          {searchLabel ? (
            <div className="w-full sm:w-72">
              <label htmlFor={searchId} className="sr-only">
                {searchLabel}
              </label>
              <Input
                id={searchId}
                type="search"
                placeholder={`${searchLabel}…`}
                value={globalFilter}
                onChange={(event) => table.setGlobalFilter(event.target.value)}
                autoComplete="off"
              />
            </div>
          ) : null}
          {toolbar}
          <p className="text-xs text-slate-600 sm:ml-auto" aria-live="polite">
            {countText}
          </p>
        </div>
      ) : null}

      {matching === 0 ? (
        <div className="px-6 py-10 text-center">
          <p className="text-sm font-semibold text-slate-900">No {many} match “{query}”.</p>
          <p className="mt-1 text-sm text-slate-600">Check the spelling, or clear the search to see all {many}.</p>
          <Button className="mt-4" size="sm" onClick={() => table.setGlobalFilter("")}>
            Clear search
          </Button>
        </div>
      ) : (
        // Focusable so that keyboard users can scroll a table wider than the screen.
        <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
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
                <tr key={row.id} className="hover:bg-slate-50/70">
                  {row.getAllCells().map((cell) => (
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

      {pageCount > 1 && matching > 0 ? (
        <nav aria-label={`Pages of ${many}`} className="flex items-center justify-between gap-3 border-t border-slate-200 px-3 py-2 text-xs text-slate-600">
          <p>
            Page {pageIndex + 1} of {pageCount}
          </p>
          <div className="flex gap-2">
            <Button size="sm" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
              Previous
            </Button>
            <Button size="sm" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
              Next
            </Button>
          </div>
        </nav>
      ) : null}
    </div>
  );
}
