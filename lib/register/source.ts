/**
 * What the register is built from: the organisation's records as plain,
 * normalised objects (catalogue entries once, activities referring to them by
 * id). lib/register/queries.ts loads it; the builder, the completeness checks
 * and the JSON export read it. Keeping Prisma out of these types lets the pure
 * code be tested with hand-made records.
 */
import type {
  ActivityPartyRole,
  ActivityStatus,
  DataSource,
  DpaStatus,
  DpiaStatus,
  LegalBasisArticle,
  ProcessingRole,
  ProvisionRequirement,
  RecipientKind,
  SecurityMeasureGroup,
  TransferSafeguard,
} from "@prisma/client";

export type SourceOrganisation = {
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
  defaultLanguage: string;
  reviewIntervalMonths: number;
};

export type SourceCountry = { code: string; name: string; eea: boolean; adequacy: boolean; adequacyNote: string };

export type SourceLegalBasis = {
  id: string;
  article: LegalBasisArticle;
  letter: string;
  name: string;
  citation: string;
  description: string;
  builtIn: boolean;
};

export type SourceDataCategory = {
  id: string;
  name: string;
  description: string;
  special: boolean;
  criminal: boolean;
  defaultRetention: string;
};

export type SourceDataSubjectCategory = { id: string; name: string; description: string };

export type SourceSecurityMeasure = { id: string; group: SecurityMeasureGroup; name: string; description: string };

export type SourceRecipient = {
  id: string;
  kind: RecipientKind;
  name: string;
  contactName: string;
  email: string;
  phone: string;
  address: string;
  countryCode: string | null;
  website: string;
  services: string;
  notes: string;
  parentId: string | null;
  dpaStatus: DpaStatus;
  dpaNotRequiredReason: string;
  dpaSignedOn: Date | null;
  dpaReference: string;
  dpaNextReviewOn: Date | null;
};

type SourcePurpose = {
  description: string;
  legitimateInterests: string;
  balancingTestReference: string;
  /** Art. 21(2): recorded as direct marketing (always read from the database; absent in older test fixtures). */
  directMarketing?: boolean;
  legalBasisIds: string[];
};

type SourceActivityDataCategory = {
  dataCategoryId: string;
  details: string;
  retention: string;
  art9ConditionId: string | null;
};

type SourceParty = { recipientId: string; role: ActivityPartyRole; note: string };

export type SourceTransfer = {
  countryCode: string | null;
  internationalOrganisation: string;
  recipientId: string | null;
  safeguard: TransferSafeguard | null;
  safeguardDetails: string;
  safeguardReference: string;
};

export type SourceActivity = {
  id: string;
  reference: string;
  name: string;
  description: string;
  department: string;
  owner: string;
  status: ActivityStatus;
  role: ProcessingRole;
  jointControllerArrangement: string;
  dataSource: DataSource;
  dataSourceDescription: string;
  publicSources: boolean;
  dpiaRequired: boolean | null;
  dpiaStatus: DpiaStatus;
  dpiaReference: string;
  automatedDecisionMaking: boolean | null;
  automatedDecisionLogic: string;
  automatedDecisionConsequences: string;
  provisionRequirement: ProvisionRequirement;
  provisionConsequences: string;
  storageLocation: string;
  securityDescription: string;
  // "None" recorded explicitly, as opposed to nothing recorded.
  recipientsNone: boolean;
  transfersNone: boolean;
  securityMeasuresNone: boolean;
  specialCategoriesNone: boolean;
  lastReviewedOn: Date | null;
  nextReviewOn: Date | null;
  publicTitle: string;
  publicDescription: string;
  /** Art. 7(3), 13(2)(c): how consent is withdrawn (a web address, instructions). */
  consentWithdrawalUrl: string;
  consentWithdrawalInstructions: string;
  createdAt: Date;
  updatedAt: Date;
  // In the order the record keeps them (position).
  purposes: SourcePurpose[];
  dataSubjectCategoryIds: string[];
  dataCategories: SourceActivityDataCategory[];
  parties: SourceParty[];
  transfers: SourceTransfer[];
  securityMeasureIds: string[];
};

export type RegisterFilters = { status?: ActivityStatus; department?: string };

export type RegisterSource = {
  organisation: SourceOrganisation;
  countries: SourceCountry[];
  legalBases: SourceLegalBasis[];
  dataCategories: SourceDataCategory[];
  dataSubjectCategories: SourceDataSubjectCategory[];
  securityMeasures: SourceSecurityMeasure[];
  recipients: SourceRecipient[];
  activities: SourceActivity[];
  filters: RegisterFilters;
  generatedAt: Date;
};
