"use client";

import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/**
 * The frame: a sidebar beside the page on wide screens; on narrow ones a top
 * bar whose Menu button discloses the same sidebar above the page.
 */
export function AppShell({ organisationName, sidebar, children }: { organisationName: string; sidebar: ReactNode; children: ReactNode }) {
  const pathname = usePathname();
  const t = useTranslations("shell");
  // The menu stays open only on the page where it was opened, so following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key === "Escape" && open) {
      setOpenOn(null);
      button.current?.focus();
    }
  }

  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] print:block" onKeyDown={closeOnEscape}>
      <div className="sticky top-0 z-20 border-b border-slate-200 bg-white lg:flex lg:h-screen lg:flex-col lg:overflow-y-auto lg:border-r lg:border-b-0 print:hidden">
        <div className="flex h-14 items-center justify-between gap-3 px-4 lg:h-auto lg:px-5 lg:pt-4">
          <div className="min-w-0">
            <p className="text-[11px] font-semibold tracking-wider text-blue-700 uppercase">{t("product")}</p>
            <p className="truncate text-sm font-semibold text-slate-900 lg:whitespace-normal">{organisationName}</p>
          </div>
          <button
            ref={button}
            type="button"
            aria-expanded={open}
            aria-controls="app-sidebar"
            onClick={() => setOpenOn(open ? null : pathname)}
            className="inline-flex h-9 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 shadow-xs hover:bg-slate-50 lg:hidden"
          >
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4">
              {open ? (
                <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
              ) : (
                <path d="M2.5 4h11M2.5 8h11M2.5 12h11" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
              )}
            </svg>
            {t("menu")}
          </button>
        </div>
        <div
          id="app-sidebar"
          className={`${open ? "flex" : "hidden"} max-h-[calc(100dvh-3.5rem)] flex-col overflow-y-auto border-t border-slate-200 lg:flex lg:max-h-none lg:flex-1 lg:overflow-visible lg:border-t-0`}
        >
          {sidebar}
        </div>
      </div>

      <div className="min-w-0">{children}</div>
    </div>
  );
}
