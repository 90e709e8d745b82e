import { useTranslations } from "next-intl";
import type { ActivityDetail } from "@/lib/activities/queries";
import { isWebAddress } from "@/lib/forms/field-rules";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { DescriptionItem, DescriptionList } from "@/components/ui/description-list";
import { NotRecorded } from "@/components/ui/not-recorded";
import { EmptyAnswer } from "./empty-answer";
import { CategoryFlags } from "./category-flags";
import { SubHeading } from "./record-section";

const tableClass = "w-full border-collapse text-left text-sm";
const thClass = "border-b border-slate-200 px-3 py-2 text-xs font-medium text-slate-600";
const tdClass = "px-3 py-2 align-top";

/** (b) Art. 30(1)(b) and 13(1)(c): each purpose with its own legal basis or bases; how consent is withdrawn (Art. 7(3)). */
export function PurposesSection({ activity }: { activity: ActivityDetail }) {
  const t = useTranslations("activityRecord.purposes");
  if (activity.purposes.length === 0) return <NotRecorded>{t("none")}</NotRecorded>;
  return (
    <>
      <ol className="space-y-3">
        {activity.purposes.map((purpose, index) => {
          const bases = purpose.legalBases.map((b) => b.legalBasis).sort((a, b) => a.citation.localeCompare(b.citation));
          const reliesOnInterests = bases.some((b) => b.article === "ART6" && b.letter === "f");
          return (
            <li key={purpose.id} className="rounded-md border border-slate-200 px-3 py-3">
              <p className="text-sm font-medium text-slate-900">
                <span className="mr-2 text-slate-500">{index + 1}.</span>
                {purpose.description}
                {purpose.directMarketing ? (
                  <span className="ml-2">
                    <Badge>{t("directMarketing")}</Badge>
                  </span>
                ) : null}
              </p>
              <div className="mt-3">
                <DescriptionList columns={2}>
                  <DescriptionItem term={t("legalBasis")}>
                    {bases.length ? (
                      <ul className="space-y-0.5">
                        {bases.map((basis) => (
                          <li key={basis.id}>
                            <span className="font-medium">{basis.citation}</span> <span className="text-slate-600">· {basis.name}</span>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </DescriptionItem>
                  <DescriptionItem term={t("legitimateInterests")}>
                    {purpose.legitimateInterests || (reliesOnInterests ? null : <NotRecorded>{t("notApplicableBasis")}</NotRecorded>)}
                  </DescriptionItem>
                  <DescriptionItem term={t("balancingTest")}>
                    {purpose.balancingTestReference || (reliesOnInterests ? null : <NotRecorded>{t("notApplicable")}</NotRecorded>)}
                  </DescriptionItem>
                </DescriptionList>
              </div>
              {bases.length === 0 ? (
                <div className="mt-3">
                  <Callout tone="warning">{t("noBasis")}</Callout>
                </div>
              ) : null}
              {reliesOnInterests && !purpose.legitimateInterests.trim() ? (
                <div className="mt-3">
                  {/* Art. 13(1)(d): the interests must be stated when the basis is 6(1)(f). */}
                  <Callout tone="warning">{t("interestsMissing")}</Callout>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <div className="mt-4">
        <DescriptionList columns={2}>
          <DescriptionItem term={t("withdrawalPage")}>
            {/* Only a web address becomes a link (the schema refuses anything else; this guards older rows). */}
            {activity.consentWithdrawalUrl && !isWebAddress(activity.consentWithdrawalUrl) ? activity.consentWithdrawalUrl : null}
            {isWebAddress(activity.consentWithdrawalUrl) ? (
              <a href={activity.consentWithdrawalUrl} rel="noopener noreferrer" className="break-all text-blue-800 underline">
                {activity.consentWithdrawalUrl}
              </a>
            ) : null}
          </DescriptionItem>
          <DescriptionItem term={t("withdrawalHow")}>{activity.consentWithdrawalInstructions}</DescriptionItem>
        </DescriptionList>
      </div>
    </>
  );
}

/** (c) Art. 30(1)(c): categories of data subjects and of personal data. */
export function DataSection({ activity }: { activity: ActivityDetail }) {
  const t = useTranslations("activityRecord.data");
  return (
    <>
      <div>
        <SubHeading>{t("subjects")}</SubHeading>
        {activity.dataSubjects.length ? (
          <ul className="flex flex-wrap gap-1.5">
            {activity.dataSubjects.map((subject) => (
              <li key={subject.id}>
                <Badge>{subject.name}</Badge>
              </li>
            ))}
          </ul>
        ) : (
          <NotRecorded />
        )}
      </div>
      <div>
        <SubHeading>{t("categories")}</SubHeading>
        {activity.dataCategories.length ? (
          <div className="overflow-x-auto rounded-md border border-slate-200">
            <table className={`${tableClass} min-w-[34rem]`}>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className={thClass}>{t("category")}</th>
                  <th scope="col" className={thClass}>{t("details")}</th>
                  <th scope="col" className={thClass}>{t("condition")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {activity.dataCategories.map((entry) => {
                  const sensitive = entry.dataCategory.special || entry.dataCategory.criminal;
                  return (
                    <tr key={entry.id}>
                      <td className={tdClass}>
                        <p className="font-medium text-slate-900">{entry.dataCategory.name}</p>
                        {sensitive ? (
                          <div className="mt-1 flex flex-wrap gap-1">
                            <CategoryFlags special={entry.dataCategory.special} criminal={entry.dataCategory.criminal} />
                          </div>
                        ) : null}
                      </td>
                      <td className={tdClass}>{entry.details || <NotRecorded />}</td>
                      <td className={tdClass}>
                        {entry.art9Condition ? (
                          <span>
                            <span className="font-medium">{entry.art9Condition.citation}</span>{" "}
                            <span className="text-slate-600">· {entry.art9Condition.name}</span>
                          </span>
                        ) : sensitive ? (
                          // Art. 9(1) / Art. 10: such data may only be processed under one of these conditions.
                          <span className="font-medium text-red-700">{t("missingCondition")}</span>
                        ) : (
                          <span className="text-slate-500">{t("notApplicable")}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <NotRecorded />
        )}
      </div>
      {activity.dataCategories.some((entry) => entry.dataCategory.special || entry.dataCategory.criminal) ? null : (
        <div>
          <SubHeading>{t("special")}</SubHeading>
          <EmptyAnswer none={activity.specialCategoriesNone} />
        </div>
      )}
    </>
  );
}

/** (f) Art. 30(1)(f): erasure time limits per data category, "where possible". */
export function RetentionSection({ activity }: { activity: ActivityDetail }) {
  const t = useTranslations("activityRecord.retention");
  if (activity.dataCategories.length === 0) return <NotRecorded>{t("none")}</NotRecorded>;
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className={tableClass}>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={thClass}>{t("dataCategory")}</th>
            <th scope="col" className={thClass}>{t("timeLimit")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {activity.dataCategories.map((entry) => (
            <tr key={entry.id}>
              <td className={`${tdClass} font-medium text-slate-900`}>{entry.dataCategory.name}</td>
              <td className={tdClass}>
                {entry.retention ? (
                  entry.retention
                ) : entry.dataCategory.defaultRetention ? (
                  <span>
                    {entry.dataCategory.defaultRetention} <Badge>{t("catalogueDefault")}</Badge>
                  </span>
                ) : (
                  <NotRecorded />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

