import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActivityCompleteness } from "@/lib/register/completeness";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";

/**
 * What the register still lacks for this activity, item by item, with a link
 * to where each is added; and the hints for a DPIA and for processing
 * agreements. The links lead to the edit form, so only editors get them.
 */
export function CompletenessPanel({ completeness, canEdit }: { completeness: ActivityCompleteness; canEdit: boolean }) {
  const t = useTranslations("register.completeness");
  const label = useTranslations("labels");
  const { score, total, missing, dpiaHints, processorsWithoutAgreement } = completeness;
  const article = t("article", { register: completeness.register });
  const complete = missing.length === 0;
  return (
    <section aria-labelledby="completeness-heading" className="mb-4 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-xs print:hidden">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id="completeness-heading" className="text-sm font-semibold text-slate-900">
          {t("panelTitle")}
        </h2>
        <Badge tone={complete ? "green" : "amber"}>
          <span className="tabular-nums">
            {score}/{total}
          </span>
          &nbsp;{t("items", { article })}
        </Badge>
      </div>
      {complete ? (
        <p className="mt-1 text-sm text-slate-700">{t("allRecorded", { article })}</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm" aria-label={t("missingItems")}>
          {missing.map((item) => (
            <li key={item.letter} className="flex flex-wrap gap-x-2">
              <span className="font-medium text-slate-900">
                {item.citation} {item.label}:
              </span>
              {canEdit || !item.href.startsWith("/activities/") ? (
                <Link href={item.href} className="text-blue-700 hover:underline">
                  {item.problem}
                </Link>
              ) : (
                <span className="text-slate-700">{item.problem}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {dpiaHints.length > 0 || processorsWithoutAgreement.length > 0 ? (
        <div className="mt-3 space-y-2">
          {dpiaHints.length > 0 ? (
            <Callout tone="warning" title={t("dpiaTitle")}>
              {t("dpiaText", { reasons: dpiaHints.map((reason) => label(`dpiaReason.${reason}`)).join(", ") })}
              {canEdit
                ? t.rich("dpiaUnder", {
                    link: (chunks) => (
                      <Link href={`/activities/${completeness.activityId}/edit#assessment`} className="font-medium underline">
                        {chunks}
                      </Link>
                    ),
                  })
                : null}
              .
            </Callout>
          ) : null}
          {processorsWithoutAgreement.length > 0 ? (
            <Callout tone="warning" title={t("agreementTitle")}>
              <ul className="list-disc pl-5">
                {processorsWithoutAgreement.map((processor) => (
                  <li key={processor.name}>
                    {t("agreementMissing", { name: processor.name })}
                  </li>
                ))}
              </ul>
            </Callout>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
