/**
 * What the composer and the checks read: the organisation's records (the
 * shared read model, lib/records/read-model.ts) seen per activity, with the
 * catalogue entries each one names resolved (from-records.ts derives it), or
 * built by tests. Plain objects, never Prisma rows, so both stay pure.
 */
import type {
  RecordsActivity,
  RecordsActivityDataCategory,
  RecordsCountry,
  RecordsDataCategory,
  RecordsLegalBasis,
  RecordsOrganisation,
  RecordsParty,
  RecordsPurpose,
  RecordsRecipient,
  RecordsTransfer,
} from "@/lib/records/read-model";
import type { SectionAnchors } from "./anchors";
import type { PolicyLanguage, PolicySectionSpec } from "./types";

export type ComposeLegalBasis = Pick<RecordsLegalBasis, "id" | "article" | "letter" | "name" | "citation">;

/** The profile without the application's own settings, which a policy never states. */
export type ComposeOrganisation = Omit<RecordsOrganisation, "defaultLanguage" | "languages" | "reviewIntervalMonths">;

/** The activity fields a policy states or checks (Art. 13, 14, 21, 22). */
export const COMPOSE_ACTIVITY_FIELDS = [
  "id",
  "reference",
  "name",
  "status",
  "role",
  "publicTitle",
  "publicDescription",
  "dataSource",
  "dataSourceDescription",
  "publicSources",
  "automatedDecisionMaking",
  "automatedDecisionLogic",
  "automatedDecisionConsequences",
  "provisionRequirement",
  "provisionConsequences",
  "dpiaRequired",
  "recipientsNone",
  "transfersNone",
  "specialCategoriesNone",
  "consentWithdrawalUrl",
  "consentWithdrawalInstructions",
] as const satisfies readonly (keyof RecordsActivity)[];

export type ComposeActivity = Pick<RecordsActivity, (typeof COMPOSE_ACTIVITY_FIELDS)[number]> & {
  purposes: (Pick<RecordsPurpose, "id" | "description" | "legitimateInterests"> & { directMarketing: boolean; legalBases: ComposeLegalBasis[] })[];
  dataSubjects: string[];
  /** The data subject categories' ids, in the order of `dataSubjects`. */
  dataSubjectIds: string[];
  /** `id` is the activity's data category row, `dataCategoryId` the catalogue entry (its name and default retention). */
  dataCategories: (Pick<RecordsActivityDataCategory, "id" | "dataCategoryId" | "details" | "retention"> &
    Pick<RecordsDataCategory, "name" | "defaultRetention" | "special" | "criminal"> & { art9Condition: ComposeLegalBasis | null })[];
  recipients: (Pick<RecordsRecipient, "id" | "name" | "kind"> & Pick<RecordsParty, "role" | "note">)[];
  transfers: (Pick<RecordsTransfer, "id" | "countryCode" | "internationalOrganisation" | "safeguard" | "safeguardDetails" | "safeguardReference"> & {
    country: (Pick<RecordsCountry, "name" | "eea" | "adequacy"> & Partial<Pick<RecordsCountry, "adequacyNote">>) | null;
    recipientName: string | null;
  })[];
};

export type ComposeInput = {
  organisation: ComposeOrganisation;
  /** The activities the draft names, by id; an id missing here no longer exists in the organisation. */
  activities: Record<string, ComposeActivity>;
  /** `id` (the stored policy's) lets statements from the policy's own sections link to its editor. */
  policy: { id?: string; title: string; language: PolicyLanguage; sections: PolicySectionSpec[] };
  /** The anchors the activities' sections had in the published versions (anchors.ts); none before the first. */
  anchors?: SectionAnchors;
};
