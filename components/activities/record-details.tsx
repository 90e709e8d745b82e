import type { ActivityDetail } from "@/lib/activities/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { dataSourceLabels, dpiaStatusLabels, provisionRequirementLabels } from "@/lib/labels";
import { DescriptionItem, DescriptionList } from "@/components/ui/description-list";
import { NotRecorded } from "@/components/ui/not-recorded";
import { NOT_RECORDED } from "@/lib/register/lines";
import { ReviewDate } from "./review-date";
import { RecordSection } from "./record-section";

function yesNo(value: boolean | null, unknown = "Not yet decided"): string {
  return value === null ? unknown : value ? "Yes" : "No";
}

function person(user: ActivityDetail["createdBy"], id: string | null): string {
  if (user) return `${user.name} (${user.email})`;
  return id ? "A former member" : "";
}

/** The sections after the Art. 30 items, in order: the page's contents list and its headings read the same titles. */
export const DETAIL_SECTIONS = {
  source: { title: "Source of the data", citation: "Art. 13 / 14(2)(f)" },
  assessment: { title: "Impact assessment and automated decisions", citation: "Art. 35 · Art. 22" },
  provision: { title: "Provision of the data and storage", citation: "Art. 13(2)(e)" },
  "policy-text": { title: "Text for privacy policies", citation: "Art. 13 / 14" },
  record: { title: "Review and history", citation: undefined },
} as const;

type DetailSectionId = keyof typeof DETAIL_SECTIONS;
const detail = (id: DetailSectionId) => ({ id, ...DETAIL_SECTIONS[id] });

/** The rest of the record: what privacy policies and assessments need beyond Art. 30. */
export function RecordDetails({ activity }: { activity: ActivityDetail }) {
  // Art. 13(2)(f) asks about the logic only where there is automated decision-making.
  const notApplicable = activity.automatedDecisionMaking ? null : <NotRecorded>Not applicable</NotRecorded>;
  return (
    <>
      <RecordSection {...detail("source")}>
        <DescriptionList columns={2}>
          <DescriptionItem term="Source">{dataSourceLabels[activity.dataSource]}</DescriptionItem>
          <DescriptionItem term="From publicly accessible sources">{yesNo(activity.publicSources)}</DescriptionItem>
          <DescriptionItem term="Description of the source" wide>
            {activity.dataSourceDescription}
          </DescriptionItem>
        </DescriptionList>
      </RecordSection>

      <RecordSection {...detail("assessment")}>
        <DescriptionList columns={2}>
          <DescriptionItem term="DPIA required">{yesNo(activity.dpiaRequired)}</DescriptionItem>
          <DescriptionItem term="DPIA status">{dpiaStatusLabels[activity.dpiaStatus]}</DescriptionItem>
          <DescriptionItem term="DPIA reference" wide>
            {activity.dpiaReference}
          </DescriptionItem>
          <DescriptionItem term="Automated decision-making, including profiling">{yesNo(activity.automatedDecisionMaking, NOT_RECORDED)}</DescriptionItem>
          <DescriptionItem term="Logic involved (Art. 13(2)(f))">{activity.automatedDecisionLogic || notApplicable}</DescriptionItem>
          <DescriptionItem term="Significance and envisaged consequences" wide>
            {activity.automatedDecisionConsequences || notApplicable}
          </DescriptionItem>
        </DescriptionList>
      </RecordSection>

      <RecordSection {...detail("provision")}>
        <DescriptionList columns={2}>
          <DescriptionItem term="Statutory or contractual requirement">{provisionRequirementLabels[activity.provisionRequirement]}</DescriptionItem>
          <DescriptionItem term="Consequences of not providing the data">{activity.provisionConsequences}</DescriptionItem>
          <DescriptionItem term="Storage location" wide>
            {activity.storageLocation}
          </DescriptionItem>
        </DescriptionList>
      </RecordSection>

      <RecordSection {...detail("policy-text")}>
        <DescriptionList>
          <DescriptionItem term="Public title">{activity.publicTitle}</DescriptionItem>
          <DescriptionItem term="Public description">{activity.publicDescription}</DescriptionItem>
        </DescriptionList>
      </RecordSection>

      <RecordSection {...detail("record")}>
        <DescriptionList columns={2}>
          <DescriptionItem term="Last reviewed">{formatDate(activity.lastReviewedOn)}</DescriptionItem>
          <DescriptionItem term="Next review">{activity.nextReviewOn ? <ReviewDate date={activity.nextReviewOn} /> : null}</DescriptionItem>
          <DescriptionItem term="Owner">{activity.owner}</DescriptionItem>
          <DescriptionItem term="Department">{activity.department}</DescriptionItem>
          <DescriptionItem term="Created">
            {[formatDateTime(activity.createdAt), person(activity.createdBy, activity.createdById)].filter(Boolean).join(" · ")}
          </DescriptionItem>
          <DescriptionItem term="Last changed">
            {[formatDateTime(activity.updatedAt), person(activity.updatedBy, activity.updatedById)].filter(Boolean).join(" · ")}
          </DescriptionItem>
          <DescriptionItem term="Version">{String(activity.version)}</DescriptionItem>
          <DescriptionItem term="Reference">{activity.reference}</DescriptionItem>
        </DescriptionList>
      </RecordSection>
    </>
  );
}
