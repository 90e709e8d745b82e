import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TranslationCounts, TranslationState } from "@/lib/translations/overview";

/** How many texts are in each state; each count links to the view filtered to it. */
export function StateCounts({
  counts,
  states,
  hrefFor,
  current,
}: {
  counts: TranslationCounts;
  states: readonly TranslationState[];
  hrefFor: (state: TranslationState) => string;
  current: string | null;
}) {
  const t = useTranslations("translations");
  return (
    <ul aria-label={t("counts.label")} className="flex flex-wrap gap-2 text-sm">
      {states.map((state) => (
        <li key={state}>
          <Link
            href={hrefFor(state)}
            aria-current={current === state ? "true" : undefined}
            className={`inline-flex items-baseline gap-1.5 rounded-md border px-2.5 py-1 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${
              current === state ? "border-blue-700 bg-blue-50" : "border-slate-300 bg-white"
            }`}
          >
            <span className="font-semibold text-slate-900">{counts[state]}</span>
            <span className="text-slate-700">{t(`states.${state}`)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
