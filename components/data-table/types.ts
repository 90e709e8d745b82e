import type { ReactNode } from "react";
import type { ColumnVisibilityState, SortingState } from "@tanstack/react-table";

type DataTableFilterOption = { value: string; label: string };

/** A select filter in the toolbar. In browser mode its id is the id of the column it filters. */
export type DataTableFilter = {
  id: string;
  label: string;
  options: DataTableFilterOption[];
  /** The option that removes the filter; "All" unless given. */
  allLabel?: string;
};

/** Everything that decides which rows a server-paged table shows; the page keeps it in the URL. */
export type DataTableView = {
  q: string;
  /** Filter id → option value; a filter without a value is absent. */
  filters: Record<string, string>;
  sort: SortingState;
  pageIndex: number;
  pageSize: number;
};

/** Paging, sorting and filtering done by the server: the table renders one page and reports the wanted view. */
export type DataTableServerMode = {
  /** Rows matching the view, over all pages. */
  total: number;
  view: DataTableView;
  /** Called with the next view; `replace` for changes that should not add a history entry (typing a search). */
  onViewChange: (view: DataTableView, how?: { replace?: boolean }) => void;
  /** True while the next view is loading. */
  pending?: boolean;
};

export type DataTableSelection<TData> = {
  /** Names a row for its checkbox label ("Select Payroll"). */
  getRowLabel: (row: TData) => string;
  /** The bulk actions for the selected rows, shown in a bar above the table. */
  renderActions: (rows: TData[], clearSelection: () => void) => ReactNode;
};

/** Which columns show, remembered by the caller (per user) and restored on the next visit. */
export type DataTableColumnVisibility = {
  initial: ColumnVisibilityState;
  onChange: (state: ColumnVisibilityState) => void;
};
