/**
 * An organisation's records as one read model: the profile, the catalogue
 * entries the activities name (once each) and the activities referring to
 * them by id. Loaded by lib/records/queries.ts; the register (its builder,
 * completeness checks and exports) reads it directly and the policy composer
 * derives its per-activity view from it (lib/policies/from-records.ts).
 * Plain objects, no Prisma rows, so the pure code is tested with hand-made
 * records.
 */
import type {
  DpoForm,
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

/** Art. 30(1)(a): the controller, its representative (Art. 27) and DPO (Art. 37), and the supervisory authority. */
export type RecordsOrganisation = {
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
  /** The DPO's form of address (grammatical gender of the title); null: not recorded. */
  dpoForm: DpoForm | null;
  supervisoryAuthorityName: string;
  supervisoryAuthorityWebsite: string;
  defaultLanguage: string;
  /** Every language the organisation keeps its records in, the default among them (lib/translations/languages.ts). */
  languages: string[];
  reviewIntervalMonths: number;
};

/** `adequacyNote` says whom an adequacy decision (Art. 45) covers, where it covers only some recipients. */
export type RecordsCountry = { code: string; name: string; eea: boolean; adequacy: boolean; adequacyNote: string };

export type RecordsLegalBasis = {
  id: string;
  article: LegalBasisArticle;
  letter: string;
  name: string;
  citation: string;
  description: string;
  builtIn: boolean;
};

export type RecordsDataCategory = {
  id: string;
  name: string;
  description: string;
  special: boolean;
  criminal: boolean;
  defaultRetention: string;
};

export type RecordsDataSubjectCategory = { id: string; name: string; description: string };

export type RecordsSecurityMeasure = { id: string; group: SecurityMeasureGroup; name: string; description: string };

export type RecordsRecipient = {
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

export type RecordsPurpose = {
  id: string;
  description: string;
  legitimateInterests: string;
  balancingTestReference: string;
  /** Art. 21(2): recorded as direct marketing (always read from the database; absent in older test fixtures). */
  directMarketing?: boolean;
  /** Sorted by id. */
  legalBasisIds: string[];
};

export type RecordsActivityDataCategory = {
  /** The activity's own row (its details and retention), as opposed to the catalogue entry. */
  id: string;
  dataCategoryId: string;
  details: string;
  /** The activity's own retention; empty when it relies on the category's default. */
  retention: string;
  art9ConditionId: string | null;
};

export type RecordsParty = { recipientId: string; role: ActivityPartyRole; note: string };

export type RecordsTransfer = {
  id: string;
  countryCode: string | null;
  internationalOrganisation: string;
  recipientId: string | null;
  safeguard: TransferSafeguard | null;
  safeguardDetails: string;
  safeguardReference: string;
};

export type RecordsActivity = {
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
  /** Art. 35: null while the DPIA question is undecided. */
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
  // Purposes and data categories in the order the record keeps them (position), transfers by id.
  purposes: RecordsPurpose[];
  /** Sorted by id. */
  dataSubjectCategoryIds: string[];
  dataCategories: RecordsActivityDataCategory[];
  /** Sorted by role, then recipient id. */
  parties: RecordsParty[];
  transfers: RecordsTransfer[];
  /** Sorted by id. */
  securityMeasureIds: string[];
};

export type OrganisationRecords = {
  organisation: RecordsOrganisation;
  /** Only the countries the recipients and transfers name, by code. */
  countries: RecordsCountry[];
  legalBases: RecordsLegalBasis[];
  dataCategories: RecordsDataCategory[];
  dataSubjectCategories: RecordsDataSubjectCategory[];
  securityMeasures: RecordsSecurityMeasure[];
  recipients: RecordsRecipient[];
  /** By reference. */
  activities: RecordsActivity[];
};
