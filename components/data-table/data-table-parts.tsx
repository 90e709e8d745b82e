"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function SortIcon({ direction }: { direction: false | "asc" | "desc" }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className={`size-3 shrink-0 ${direction ? "text-slate-900" : "text-slate-400"}`}>
      <path d="M6 2 9 5H3z" fill="currentColor" opacity={direction === "desc" ? 0.25 : 1} />
      <path d="M6 10 3 7h6z" fill="currentColor" opacity={direction === "asc" ? 0.25 : 1} />
    </svg>
  );
}

/** The bar above the table while rows are selected: how many, the bulk actions, and a way out. */
export function SelectionBar({ count, noun, onClear, children }: { count: number; noun: [string, string]; onClear: () => void; children: ReactNode }) {
  const t = useTranslations("dataTable");
  return (
    <div role="region" aria-label={t("bulkActions")} className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-blue-200 bg-blue-50 px-3 py-2">
      <p className="text-sm font-medium text-blue-950">
        {t("selected", { count, noun: count === 1 ? noun[0] : noun[1] })}
      </p>
      {children}
      <Button size="sm" variant="ghost" className="sm:ml-auto" onClick={onClear}>
        {t("clearSelection")}
      </Button>
    </div>
  );
}

/** Rows exist, but none matches the search and filters. */
export function NoMatch({ query, plural, onClear }: { query: string; plural: string; onClear: () => void }) {
  const t = useTranslations("dataTable");
  return (
    <div className="px-6 py-10 text-center">
      <p className="text-sm font-semibold text-slate-900">{query ? t("noMatchQuery", { plural, query }) : t("noMatchFilters", { plural })}</p>
      <p className="mt-1 text-sm text-slate-600">{t("noMatchAdvice", { plural })}</p>
      <Button className="mt-4" size="sm" onClick={onClear}>
        {t("clearFilters")}
      </Button>
    </div>
  );
}
