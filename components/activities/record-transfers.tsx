import { Fragment } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ActivityDetail } from "@/lib/activities/queries";
import { assessTransfer } from "@/lib/activities/transfers";
import { asLanguage, countryName } from "@/lib/translations/languages";
import { Badge } from "@/components/ui/badge";
import { NotRecorded } from "@/components/ui/not-recorded";
import { EmptyAnswer } from "./empty-answer";

const thClass = "border-b border-slate-200 px-3 py-2 text-xs font-medium text-slate-600";
const tdClass = "px-3 py-2 align-top";

/** (e) Art. 30(1)(e) / 30(2)(c): transfers to third countries, with the safeguard relied on. */
export function TransfersSection({ activity }: { activity: ActivityDetail }) {
  const t = useTranslations("activityRecord.transfers");
  const labels = useTranslations("labels");
  const language = asLanguage(useLocale());
  if (activity.transfers.length === 0) {
    return <EmptyAnswer none={activity.transfersNone} />;
  }
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={thClass}>{t("destination")}</th>
            <th scope="col" className={thClass}>{t("recipient")}</th>
            <th scope="col" className={thClass}>{t("safeguard")}</th>
            <th scope="col" className={thClass}>{t("details")}</th>
          </tr>
        </thead>
        <tbody>
          {activity.transfers.map((transfer) => {
            const assessment = assessTransfer(transfer);
            const problem = assessment.level === "warning";
            // The country in the reader's language (CLDR), else the international organisation as recorded.
            const destination = transfer.country ? countryName(transfer.country.code, language) : transfer.internationalOrganisation.trim();
            return (
              <Fragment key={transfer.id}>
                <tr className="border-t border-slate-100 first:border-t-0">
                  <td className={tdClass}>
                    <p className="font-medium whitespace-nowrap text-slate-900">
                      {destination || t("noDestination")}{" "}
                      {transfer.country ? <span className="font-mono text-xs font-normal text-slate-500">{transfer.country.code}</span> : null}
                    </p>
                    <div className="mt-1 flex flex-wrap gap-1">
                      {!transfer.country ? (
                        <Badge tone="violet">{t("internationalOrganisation")}</Badge>
                      ) : transfer.country.eea ? (
                        <Badge>{t("eea")}</Badge>
                      ) : (
                        <Badge tone="violet">{t("thirdCountry")}</Badge>
                      )}
                      {transfer.country?.adequacy ? <Badge tone="green">{t("adequacy")}</Badge> : null}
                    </div>
                  </td>
                  <td className={tdClass}>{transfer.recipient?.name ?? <NotRecorded />}</td>
                  <td className={tdClass}>{transfer.safeguard ? labels(`safeguard.${transfer.safeguard}`) : <NotRecorded />}</td>
                  <td className={tdClass}>
                    {transfer.safeguardDetails || transfer.safeguardReference ? (
                      <>
                        {transfer.safeguardDetails ? <p>{transfer.safeguardDetails}</p> : null}
                        {transfer.safeguardReference ? <p className="break-all text-slate-600">{transfer.safeguardReference}</p> : null}
                      </>
                    ) : (
                      <NotRecorded />
                    )}
                  </td>
                </tr>
                {assessment.level !== "ok" && assessment.problem ? (
                  <tr>
                    <td colSpan={4} className="px-3 pb-3">
                      <div className={`rounded-md border px-3 py-2 text-sm ${problem ? "border-red-200 bg-red-50 text-red-900" : "border-blue-200 bg-blue-50 text-blue-950"}`}>
                        <p>
                          <span className={problem ? "font-semibold" : "sr-only"}>{problem ? t("noGround") : t("note")}</span>{" "}
                          {t(`problem.${assessment.problem}`, { destination })}
                        </p>
                        {transfer.country?.adequacyNote && !transfer.safeguard ? (
                          <p className="mt-1 text-xs opacity-90">{t("adequacyNote", { note: transfer.country.adequacyNote })}</p>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
