/**
 * How the enums of the data model read in the interface and in exports, in
 * the words the GDPR uses.
 */
import type {
  ActivityPartyRole,
  ActivityStatus,
  DataSource,
  DpiaStatus,
  LegalBasisArticle,
  ProcessingRole,
  ProvisionRequirement,
  RecipientKind,
  SecurityMeasureGroup,
  TransferSafeguard,
} from "@prisma/client";

export const activityStatusLabels: Record<ActivityStatus, string> = {
  DRAFT: "Draft",
  ACTIVE: "Active",
  RETIRED: "Retired",
};

export const processingRoleLabels: Record<ProcessingRole, string> = {
  CONTROLLER: "Controller",
  JOINT_CONTROLLER: "Joint controller",
  PROCESSOR: "Processor",
};

export const recipientKindLabels: Record<RecipientKind, string> = {
  INTERNAL: "Internal recipient",
  PROCESSOR: "Processor",
  SUB_PROCESSOR: "Sub-processor",
  CONTROLLER: "Independent controller / third party",
  PUBLIC_AUTHORITY: "Public authority",
  JOINT_CONTROLLER: "Joint controller",
  CLIENT_CONTROLLER: "Controller (client)",
};

/** Plural headings, for recipients grouped by kind. */
export const recipientKindGroupLabels: Record<RecipientKind, string> = {
  INTERNAL: "Internal recipients",
  PROCESSOR: "Processors",
  SUB_PROCESSOR: "Sub-processors",
  CONTROLLER: "Independent controllers and third parties",
  PUBLIC_AUTHORITY: "Public authorities",
  JOINT_CONTROLLER: "Joint controllers",
  CLIENT_CONTROLLER: "Controllers (clients)",
};

export const recipientKindOrder: RecipientKind[] = [
  "INTERNAL",
  "PROCESSOR",
  "SUB_PROCESSOR",
  "CONTROLLER",
  "PUBLIC_AUTHORITY",
  "JOINT_CONTROLLER",
  "CLIENT_CONTROLLER",
];

export const partyRoleLabels: Record<ActivityPartyRole, string> = {
  RECIPIENT: "Recipient",
  JOINT_CONTROLLER: "Joint controller",
  CLIENT_CONTROLLER: "Controller on whose behalf we process",
};

export const safeguardLabels: Record<TransferSafeguard, string> = {
  ADEQUACY: "Adequacy decision (Art. 45)",
  SCC: "Standard contractual clauses (Art. 46(2)(c))",
  BCR: "Binding corporate rules (Art. 47)",
  DEROGATION: "Derogation for a specific situation (Art. 49)",
  OTHER: "Other appropriate safeguard (Art. 46)",
};

export const securityGroupLabels: Record<SecurityMeasureGroup, string> = {
  ACCESS_CONTROL: "Access control",
  ENCRYPTION: "Encryption",
  PSEUDONYMISATION: "Pseudonymisation",
  BACKUP: "Backup and recovery",
  LOGGING: "Logging and traceability",
  NETWORK: "Network security",
  PHYSICAL: "Physical security",
  ORGANISATIONAL: "Organisational measures",
  PROCESSOR_CONTROL: "Control of processors",
  OTHER: "Other measures",
};

export const securityGroupOrder: SecurityMeasureGroup[] = [
  "ACCESS_CONTROL",
  "ENCRYPTION",
  "PSEUDONYMISATION",
  "BACKUP",
  "LOGGING",
  "NETWORK",
  "PHYSICAL",
  "ORGANISATIONAL",
  "PROCESSOR_CONTROL",
  "OTHER",
];

export const legalBasisArticleLabels: Record<LegalBasisArticle, string> = {
  ART6: "Art. 6(1) lawfulness",
  ART9: "Art. 9(2) special categories",
  ART10: "Art. 10 criminal data",
  NATIONAL: "National law",
};

export const dataSourceLabels: Record<DataSource, string> = {
  DATA_SUBJECT: "Collected from the data subject (Art. 13)",
  OTHER: "Obtained from another source (Art. 14)",
  BOTH: "Both from the data subject and from other sources (Art. 13 and 14)",
};

export const dpiaStatusLabels: Record<DpiaStatus, string> = {
  NOT_ASSESSED: "Not assessed",
  NOT_REQUIRED: "Not required",
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
};

export const provisionRequirementLabels: Record<ProvisionRequirement, string> = {
  NOT_SPECIFIED: "Not specified",
  VOLUNTARY: "Voluntary",
  STATUTORY: "Statutory requirement",
  CONTRACTUAL: "Contractual requirement",
  CONTRACT_PREREQUISITE: "Requirement for entering into a contract",
};
