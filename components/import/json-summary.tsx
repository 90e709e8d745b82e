import type { JsonSummary } from "@/lib/import/json-restore";
import { formatDateTime } from "@/lib/format";

/** What a JSON register holds, before it is restored. */
export function JsonSummaryView({ summary }: { summary: JsonSummary }) {
  const rows: [string, number][] = [
    ["Processing activities", summary.counts.activities],
    ["Recipients and processors", summary.counts.recipients],
    ["Legal bases", summary.counts.legalBases],
    ["Data categories", summary.counts.dataCategories],
    ["Data subject categories", summary.counts.dataSubjectCategories],
    ["Security measures", summary.counts.securityMeasures],
  ];
  return (
    <div className="space-y-4 text-sm">
      <p className="text-slate-700">
        The register of <span className="font-medium text-slate-900">{summary.legalName}</span>, exported {formatDateTime(new Date(summary.exportedAt))}.
      </p>
      <dl className="grid max-w-md grid-cols-[1fr_auto] gap-x-6 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
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
