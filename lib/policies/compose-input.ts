/**
 * What the composer and the checks read: plain objects loaded by
 * queries.ts (or built by tests), never Prisma rows, so both stay pure.
 */
import type {
  ActivityPartyRole,
  ActivityStatus,
  DataSource,
  LegalBasisArticle,
  ProcessingRole,
  ProvisionRequirement,
  RecipientKind,
  TransferSafeguard,
} from "@prisma/client";
import type { SectionAnchors } from "./anchors";
import type { PolicyLanguage, PolicySectionSpec } from "./types";

export type ComposeLegalBasis = { id: string; article: LegalBasisArticle; letter: string; name: string; citation: string };

export type ComposeOrganisation = {
  id: string;
  slug: string;
  legalName: string;
  address: string;
  email: string;
  phone: string;
  website: string;
  privacyContactName: string;
  privacyContactEmail: string;
  privacyContactAddress: string;
  representativeName: string;
  representativeAddress: string;
  representativeEmail: string;
  representativePhone: string;
  dpoName: string;
  dpoOrganisation: string;
  dpoAddress: string;
  dpoEmail: string;
  dpoPhone: string;
  supervisoryAuthorityName: string;
  supervisoryAuthorityWebsite: string;
};

export type ComposeActivity = {
  id: string;
  reference: string;
  name: string;
  status: ActivityStatus;
  role: ProcessingRole;
  publicTitle: string;
  publicDescription: string;
  dataSource: DataSource;
  dataSourceDescription: string;
  publicSources: boolean;
  automatedDecisionMaking: boolean | null;
  automatedDecisionLogic: string;
  automatedDecisionConsequences: string;
  provisionRequirement: ProvisionRequirement;
  provisionConsequences: string;
  /** Art. 35: null while the DPIA question is undecided. */
  dpiaRequired: boolean | null;
  /** "None" recorded as an answer (not merely an empty list): see the activity model. */
  recipientsNone: boolean;
  transfersNone: boolean;
  specialCategoriesNone: boolean;
  /** Art. 7(3), 13(2)(c): how a person withdraws consent. */
  consentWithdrawalUrl: string;
  consentWithdrawalInstructions: string;
  purposes: { id: string; description: string; legitimateInterests: string; directMarketing: boolean; legalBases: ComposeLegalBasis[] }[];
  dataSubjects: string[];
  /** The data subject categories' ids, in the order of `dataSubjects`. */
  dataSubjectIds: string[];
  dataCategories: {
    /** The activity's data category row (its details and retention). */
    id: string;
    /** The catalogue entry (its name and default retention). */
    dataCategoryId: string;
    name: string;
    details: string;
    /** The activity's own retention; empty when it relies on the category's default. */
    retention: string;
    defaultRetention: string;
    special: boolean;
    criminal: boolean;
    art9Condition: ComposeLegalBasis | null;
  }[];
  recipients: { id: string; name: string; kind: RecipientKind; role: ActivityPartyRole; note: string }[];
  transfers: {
    id: string;
    countryCode: string | null;
    /** `adequacyNote` says whom an adequacy decision covers, where it covers only some recipients. */
    country: { name: string; eea: boolean; adequacy: boolean; adequacyNote?: string } | null;
    internationalOrganisation: string;
    recipientName: string | null;
    safeguard: TransferSafeguard | null;
    safeguardDetails: string;
    safeguardReference: string;
  }[];
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
