"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox } from "./checkbox";

export type ColumnChoice = { id: string; label: string; visible: boolean; toggle: (visible: boolean) => void };

/**
 * A disclosure button with a list of checkboxes, one per column that can be
 * hidden. Native checkboxes keep it keyboard operable (Tab, Space); Escape
 * closes it and returns focus to the button.
 */
export function ColumnVisibilityMenu({ columns, onReset }: { columns: ColumnChoice[]; onReset: () => void }) {
  const t = useTranslations("dataTable");
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const hidden = columns.filter((column) => !column.visible).length;

  useEffect(() => {
    if (!open) return;
    containerRef.current?.querySelector<HTMLInputElement>("input")?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  return (
    <div
      ref={containerRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <Button ref={buttonRef} size="sm" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 text-slate-500">
          <path d="M2 3h3v10H2zM6.5 3h3v10h-3zM11 3h3v10h-3z" fill="currentColor" opacity="0.7" />
        </svg>
        {t("columns")}
        {hidden ? <span className="text-xs text-slate-500">{t("hiddenCount", { hidden })}</span> : null}
      </Button>
      {open ? (
        <div id={panelId} className="absolute right-0 z-20 mt-1 w-60 max-w-[calc(100vw-2rem)] rounded-md border border-slate-200 bg-white p-3 shadow-lg">
          <fieldset>
            <legend className="text-xs font-semibold text-slate-700">{t("showColumns")}</legend>
            <ul className="mt-2 space-y-1.5">
              {columns.map((column) => (
                <li key={column.id}>
                  <label className="flex items-center gap-2 text-sm text-slate-800">
                    <Checkbox checked={column.visible} onChange={(event) => column.toggle(event.target.checked)} />
                    {column.label}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="mt-3 flex justify-between gap-2 border-t border-slate-100 pt-2">
            <Button size="sm" variant="ghost" onClick={onReset} disabled={hidden === 0}>
              {t("showAll")}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setOpen(false);
                buttonRef.current?.focus();
              }}
            >
              {t("done")}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
