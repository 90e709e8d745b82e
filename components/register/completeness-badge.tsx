import type { CompletenessSummary } from "@/lib/register/queries";
import { Badge } from "@/components/ui/badge";

/** The score of Art. 30 items present, and the letters missing, for a table cell. */
export function CompletenessBadge({ summary }: { summary: CompletenessSummary | undefined }) {
  if (!summary) return <span className="text-slate-500">—</span>;
  const complete = summary.score === summary.total;
  const article = summary.register === "processor" ? "Art. 30(2)" : "Art. 30(1)";
  const missing = summary.missing.map((item) => `(${item.letter}) ${item.label}`).join(", ");
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Badge tone={complete ? "green" : "amber"} title={complete ? `Every item of ${article} is recorded` : `${article}: missing ${missing}`}>
        <span className="tabular-nums">
          {summary.score}/{summary.total}
        </span>
      </Badge>
      {complete ? null : (
        <span className="text-xs whitespace-nowrap text-slate-600">
          <span className="sr-only">Missing: </span>
          {summary.missing.map((item) => `(${item.letter})`).join(" ")}
        </span>
      )}
      {summary.dpiaHint ? (
        <Badge tone="violet" title="Special-category or criminal data, automated decisions or signs of monitoring, and no DPIA recorded as required (Art. 35(3))">
          DPIA?
        </Badge>
      ) : null}
    </span>
  );
}
