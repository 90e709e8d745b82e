/**
 * Records for the composer's and the checks' tests: a complete activity
 * (every Art. 13/14 item recorded) and an organisation with every contact,
 * to be stripped field by field.
 */
import type { ComposeActivity, ComposeInput, ComposeLegalBasis, ComposeOrganisation } from "./compose-input";
import type { PolicyLanguage, PolicySectionSpec } from "./types";

export const basis = (article: ComposeLegalBasis["article"], letter: string): ComposeLegalBasis => ({
  id: `basis-${article}-${letter}`,
  article,
  letter,
  name: `Basis ${letter}`,
  citation: article === "ART6" ? `Art. 6(1)(${letter}) GDPR` : article === "ART9" ? `Art. 9(2)(${letter}) GDPR` : "§ 26 BDSG",
});

export function completeOrganisation(overrides: Partial<ComposeOrganisation> = {}): ComposeOrganisation {
  return {
    id: "org-1",
    slug: "acme",
    legalName: "Acme GmbH",
    address: "Hauptstraße 1, 10115 Berlin, Germany",
    email: "info@acme.example",
    phone: "+49 30 123456",
    website: "https://acme.example",
    privacyContactName: "Acme Privacy Team",
    privacyContactEmail: "privacy@acme.example",
    privacyContactAddress: "",
    representativeName: "",
    representativeAddress: "",
    representativeEmail: "",
    representativePhone: "",
    dpoName: "Dana Officer",
    dpoOrganisation: "DPO Services Ltd",
    dpoAddress: "1 Law Street, Dublin",
    dpoEmail: "dpo@acme.example",
    dpoPhone: "",
    supervisoryAuthorityName: "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
    supervisoryAuthorityWebsite: "https://www.datenschutz-berlin.de",
    ...overrides,
  };
}

export function completeActivity(overrides: Partial<ComposeActivity> = {}): ComposeActivity {
  return {
    id: "act-1",
    reference: "WEB-01",
    name: "Internal newsletter list",
    status: "ACTIVE",
    role: "CONTROLLER",
    publicTitle: "Newsletter",
    publicDescription: "We send our newsletter to subscribers.",
    dataSource: "DATA_SUBJECT",
    dataSourceDescription: "",
    publicSources: false,
    automatedDecisionMaking: false,
    automatedDecisionLogic: "",
    automatedDecisionConsequences: "",
    provisionRequirement: "CONTRACT_PREREQUISITE",
    provisionConsequences: "We cannot send you the newsletter.",
    dpiaRequired: false,
    recipientsNone: false,
    transfersNone: false,
    specialCategoriesNone: true,
    consentWithdrawalUrl: "",
    consentWithdrawalInstructions: "",
    purposes: [
      { id: "purpose-1", description: "Sending the newsletter", legitimateInterests: "", directMarketing: false, legalBases: [basis("ART6", "b")] },
      { id: "purpose-2", description: "Measuring how the newsletter is read", legitimateInterests: "Improving the newsletter's content.", directMarketing: false, legalBases: [basis("ART6", "f")] },
    ],
    dataSubjects: ["Subscribers"],
    dataSubjectIds: ["subjects-1"],
    dataCategories: [
      { id: "adc-1", dataCategoryId: "dc-1", name: "Contact data", details: "E-mail address", retention: "Until you unsubscribe.", defaultRetention: "", special: false, criminal: false, art9Condition: null },
      { id: "adc-2", dataCategoryId: "dc-2", name: "Usage data", details: "Opens and clicks", retention: "", defaultRetention: "12 months", special: false, criminal: false, art9Condition: null },
    ],
    recipients: [
      { id: "recipient-1", name: "MailSender Inc.", kind: "PROCESSOR", role: "RECIPIENT", note: "Sends the e-mails for us." },
      { id: "recipient-2", name: "Partner AG", kind: "JOINT_CONTROLLER", role: "JOINT_CONTROLLER", note: "Runs the newsletter with us." },
    ],
    transfers: [
      {
        id: "transfer-1",
        countryCode: "US",
        country: { name: "United States", eea: false, adequacy: false },
        internationalOrganisation: "",
        recipientName: "MailSender Inc.",
        safeguard: "SCC",
        safeguardDetails: "2021 module 2",
        safeguardReference: "Ask privacy@acme.example for a copy.",
      },
    ],
    ...overrides,
  };
}

let fixtureIds = 0;
const fixtureId = (prefix: string) => `${prefix}-fixture-${++fixtureIds}`;

/** A purpose for tests, with a generated id. */
export const purpose = (fields: Partial<ComposeActivity["purposes"][number]> & Pick<ComposeActivity["purposes"][number], "description">): ComposeActivity["purposes"][number] => ({
  id: fixtureId("purpose"),
  legitimateInterests: "",
  directMarketing: false,
  legalBases: [],
  ...fields,
});

/** A data category of an activity for tests, with generated ids. */
export const dataCategory = (fields: Partial<ComposeActivity["dataCategories"][number]> & Pick<ComposeActivity["dataCategories"][number], "name">): ComposeActivity["dataCategories"][number] => ({
  id: fixtureId("adc"),
  dataCategoryId: fixtureId("dc"),
  details: "",
  retention: "",
  defaultRetention: "",
  special: false,
  criminal: false,
  art9Condition: null,
  ...fields,
});

/** A recipient of an activity for tests, with a generated id. */
export const recipient = (fields: Partial<ComposeActivity["recipients"][number]> & Pick<ComposeActivity["recipients"][number], "name">): ComposeActivity["recipients"][number] => ({
  id: fixtureId("recipient"),
  kind: "PROCESSOR",
  role: "RECIPIENT",
  note: "",
  ...fields,
});

/** A transfer for tests, with a generated id. */
export const transfer = (fields: Partial<ComposeActivity["transfers"][number]>): ComposeActivity["transfers"][number] => ({
  id: fixtureId("transfer"),
  countryCode: null,
  country: null,
  internationalOrganisation: "",
  recipientName: null,
  safeguard: null,
  safeguardDetails: "",
  safeguardReference: "",
  ...fields,
});

export const standardSections = (activityIds: string[] = ["act-1"]): PolicySectionSpec[] => [
  { type: "controller" },
  ...activityIds.map((activityId) => ({ type: "activity" as const, activityId })),
  { type: "rights" },
];

export type ComposeInputOptions = { organisation?: ComposeOrganisation; activities?: ComposeActivity[]; sections?: PolicySectionSpec[]; language?: PolicyLanguage };

export function composeInput(options: ComposeInputOptions = {}): ComposeInput {
  const activities = options.activities ?? [completeActivity()];
  return {
    organisation: options.organisation ?? completeOrganisation(),
    activities: Object.fromEntries(activities.map((a) => [a.id, a])),
    policy: { id: "policy-1", title: "Privacy policy", language: options.language ?? "en", sections: options.sections ?? standardSections(activities.map((a) => a.id)) },
  };
}
