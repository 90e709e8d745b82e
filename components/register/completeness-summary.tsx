import Link from "next/link";
import { useTranslations } from "next-intl";
import type { OrganisationCompleteness } from "@/lib/register/completeness";
import { Card, CardHeader } from "@/components/ui/card";

/** The organisation-wide completeness of the register, with what is missing by article letter. */
export function CompletenessSummary({ completeness }: { completeness: OrganisationCompleteness }) {
  const t = useTranslations("register.completeness");
  const { percent, byLetter } = completeness;
  const ownMissing = completeness.organisation.filter((item) => !item.complete);
  return (
    <Card as="section" aria-labelledby="completeness-heading">
      <CardHeader
        titleId="completeness-heading"
        title={t("summaryTitle")}
        description={t("summaryDescription")}
        action={
          <Link href="/register" className="text-sm font-medium text-blue-700 hover:underline">
            {t("openRegister")}
          </Link>
        }
      />
      <div className="grid gap-4 px-4 py-3 md:grid-cols-[12rem_minmax(0,1fr)]">
        <div>
          <p className="text-slate-700">
            {t.rich("percent", { percent, big: (chunks) => <span className="text-3xl font-semibold tracking-tight text-slate-900 tabular-nums">{chunks}</span> })}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            {t("fullyRecorded", { complete: completeness.complete, count: completeness.activities })}
          </p>
        </div>
        <div className="space-y-2 text-sm">
          {ownMissing.length > 0 ? (
            <ul aria-label={t("ownMissing")} className="space-y-1">
              {ownMissing.map((item) => (
                <li key={item.label}>
                  <Link href={item.href} className="text-blue-700 hover:underline">
                    {item.problem}
                  </Link>{" "}
                  <span className="text-slate-500">({item.citation})</span>
                </li>
              ))}
            </ul>
          ) : null}
          {byLetter.length === 0 ? (
            ownMissing.length === 0 ? <p className="text-slate-700">{t("nothingMissing")}</p> : null
          ) : (
            <ul aria-label={t("byLetter")} className="space-y-1">
              {byLetter.map((entry) => (
                <li key={`${entry.register}-${entry.letter}`} className="flex justify-between gap-3">
                  <span className="text-slate-700">
                    {t("activitiesLack", { count: entry.activities, label: entry.label })} <span className="text-slate-500">{t("letterCitation", { register: entry.register, letter: entry.letter })}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
          {completeness.dpiaHints > 0 || completeness.processorsWithoutAgreement > 0 ? (
            <ul className="space-y-1 border-t border-slate-100 pt-2 text-amber-900">
              {completeness.dpiaHints > 0 ? (
                <li>
                  {t("dpiaHints", { count: completeness.dpiaHints })}
                </li>
              ) : null}
              {completeness.processorsWithoutAgreement > 0 ? (
                <li>
                  {t("withoutAgreement", { count: completeness.processorsWithoutAgreement })}
                </li>
              ) : null}
            </ul>
          ) : null}
        </div>
      </div>
    </Card>
  );
}
