import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "../forms/action-state";
import { inEnglish } from "../i18n/english";
import { activitySchema, emptyActivityValues, processorsWithoutAgreement, quickCreateSchema, type ActivityCatalogue, type ActivityFormValues } from "./schema";

const catalogue: ActivityCatalogue = {
  legalBases: [
    { id: "consent", article: "ART6", letter: "a", citation: "Art. 6(1)(a) GDPR" },
    { id: "contract", article: "ART6", letter: "b", citation: "Art. 6(1)(b) GDPR" },
    { id: "interests", article: "ART6", letter: "f", citation: "Art. 6(1)(f) GDPR" },
    { id: "explicit", article: "ART9", letter: "a", citation: "Art. 9(2)(a) GDPR" },
    { id: "art10", article: "ART10", letter: "", citation: "Art. 10 GDPR" },
  ],
  dataCategories: [
    { id: "contact", name: "Contact details", special: false, criminal: false },
    { id: "health", name: "Health data", special: true, criminal: false },
    { id: "records", name: "Criminal records", special: false, criminal: true },
  ],
  dataSubjectCategories: [{ id: "customers" }],
  recipients: [
    { id: "host", name: "Hosting Ltd", kind: "PROCESSOR" },
    { id: "client", name: "Client AG", kind: "CLIENT_CONTROLLER" },
    { id: "partner", name: "Partner SA", kind: "JOINT_CONTROLLER" },
  ],
  securityMeasures: [{ id: "tls" }],
  countries: [
    { code: "DE", name: "Germany", eea: true, adequacy: false },
    { code: "CH", name: "Switzerland", eea: false, adequacy: true },
    { code: "IN", name: "India", eea: false, adequacy: false },
  ],
};
const schema = activitySchema(catalogue);

function values(patch: Partial<ActivityFormValues> = {}): ActivityFormValues {
  return {
    ...emptyActivityValues(),
    reference: "WEB-01",
    name: "Website",
    status: "ACTIVE",
    purposes: [{ description: "Answer enquiries", legalBasisIds: ["contract"] }],
    ...patch,
  };
}

function errorsOf(input: ActivityFormValues) {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(Object.entries(fieldErrorsFrom(result.error)).map(([path, text]) => [path, inEnglish(text)]));
}

describe("activitySchema", () => {
  it("accepts a complete active activity", () => {
    expect(schema.safeParse(values()).success).toBe(true);
  });

  it("requires a name and a reference, and limits their length", () => {
    const errors = errorsOf(values({ name: " ", reference: "x".repeat(51) }));
    expect(errors.name).toMatch(/Enter the name/);
    expect(errors.reference).toMatch(/at most 50/);
  });

  it("refuses long texts over 10,000 characters with a message, not a crash", () => {
    expect(errorsOf(values({ description: "x".repeat(10_001) })).description).toMatch(/10,000/);
  });

  it("shows the cross-field messages in the same submit as a missing name", () => {
    const errors = errorsOf(values({ name: "", purposes: [{ description: "Fraud checks", legalBasisIds: ["interests"] }] }));
    expect(Object.keys(errors).sort()).toEqual(["name", "purposes.0.legitimateInterests"]);
  });

  it("refuses malformed input with messages", () => {
    const result = schema.safeParse({ reference: 5, purposes: "nope" });
    expect(result.success).toBe(false);
  });

  it("needs a purpose with a legal basis for an active controller activity, but not for a draft", () => {
    expect(errorsOf(values({ purposes: [] })).purposes).toMatch(/at least one purpose/);
    expect(errorsOf(values({ purposes: [{ description: "Pay", legalBasisIds: [] }] }))["purposes.0.legalBasisIds"]).toMatch(/Choose the legal basis/);
    expect(schema.safeParse(values({ status: "DRAFT", purposes: [{ description: "Pay", legalBasisIds: [] }] })).success).toBe(true);
  });

  it("asks to describe or remove an empty purpose row", () => {
    expect(errorsOf(values({ status: "DRAFT", purposes: [{ description: "", legalBasisIds: [] }] }))["purposes.0.description"]).toMatch(/Describe the purpose/);
  });

  it("needs the legitimate interests for a 6(1)(f) purpose (Art. 13(1)(d)), also in a draft", () => {
    const purpose = { description: "Fraud prevention", legalBasisIds: ["interests"] };
    expect(errorsOf(values({ purposes: [purpose] }))["purposes.0.legitimateInterests"]).toMatch(/legitimate interests/);
    expect(errorsOf(values({ status: "DRAFT", purposes: [purpose] }))["purposes.0.legitimateInterests"]).toBeDefined();
    expect(schema.safeParse(values({ purposes: [{ ...purpose, legitimateInterests: "Preventing fraud against customers" }] })).success).toBe(true);
  });

  it("drops legitimate interests that no 6(1)(f) basis calls for", () => {
    const parsed = schema.parse(values({ purposes: [{ description: "Contract", legalBasisIds: ["contract"], legitimateInterests: "left over" }] }));
    expect(parsed.purposes[0].legitimateInterests).toBe("");
  });

  it("refuses an Art. 9 condition as the legal basis of a purpose", () => {
    expect(errorsOf(values({ purposes: [{ description: "x", legalBasisIds: ["explicit"] }] }))["purposes.0.legalBasisIds"]).toMatch(/Art. 6\(1\)/);
  });

  it("needs an Art. 9(2) condition for a special category and an Art. 10 basis for criminal data", () => {
    const errors = errorsOf(
      values({
        dataCategories: [
          { dataCategoryId: "health", art9ConditionId: null },
          { dataCategoryId: "records", art9ConditionId: "explicit" },
        ],
      }),
    );
    expect(errors["dataCategories.0.art9ConditionId"]).toMatch(/Art. 9\(2\)/);
    expect(errors["dataCategories.1.art9ConditionId"]).toMatch(/Art. 10/);
    expect(
      schema.safeParse(
        values({
          dataCategories: [
            { dataCategoryId: "health", art9ConditionId: "explicit" },
            { dataCategoryId: "records", art9ConditionId: "art10" },
          ],
        }),
      ).success,
    ).toBe(true);
  });

  it("clears a condition from an ordinary category and refuses a category listed twice", () => {
    const parsed = schema.parse(values({ dataCategories: [{ dataCategoryId: "contact", art9ConditionId: "explicit" }] }));
    expect(parsed.dataCategories[0].art9ConditionId).toBeNull();
    const errors = errorsOf(values({ dataCategories: [{ dataCategoryId: "contact" }, { dataCategoryId: "contact" }] }));
    expect(errors["dataCategories.1.dataCategoryId"]).toMatch(/twice/);
  });

  it("needs a safeguard for a transfer to a country without an adequacy decision (Art. 44-49)", () => {
    const transfer = { countryCode: "IN", safeguard: null };
    expect(errorsOf(values({ hasTransfers: true, transfers: [transfer] }))["transfers.0.safeguard"]).toMatch(/India/);
    expect(errorsOf(values({ hasTransfers: true, transfers: [{ ...transfer, safeguard: "ADEQUACY" }] }))["transfers.0.safeguard"]).toMatch(/No adequacy/);
    expect(schema.safeParse(values({ hasTransfers: true, transfers: [{ ...transfer, safeguard: "SCC" }] })).success).toBe(true);
    expect(schema.safeParse(values({ hasTransfers: true, transfers: [{ countryCode: "CH" }] })).success).toBe(true);
  });

  it("needs the point of Art. 49(1) for a derogation", () => {
    const transfer = { countryCode: "IN", safeguard: "DEROGATION" as const };
    expect(errorsOf(values({ hasTransfers: true, transfers: [transfer] }))["transfers.0.safeguardDetails"]).toMatch(/Art. 49\(1\)/);
    expect(schema.safeParse(values({ hasTransfers: true, transfers: [{ ...transfer, safeguardDetails: "Art. 49(1)(b)" }] })).success).toBe(true);
  });

  it("needs a country or an international organisation, and a safeguard for an organisation", () => {
    expect(errorsOf(values({ hasTransfers: true, transfers: [{ safeguard: "SCC" }] }))["transfers.0.countryCode"]).toMatch(/international organisation/);
    expect(errorsOf(values({ hasTransfers: true, transfers: [{ internationalOrganisation: "WHO" }] }))["transfers.0.safeguard"]).toMatch(/WHO/);
  });

  it("asks for the transfer once “there are transfers” is chosen, and saves none otherwise", () => {
    expect(errorsOf(values({ hasTransfers: true, transfers: [] })).transfers).toMatch(/Add the transfer/);
    expect(schema.parse(values({ hasTransfers: false, transfers: [{ countryCode: "IN" }] })).transfers).toEqual([]);
  });

  it("needs a controller on whose behalf for an active processor activity (Art. 30(2)(a))", () => {
    const processor = values({ role: "PROCESSOR", purposes: [{ description: "Hosting for clients", legalBasisIds: [] }] });
    expect(errorsOf(processor).clientControllers).toMatch(/Art. 30\(2\)\(a\)/);
    expect(schema.safeParse({ ...processor, clientControllers: [{ recipientId: "client" }] }).success).toBe(true);
    expect(errorsOf({ ...processor, clientControllers: [{ recipientId: "host" }] })["clientControllers.0.recipientId"]).toMatch(/not recorded as a controller/);
  });

  it("keeps joint controllers only for joint controllership", () => {
    const input = values({ role: "CONTROLLER", jointControllers: [{ recipientId: "partner" }], jointControllerArrangement: "x" });
    expect(schema.parse(input)).toMatchObject({ jointControllers: [], jointControllerArrangement: "" });
    expect(schema.parse({ ...input, role: "JOINT_CONTROLLER" }).jointControllers).toHaveLength(1);
  });

  it("refuses any id that is not in the organisation's catalogue", () => {
    const errors = errorsOf(
      values({
        purposes: [{ description: "x", legalBasisIds: ["foreign"] }],
        dataSubjectCategoryIds: ["foreign"],
        dataCategories: [{ dataCategoryId: "foreign" }],
        recipients: [{ recipientId: "foreign" }],
        securityMeasureIds: ["foreign"],
        hasTransfers: true,
        transfers: [{ countryCode: "XX", safeguard: "SCC" }],
      }),
    );
    expect(Object.keys(errors).sort()).toEqual(
      ["dataCategories.0.dataCategoryId", "dataSubjectCategoryIds", "purposes.0.legalBasisIds", "recipients.0.recipientId", "securityMeasureIds", "transfers.0.countryCode"].sort(),
    );
  });

  it("needs the logic of automated decisions, and a next review after the last", () => {
    const errors = errorsOf(values({ automatedDecisionMaking: true, lastReviewedOn: "2026-05-01", nextReviewOn: "2026-04-01" }));
    expect(errors.automatedDecisionLogic).toMatch(/logic/);
    expect(errors.nextReviewOn).toMatch(/after the last/);
    expect(errorsOf(values({ lastReviewedOn: "2026-02-31" })).lastReviewedOn).toMatch(/date that exists/);
  });
});

describe("activitySchema: consent withdrawal and direct marketing", () => {
  it("accepts a web address for the withdrawal page, and nothing else, with the message next to the field", () => {
    for (const address of ["https://acme.example/opt-out", "http://acme.example/preferences?list=news", ""]) {
      expect(errorsOf(values({ consentWithdrawalUrl: address })).consentWithdrawalUrl).toBeUndefined();
    }
    for (const address of ["javascript:alert(1)", "/opt-out", "acme.example/opt-out", "mailto:privacy@acme.example", "data:text/html,x", "https://localhost"]) {
      expect(errorsOf(values({ consentWithdrawalUrl: address })).consentWithdrawalUrl, address).toMatch(/web address starting with https:\/\//);
    }
    expect(errorsOf(values({ consentWithdrawalUrl: `https://acme.example/${"x".repeat(2_000)}` })).consentWithdrawalUrl).toMatch(/2,000/);
  });

  it("keeps the instructions and each purpose's direct marketing answer", () => {
    const parsed = schema.parse(
      values({
        consentWithdrawalUrl: " https://acme.example/opt-out ",
        consentWithdrawalInstructions: "  Use the unsubscribe link.  ",
        purposes: [
          { description: "Newsletter", legalBasisIds: ["consent"], directMarketing: true },
          { description: "Answer enquiries", legalBasisIds: ["contract"] },
        ],
      }),
    );
    expect(parsed).toMatchObject({ consentWithdrawalUrl: "https://acme.example/opt-out", consentWithdrawalInstructions: "Use the unsubscribe link." });
    expect(parsed.purposes.map((p) => p.directMarketing)).toEqual([true, false]);
  });
});

describe("activitySchema: “none” as an answer", () => {
  it("keeps each “none” with an empty list, and automated decisions as not recorded, no or yes", () => {
    const parsed = schema.parse(values({ recipientsNone: true, transfersNone: true, securityMeasuresNone: true, specialCategoriesNone: true, automatedDecisionMaking: false }));
    expect(parsed).toMatchObject({ recipientsNone: true, transfersNone: true, securityMeasuresNone: true, specialCategoriesNone: true, automatedDecisionMaking: false });
    expect(schema.parse(values()).automatedDecisionMaking).toBeNull();
  });

  it("refuses “none” together with entries, with the message next to the answer", () => {
    const errors = errorsOf(
      values({
        recipients: [{ recipientId: "host" }],
        recipientsNone: true,
        hasTransfers: true,
        transfers: [{ countryCode: "CH" }],
        transfersNone: true,
        securityMeasureIds: ["tls"],
        securityMeasuresNone: true,
      }),
    );
    expect(errors.recipientsNone).toMatch(/Recipients are listed/);
    expect(errors.transfersNone).toMatch(/not both/);
    expect(errors.securityMeasuresNone).toMatch(/Security measures are recorded/);
    expect(errorsOf(values({ securityDescription: "Locked room", securityMeasuresNone: true })).securityMeasuresNone).toMatch(/Security measures are recorded/);
  });

  it("refuses “no special categories” while a special or criminal category is on the activity", () => {
    const special = errorsOf(values({ specialCategoriesNone: true, dataCategories: [{ dataCategoryId: "health", art9ConditionId: "explicit" }] }));
    expect(special.specialCategoriesNone).toMatch(/Health data is a special category \(Art. 9\)/);
    const criminal = errorsOf(values({ specialCategoriesNone: true, dataCategories: [{ dataCategoryId: "records", art9ConditionId: "art10" }] }));
    expect(criminal.specialCategoriesNone).toMatch(/Criminal records is criminal offence data/);
    expect(errorsOf(values({ specialCategoriesNone: true, dataCategories: [{ dataCategoryId: "contact" }] }))).toEqual({});
  });
});

describe("processorsWithoutAgreement", () => {
  it("lists chosen processors without a recorded agreement (Art. 28(3)), as a warning", () => {
    const recipients = [
      { id: "a", name: "A", kind: "PROCESSOR" as const, hasDpa: false },
      { id: "b", name: "B", kind: "PROCESSOR" as const, hasDpa: true },
      { id: "c", name: "C", kind: "INTERNAL" as const, hasDpa: false },
    ];
    expect(processorsWithoutAgreement(["a", "b", "c"], recipients).map((r) => r.id)).toEqual(["a"]);
  });
});

describe("quickCreateSchema", () => {
  it("asks for what each kind of entry needs", () => {
    expect(quickCreateSchema.safeParse({ type: "recipient", name: "Mailer" }).success).toBe(false);
    expect(quickCreateSchema.parse({ type: "recipient", name: "Mailer", kind: "PROCESSOR" })).toMatchObject({ countryCode: null });
    expect(quickCreateSchema.parse({ type: "dataCategory", name: "Biometrics", special: true })).toMatchObject({ special: true, criminal: false });
    expect(quickCreateSchema.safeParse({ type: "dataSubjectCategory", name: "" }).success).toBe(false);
  });
});
