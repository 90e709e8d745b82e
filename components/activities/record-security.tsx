import { useTranslations } from "next-intl";
import type { ActivityDetail } from "@/lib/activities/queries";
import { securityGroupOrder } from "@/lib/labels";
import { DescriptionItem, DescriptionList } from "@/components/ui/description-list";
import { NotRecorded } from "@/components/ui/not-recorded";
import { EmptyAnswer } from "./empty-answer";
import { SubHeading } from "./record-section";

/** (g) Art. 30(1)(g) / 32(1): the technical and organisational measures, from the catalogue and in words. */
export function SecuritySection({ activity }: { activity: ActivityDetail }) {
  const t = useTranslations("activityRecord.security");
  const labels = useTranslations("labels");
  const groups = securityGroupOrder
    .map((group) => ({ group, measures: activity.securityMeasures.filter((m) => m.group === group) }))
    .filter((entry) => entry.measures.length > 0);
  if (groups.length === 0 && !activity.securityDescription.trim()) return <EmptyAnswer none={activity.securityMeasuresNone} />;
  return (
    <>
      <div>
        {groups.length ? (
          <div className="grid gap-4 sm:grid-cols-2">
            {groups.map(({ group, measures }) => (
              <div key={group}>
                <SubHeading>{labels(`securityGroup.${group}`)}</SubHeading>
                <ul className="space-y-1.5 text-sm">
                  {measures.map((measure) => (
                    <li key={measure.id}>
                      <span className="font-medium text-slate-900">{measure.name}</span>
                      {measure.description ? <span className="block text-xs text-slate-600">{measure.description}</span> : null}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ) : (
          <NotRecorded>{t("noMeasures")}</NotRecorded>
        )}
      </div>
      <DescriptionList>
        <DescriptionItem term={t("general")}>{activity.securityDescription}</DescriptionItem>
      </DescriptionList>
    </>
  );
}
