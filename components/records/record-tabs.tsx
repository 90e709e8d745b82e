import Link from "next/link";
import { useTranslations } from "next-intl";

export type RecordTab = "details" | "history";

/**
 * The tab bar of a record's pages: its details and its history. Links, not
 * client-side tabs: each view has its own URL, so it can be bookmarked and
 * sent to a colleague.
 */
export function RecordTabs({ basePath, current, historyCount }: { basePath: string; current: RecordTab; historyCount?: number }) {
  const t = useTranslations("records.tabs");
  const tabs: { id: RecordTab; href: string }[] = [
    { id: "details", href: basePath },
    { id: "history", href: `${basePath}/history` },
  ];
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-4">
        {tabs.map((tab) => {
          const active = tab.id === current;
          return (
            <li key={tab.id}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={`inline-flex items-center gap-1.5 border-b-2 px-1 pt-1 pb-2 text-sm font-medium ${
                  active ? "border-blue-700 text-blue-800" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                }`}
              >
                {t(tab.id)}
                {tab.id === "history" && historyCount !== undefined ? (
                  <span className="rounded-full bg-slate-100 px-1.5 text-xs text-slate-600">{historyCount}</span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
