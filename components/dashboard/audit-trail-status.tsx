import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AuditTrailView } from "@/lib/dashboard/audit-trail";

/**
 * The audit trail's integrity on the dashboard (Art. 5(2), accountability).
 * The state is said in words, not only by colour or icon.
 */
export function AuditTrailStatus({ view }: { view: AuditTrailView }) {
  const t = useTranslations("dashboard.auditTrail");
  if (view.intact) {
    return (
      <section aria-labelledby="audit-trail-heading" className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm shadow-xs">
        <div className="flex min-w-0 items-center gap-2">
          <span aria-hidden="true" className="text-emerald-700">
            ✓
          </span>
          <h2 id="audit-trail-heading" className="font-medium text-slate-900">
            {view.headline}
          </h2>
          <span className="text-xs text-slate-500">{t("checked", { when: view.checkedAt })}</span>
        </div>
        <Link href="/audit" className="text-blue-700 hover:underline">
          {t("auditLog")}
        </Link>
      </section>
    );
  }

  const more = view.moreProblems === null ? t("andMore") : view.moreProblems > 0 ? t("andCountMore", { count: view.moreProblems }) : null;
  return (
    <section aria-labelledby="audit-trail-heading" className="rounded-lg border-2 border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950 shadow-xs">
      <h2 id="audit-trail-heading" className="flex items-center gap-2 font-semibold">
        <span aria-hidden="true">⚠</span>
        {view.headline}
      </h2>
      <p className="mt-1">
        {t("broken", { when: view.checkedAt })}
      </p>
      <ul className="mt-2 list-disc space-y-0.5 pl-5">
        {view.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      {more ? <p className="mt-1">{more}</p> : null}
      <p className="mt-2 flex flex-wrap gap-x-4">
        {view.nearFirstProblem ? (
          <Link href={view.nearFirstProblem.href} className="font-medium text-red-900 underline">
            {view.nearFirstProblem.label}
          </Link>
        ) : null}
        <Link href="/audit" className="font-medium text-red-900 underline">
          {t("fullLog")}
        </Link>
      </p>
    </section>
  );
}
