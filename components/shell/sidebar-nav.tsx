"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { isCurrent, navGroups } from "./nav-items";

export function SidebarNav() {
  const pathname = usePathname();
  const t = useTranslations("shell.nav");
  return (
    <nav aria-label={t("label")} className="px-3">
      {navGroups.map((group) => (
        <div key={group.label ?? "main"} className="mb-4 last:mb-0">
          {group.label ? <p className="mb-1 px-2 text-[11px] font-semibold tracking-wider text-slate-500 uppercase">{t(group.label)}</p> : null}
          <ul className="space-y-0.5">
            {group.items.map((item) => {
              const current = isCurrent(pathname, item.href);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={current ? "page" : undefined}
                    className={`block rounded-md px-2 py-1.5 text-sm ${
                      current ? "bg-blue-50 font-medium text-blue-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                    }`}
                  >
                    {t(item.label)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
