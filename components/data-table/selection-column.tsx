"use client";

import type { ChangeEventHandler } from "react";
import type { RowData } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { Checkbox } from "./checkbox";
import { createDataTableColumnHelper } from "./features";

/** The checkbox column: one per row, labelled with the row's name, and one for every row on the page. */
export function selectionColumn<TData extends RowData>(getRowLabel: (row: TData) => string, plural: string) {
  return createDataTableColumnHelper<TData>().display({
    id: "select",
    enableSorting: false,
    enableHiding: false,
    header: ({ table }) => (
      <SelectAll
        plural={plural}
        checked={table.getIsAllPageRowsSelected()}
        indeterminate={table.getIsSomePageRowsSelected()}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <SelectRow
        label={getRowLabel(row.original)}
        checked={row.getIsSelected()}
        disabled={!row.getCanSelect()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
    meta: { className: "w-8 pr-0!", label: "Select" },
  });
}

type Toggle = { checked: boolean; onChange: ChangeEventHandler<HTMLInputElement> | ((event: unknown) => void) };

// Components, not inline render code, so that they can read the messages.
function SelectAll({ plural, indeterminate, ...toggle }: Toggle & { plural: string; indeterminate: boolean }) {
  const t = useTranslations("dataTable");
  return <Checkbox aria-label={t("selectAll", { plural })} indeterminate={indeterminate} {...toggle} />;
}

function SelectRow({ label, disabled, ...toggle }: Toggle & { label: string; disabled: boolean }) {
  const t = useTranslations("dataTable");
  return <Checkbox aria-label={t("selectRow", { label })} disabled={disabled} {...toggle} />;
}
