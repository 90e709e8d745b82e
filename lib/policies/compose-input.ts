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

export type ComposeLegalBasis = { article: LegalBasisArticle; letter: string; name: string; citation: string };

export type ComposeOrganisation = {
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
  purposes: { description: string; legitimateInterests: string; legalBases: ComposeLegalBasis[] }[];
  dataSubjects: string[];
  dataCategories: {
    name: string;
    details: string;
    /** The activity's own retention; empty when it relies on the category's default. */
    retention: string;
    defaultRetention: string;
    special: boolean;
    criminal: boolean;
    art9Condition: ComposeLegalBasis | null;
  }[];
  recipients: { name: string; kind: RecipientKind; role: ActivityPartyRole; note: string }[];
  transfers: {
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
  policy: { title: string; language: PolicyLanguage; sections: PolicySectionSpec[] };
  /** The anchors the activities' sections had in the published versions (anchors.ts); none before the first. */
  anchors?: SectionAnchors;
};
