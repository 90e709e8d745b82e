import { useTranslations } from "next-intl";
import type { ActivityDetail } from "@/lib/activities/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { DescriptionItem, DescriptionList } from "@/components/ui/description-list";
import { NotRecorded } from "@/components/ui/not-recorded";
import { ReviewDate } from "./review-date";
import { RecordSection } from "./record-section";

/**
 * The sections after the Art. 30 items, in order (their anchor on the page
 * and their messages under activityRecord.details): the page's contents list
 * and its headings read the same titles.
 */
export const DETAIL_SECTIONS = [
  { id: "source", key: "source", cited: true },
  { id: "assessment", key: "assessment", cited: true },
  { id: "provision", key: "provision", cited: true },
  { id: "policy-text", key: "policyText", cited: true },
  { id: "record", key: "record", cited: false },
] as const;

type DetailSection = (typeof DETAIL_SECTIONS)[number];
type DetailSectionId = DetailSection["id"];

/** The rest of the record: what privacy policies and assessments need beyond Art. 30. */
export function RecordDetails({ activity }: { activity: ActivityDetail }) {
  const t = useTranslations("activityRecord.details");
  const labels = useTranslations("labels");
  const detail = (id: DetailSectionId) => {
    const section = DETAIL_SECTIONS.find((candidate) => candidate.id === id)!;
    return { id, title: t(`${section.key}.title`), citation: section.key === "record" ? undefined : t(`${section.key}.citation`) };
  };
  const yesNo = (value: boolean | null, unknown: string = t("notDecided")) => (value === null ? unknown : value ? t("yes") : t("no"));
  const person = (user: ActivityDetail["createdBy"], id: string | null) => (user ? t("person", { name: user.name, email: user.email }) : id ? t("formerMember") : "");
  // Art. 13(2)(f) asks about the logic only where there is automated decision-making.
  const notApplicable = activity.automatedDecisionMaking ? null : <NotRecorded>{t("notApplicable")}</NotRecorded>;
  return (
    <>
      <RecordSection {...detail("source")}>
        <DescriptionList columns={2}>
          <DescriptionItem term={t("dataSource")}>{labels(`dataSource.${activity.dataSource}`)}</DescriptionItem>
          <DescriptionItem term={t("publicSources")}>{yesNo(activity.publicSources)}</DescriptionItem>
          <DescriptionItem term={t("dataSourceDescription")} wide>
            {activity.dataSourceDescription}
          </DescriptionItem>
        </DescriptionList>
      </RecordSection>

      <RecordSection {...detail("assessment")}>
        <DescriptionList columns={2}>
          <DescriptionItem term={t("dpiaRequired")}>{yesNo(activity.dpiaRequired)}</DescriptionItem>
          <DescriptionItem term={t("dpiaStatus")}>{labels(`dpiaStatus.${activity.dpiaStatus}`)}</DescriptionItem>
          <DescriptionItem term={t("dpiaReference")} wide>
            {activity.dpiaReference}
          </DescriptionItem>
          <DescriptionItem term={t("automatedDecisionMaking")}>{activity.automatedDecisionMaking === null ? <NotRecorded /> : yesNo(activity.automatedDecisionMaking)}</DescriptionItem>
          <DescriptionItem term={t("automatedDecisionLogic")}>{activity.automatedDecisionLogic || notApplicable}</DescriptionItem>
          <DescriptionItem term={t("automatedDecisionConsequences")} wide>
            {activity.automatedDecisionConsequences || notApplicable}
          </DescriptionItem>
        </DescriptionList>
      </RecordSection>

      <RecordSection {...detail("provision")}>
        <DescriptionList columns={2}>
          <DescriptionItem term={t("provisionRequirement")}>{labels(`provisionRequirement.${activity.provisionRequirement}`)}</DescriptionItem>
          <DescriptionItem term={t("provisionConsequences")}>{activity.provisionConsequences}</DescriptionItem>
          <DescriptionItem term={t("storageLocation")} wide>
            {activity.storageLocation}
          </DescriptionItem>
        </DescriptionList>
      </RecordSection>

      <RecordSection {...detail("policy-text")}>
        <DescriptionList>
          <DescriptionItem term={t("publicTitle")}>{activity.publicTitle}</DescriptionItem>
          <DescriptionItem term={t("publicDescription")}>{activity.publicDescription}</DescriptionItem>
        </DescriptionList>
      </RecordSection>

      <RecordSection {...detail("record")}>
        <DescriptionList columns={2}>
          <DescriptionItem term={t("lastReviewedOn")}>{formatDate(activity.lastReviewedOn)}</DescriptionItem>
          <DescriptionItem term={t("nextReviewOn")}>{activity.nextReviewOn ? <ReviewDate date={activity.nextReviewOn} /> : null}</DescriptionItem>
          <DescriptionItem term={t("owner")}>{activity.owner}</DescriptionItem>
          <DescriptionItem term={t("department")}>{activity.department}</DescriptionItem>
          <DescriptionItem term={t("created")}>
            {[formatDateTime(activity.createdAt), person(activity.createdBy, activity.createdById)].filter(Boolean).join(" · ")}
          </DescriptionItem>
          <DescriptionItem term={t("lastChanged")}>
            {[formatDateTime(activity.updatedAt), person(activity.updatedBy, activity.updatedById)].filter(Boolean).join(" · ")}
          </DescriptionItem>
          <DescriptionItem term={t("version")}>{String(activity.version)}</DescriptionItem>
          <DescriptionItem term={t("reference")}>{activity.reference}</DescriptionItem>
        </DescriptionList>
      </RecordSection>
    </>
  );
}
