import { useTranslations } from "next-intl";
import type { JsonSummary } from "@/lib/import/json-restore";
import { formatDateTime } from "@/lib/format";

/** What a JSON register holds, before it is restored. */
export function JsonSummaryView({ summary }: { summary: JsonSummary }) {
  const t = useTranslations("registerImport.json");
  const rows = [
    ["activities", summary.counts.activities],
    ["recipients", summary.counts.recipients],
    ["legalBases", summary.counts.legalBases],
    ["dataCategories", summary.counts.dataCategories],
    ["dataSubjectCategories", summary.counts.dataSubjectCategories],
    ["securityMeasures", summary.counts.securityMeasures],
  ] as const;
  return (
    <div className="space-y-4 text-sm">
      <p className="text-slate-700">
        {t.rich("summary", {
          name: summary.legalName,
          at: formatDateTime(new Date(summary.exportedAt)),
          strong: (chunks) => <span className="font-medium text-slate-900">{chunks}</span>,
        })}
      </p>
      <dl className="grid max-w-md grid-cols-[1fr_auto] gap-x-6 gap-y-1">
        {rows.map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="text-slate-600">{t(key)}</dt>
            <dd className="text-right tabular-nums text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {summary.activities.length ? (
        <ul className="max-h-64 overflow-y-auto rounded-md border border-slate-200 px-3 py-2">
          {summary.activities.slice(0, 500).map((activity) => (
            <li key={activity.reference}>
              <span className="font-mono text-xs text-slate-600">{activity.reference}</span> {activity.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
