"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

export function DataTablePagination({
  noun,
  pageIndex,
  pageCount,
  pageSize,
  total,
  pageSizes,
  onPageChange,
  onPageSizeChange,
}: {
  noun: string;
  pageIndex: number;
  pageCount: number;
  pageSize: number;
  total: number;
  pageSizes?: readonly number[];
  onPageChange: (pageIndex: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}) {
  const sizeId = useId();
  const t = useTranslations("dataTable");
  const from = pageIndex * pageSize + 1;
  const to = Math.min(total, from + pageSize - 1);
  return (
    <nav
      aria-label={t("pagesOf", { noun })}
      className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-t border-slate-200 px-3 py-2 text-xs text-slate-600"
    >
      <p>{t("position", { from, to, total, page: pageIndex + 1, pageCount })}</p>
      <div className="flex flex-wrap items-center gap-2">
        {pageSizes ? (
          <div className="flex items-center gap-1.5">
            <label htmlFor={sizeId}>{t("rowsPerPage")}</label>
            <Select id={sizeId} className="h-8! w-20" value={pageSize} onChange={(event) => onPageSizeChange(Number(event.target.value))}>
              {pageSizes.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        <Button size="sm" onClick={() => onPageChange(pageIndex - 1)} disabled={pageIndex === 0}>
          {t("previous")}
        </Button>
        <Button size="sm" onClick={() => onPageChange(pageIndex + 1)} disabled={pageIndex >= pageCount - 1}>
          {t("next")}
        </Button>
      </div>
    </nav>
  );
}
