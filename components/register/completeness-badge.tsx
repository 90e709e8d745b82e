import { useTranslations } from "next-intl";
import type { CompletenessSummary } from "@/lib/register/queries";
import { Badge } from "@/components/ui/badge";

/** The score of Art. 30 items present, and the letters missing, for a table cell. */
export function CompletenessBadge({ summary }: { summary: CompletenessSummary | undefined }) {
  const t = useTranslations("register.completeness");
  if (!summary) return <span className="text-slate-500">—</span>;
  const complete = summary.score === summary.total;
  const article = t("article", { register: summary.register });
  const missing = summary.missing.map((item) => `(${item.letter}) ${item.label}`).join(", ");
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Badge tone={complete ? "green" : "amber"} title={complete ? t("everyItem", { article }) : t("missingTitle", { article, missing })}>
        <span className="tabular-nums">
          {summary.score}/{summary.total}
        </span>
      </Badge>
      {complete ? null : (
        <span className="text-xs whitespace-nowrap text-slate-600">
          <span className="sr-only">{t("missing")}</span>
          {summary.missing.map((item) => `(${item.letter})`).join(" ")}
        </span>
      )}
      {summary.dpiaHint ? (
        <Badge tone="violet" title={t("dpiaBadgeTitle")}>
          {t("dpiaBadge")}
        </Badge>
      ) : null}
    </span>
  );
}
