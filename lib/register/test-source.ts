/**
 * Hand-made register sources for unit tests: a small organisation with a
 * catalogue entry of each kind, and activities built from a complete one.
 */
import type { RecordsActivity } from "@/lib/records/read-model";
import type { RegisterSource } from "./source";

export function testActivity(overrides: Partial<RecordsActivity> = {}): RecordsActivity {
  return {
    id: "act-1",
    reference: "HR-01",
    name: "Payroll",
    description: "Paying employees.",
    department: "Human Resources",
    owner: "Head of HR",
    status: "ACTIVE",
    role: "CONTROLLER",
    jointControllerArrangement: "",
    dataSource: "DATA_SUBJECT",
    dataSourceDescription: "",
    publicSources: false,
    dpiaRequired: false,
    dpiaStatus: "NOT_REQUIRED",
    dpiaReference: "",
    automatedDecisionMaking: false,
    automatedDecisionLogic: "",
    automatedDecisionConsequences: "",
    provisionRequirement: "CONTRACTUAL",
    provisionConsequences: "",
    storageLocation: "HR system, Frankfurt data centre",
    securityDescription: "Role-based access to the HR system.",
    recipientsNone: false,
    transfersNone: true,
    securityMeasuresNone: false,
    specialCategoriesNone: false,
    lastReviewedOn: new Date("2026-01-15T00:00:00Z"),
    nextReviewOn: new Date("2027-01-15T00:00:00Z"),
    publicTitle: "",
    publicDescription: "",
    consentWithdrawalUrl: "",
    consentWithdrawalInstructions: "",
    createdAt: new Date("2025-01-01T10:00:00Z"),
    updatedAt: new Date("2026-01-15T10:00:00Z"),
    purposes: [{ id: "purpose-1", description: "Paying salaries", legitimateInterests: "", balancingTestReference: "", directMarketing: false, legalBasisIds: ["lb-6b"] }],
    dataSubjectCategoryIds: ["ds-employees"],
    dataCategories: [
      { id: "adc-2", dataCategoryId: "dc-bank", details: "IBAN", retention: "10 years after the end of the year (§ 147 AO)", art9ConditionId: null },
      { id: "adc-3", dataCategoryId: "dc-health", details: "Sick notes", retention: "", art9ConditionId: "lb-9b" },
    ],
    parties: [
      { recipientId: "r-payroll", role: "RECIPIENT", note: "Runs the payroll" },
      { recipientId: "r-tax", role: "RECIPIENT", note: "" },
    ],
    transfers: [],
    securityMeasureIds: ["sm-enc"],
    ...overrides,
  };
}

export function testSource(activities: RecordsActivity[] = [testActivity()], now = new Date("2026-11-27T09:00:00Z")): RegisterSource {
  return {
    organisation: {
      id: "org-acme",
      slug: "acme",
      legalName: "Acme GmbH",
      address: "Domkloster 4, 50667 Köln, Germany",
      email: "info@acme.example",
      phone: "+49 221 000",
      website: "",
      privacyContactName: "",
      privacyContactEmail: "privacy@acme.example",
      privacyContactAddress: "",
      representativeName: "",
      representativeAddress: "",
      representativeEmail: "",
      representativePhone: "",
      dpoName: "Dr. Eva Schmidt",
      dpoOrganisation: "DPO Services Ltd",
      dpoAddress: "1 High Street, London",
      dpoEmail: "dpo@acme.example",
      dpoPhone: "",
      supervisoryAuthorityName: "",
      supervisoryAuthorityWebsite: "",
      defaultLanguage: "en",
      reviewIntervalMonths: 12,
    },
    countries: [
      { code: "US", name: "United States", eea: false, adequacy: true, adequacyNote: "EU-US Data Privacy Framework" },
      { code: "IN", name: "India", eea: false, adequacy: false, adequacyNote: "" },
      { code: "DE", name: "Germany", eea: true, adequacy: false, adequacyNote: "" },
    ],
    legalBases: [
      { id: "lb-6a", article: "ART6", letter: "a", name: "Consent", citation: "Art. 6(1)(a) GDPR", description: "", builtIn: true },
      { id: "lb-6b", article: "ART6", letter: "b", name: "Contract", citation: "Art. 6(1)(b) GDPR", description: "", builtIn: true },
      { id: "lb-6f", article: "ART6", letter: "f", name: "Legitimate interests", citation: "Art. 6(1)(f) GDPR", description: "", builtIn: true },
      { id: "lb-9b", article: "ART9", letter: "b", name: "Employment law", citation: "Art. 9(2)(b) GDPR", description: "", builtIn: true },
      { id: "lb-bdsg", article: "NATIONAL", letter: "", name: "Employment relationship", citation: "§ 26 BDSG", description: "", builtIn: false },
    ],
    dataCategories: [
      { id: "dc-bank", name: "Bank details", description: "", special: false, criminal: false, defaultRetention: "" },
      { id: "dc-health", name: "Health data", description: "", special: true, criminal: false, defaultRetention: "3 years" },
      { id: "dc-crime", name: "Criminal records", description: "", special: false, criminal: true, defaultRetention: "" },
      { id: "dc-contact", name: "Contact details", description: "", special: false, criminal: false, defaultRetention: "" },
    ],
    dataSubjectCategories: [
      { id: "ds-employees", name: "Employees", description: "" },
      { id: "ds-customers", name: "Customers", description: "" },
    ],
    securityMeasures: [
      { id: "sm-enc", group: "ENCRYPTION", name: "TLS in transit", description: "" },
      { id: "sm-acl", group: "ACCESS_CONTROL", name: "Role-based access", description: "" },
    ],
    recipients: [
      recipient({ id: "r-payroll", kind: "PROCESSOR", name: "PayCo Ltd", dpaStatus: "IN_PLACE", dpaSignedOn: new Date("2024-03-01T00:00:00Z"), dpaReference: "DPA-7", dpaNextReviewOn: new Date("2027-03-01T00:00:00Z") }),
      recipient({ id: "r-tax", kind: "PUBLIC_AUTHORITY", name: "Tax office" }),
      recipient({ id: "r-cloud", kind: "PROCESSOR", name: "Cloud Inc", countryCode: "US" }),
      recipient({ id: "r-partner", kind: "JOINT_CONTROLLER", name: "Partner AG", email: "privacy@partner.example", address: "Berlin" }),
      recipient({ id: "r-client", kind: "CLIENT_CONTROLLER", name: "Client plc", email: "dpo@client.example" }),
      recipient({ id: "r-client2", kind: "CLIENT_CONTROLLER", name: "Another Client SA" }),
    ],
    activities,
    filters: {},
    generatedAt: now,
  };
}

function recipient(fields: Partial<RegisterSource["recipients"][number]> & Pick<RegisterSource["recipients"][number], "id" | "kind" | "name">) {
  return {
    contactName: "",
    email: "",
    phone: "",
    address: "",
    countryCode: null,
    website: "",
    services: "",
    notes: "",
    parentId: null,
    dpaStatus: "MISSING" as const,
    dpaNotRequiredReason: "",
    dpaSignedOn: null,
    dpaReference: "",
    dpaNextReviewOn: null,
    ...fields,
  };
}
