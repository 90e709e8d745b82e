"use client";

import { useId, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { DataTableFilter } from "./types";

function FilterSelect({ filter, value, onChange }: { filter: DataTableFilter; value: string; onChange: (value: string) => void }) {
  const id = useId();
  const t = useTranslations("dataTable");
  return (
    <div className="flex min-w-0 flex-col">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        {filter.label}
      </label>
      <Select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={`mt-0.5 h-8! w-full sm:w-auto sm:max-w-52 ${value ? "border-blue-500! bg-blue-50!" : ""}`}
      >
        <option value="">{filter.allLabel ?? t("all")}</option>
        {filter.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

export function DataTableToolbar({
  searchLabel,
  search,
  onSearchChange,
  filters,
  filterValues,
  onFilterChange,
  onClearFilters,
  columnMenu,
  countText,
  extra,
}: {
  searchLabel?: string;
  search: string;
  onSearchChange: (value: string) => void;
  filters: DataTableFilter[];
  filterValues: Record<string, string>;
  onFilterChange: (id: string, value: string) => void;
  onClearFilters?: () => void;
  columnMenu?: ReactNode;
  countText: string;
  extra?: ReactNode;
}) {
  const searchId = useId();
  const t = useTranslations("dataTable");
  const filtersId = useId();
  // On a phone the filters fold away behind a button; wider screens always show them.
  const [showFilters, setShowFilters] = useState(false);
  const active = filters.filter((filter) => filterValues[filter.id]).length;
  return (
    <div className="space-y-2 border-b border-slate-200 px-3 py-2.5">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {searchLabel ? (
          <div className="w-full sm:w-72">
            <label htmlFor={searchId} className="sr-only">
              {searchLabel}
            </label>
            <Input
              id={searchId}
              type="search"
              placeholder={`${searchLabel}…`}
              value={search}
              onChange={(event) => onSearchChange(event.target.value)}
              autoComplete="off"
              maxLength={200}
            />
          </div>
        ) : null}
        {extra}
        <div className="flex w-full items-center gap-2 sm:ml-auto sm:w-auto sm:gap-3">
          <p className="mr-auto text-xs text-slate-600 sm:mr-0" aria-live="polite">
            {countText}
          </p>
          {filters.length ? (
            <Button size="sm" className="sm:hidden" aria-expanded={showFilters} aria-controls={filtersId} onClick={() => setShowFilters(!showFilters)}>
              {active ? t("filtersActive", { active }) : t("filters")}
            </Button>
          ) : null}
          {columnMenu}
        </div>
      </div>
      {filters.length ? (
        <div
          id={filtersId}
          role="group"
          aria-label={t("filters")}
          className={`${showFilters ? "grid" : "hidden"} grid-cols-2 items-end gap-x-3 gap-y-2 sm:flex sm:flex-wrap`}
        >
          {filters.map((filter) => (
            <FilterSelect key={filter.id} filter={filter} value={filterValues[filter.id] ?? ""} onChange={(value) => onFilterChange(filter.id, value)} />
          ))}
          {onClearFilters ? (
            <button type="button" onClick={onClearFilters} className="h-8 self-end rounded px-1 text-sm text-blue-700 hover:underline">
              {t("clearFilters")}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
