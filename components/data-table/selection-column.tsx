"use client";

import type { RowData } from "@tanstack/react-table";
import { Checkbox } from "./checkbox";
import { createDataTableColumnHelper } from "./features";

/** The checkbox column: one per row, labelled with the row's name, and one for every row on the page. */
export function selectionColumn<TData extends RowData>(getRowLabel: (row: TData) => string, plural: string) {
  return createDataTableColumnHelper<TData>().display({
    id: "select",
    enableSorting: false,
    enableHiding: false,
    header: ({ table }) => (
      <Checkbox
        aria-label={`Select all ${plural} on this page`}
        checked={table.getIsAllPageRowsSelected()}
        indeterminate={table.getIsSomePageRowsSelected()}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <Checkbox
        aria-label={`Select ${getRowLabel(row.original)}`}
        checked={row.getIsSelected()}
        disabled={!row.getCanSelect()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
    meta: { className: "w-8 pr-0!", label: "Select" },
  });
}
