import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { inEnglish } from "@/lib/i18n/english";
import { readMessage, translateMessage } from "@/lib/i18n/message";
import { de } from "@/messages/de";
import { checkPolicy, type Finding } from "./checks";
import type { ComposeActivity } from "./compose-input";
import { purpose, basis, completeActivity, completeOrganisation, composeInput, dataCategory, recipient, type ComposeInputOptions } from "../../test/fixtures/sample-records";

const HREF = "/policies/p1";
// The messages are catalogue references (lib/i18n/message.ts): read here in English.
const check = (options: ComposeInputOptions = {}) => checkPolicy(composeInput(options), HREF).map((finding) => ({ ...finding, message: inEnglish(finding.message) }));
const forActivity = (overrides: Partial<ComposeActivity>) => check({ activities: [completeActivity(overrides)] });
const ids = (findings: Finding[]) => findings.map((f) => f.id.split(":")[0]);

describe("checkPolicy (Art. 13/14)", () => {
  it("finds nothing for a complete record", () => {
    expect(check()).toEqual([]);
  });

  it("refuses a policy without the controller's name (13(1)(a))", () => {
    expect(check({ organisation: completeOrganisation({ legalName: " " }) })).toEqual([
      expect.objectContaining({ id: "controller-name", severity: "error", article: "Art. 13(1)(a), 14(1)(a)", href: "/settings#org-legalName" }),
    ]);
  });

  it("asks for the controller section, address and contact (13(1)(a))", () => {
    expect(ids(check({ sections: [{ type: "activity", activityId: "act-1" }, { type: "rights" }] }))).toContain("controller-section");
    const noAddress = check({ organisation: completeOrganisation({ address: "" }) });
    expect(noAddress).toEqual([expect.objectContaining({ id: "controller-address", severity: "error", href: "/settings#org-address" })]);
    const noContact = check({ organisation: completeOrganisation({ email: "", phone: "", privacyContactEmail: "" }) });
    expect(ids(noContact)).toEqual(["controller-contact"]);
  });

  it("asks for the DPO's contact (13(1)(b)) unless the policy names one", () => {
    const noDpo = completeOrganisation({ dpoEmail: "", dpoPhone: "", dpoAddress: "" });
    expect(check({ organisation: noDpo })).toEqual([expect.objectContaining({ id: "dpo-contact", article: "Art. 13(1)(b), 14(1)(b)", href: "/settings#org-dpoEmail" })]);
    expect(check({ organisation: noDpo, sections: [{ type: "controller", dpoEmail: "dpo@x.example" }, { type: "activity", activityId: "act-1" }, { type: "rights" }] })).toEqual([]);
  });

  it("asks for the rights section and the supervisory authority (13(2)(b), (d))", () => {
    expect(ids(check({ sections: [{ type: "controller" }, { type: "activity", activityId: "act-1" }] }))).toEqual(["rights-section"]);
    expect(check({ organisation: completeOrganisation({ supervisoryAuthorityName: "" }) })).toEqual([
      expect.objectContaining({ id: "supervisory-authority", href: "/settings#org-supervisoryAuthorityName" }),
    ]);
  });

  it("reports a policy without activities and a section whose activity is gone", () => {
    expect(ids(check({ sections: [{ type: "controller" }, { type: "rights" }] }))).toEqual(["no-activities"]);
    expect(check({ sections: [{ type: "controller" }, { type: "activity", activityId: "gone" }, { type: "rights" }] })).toEqual([
      expect.objectContaining({ id: "missing-activity:gone", severity: "error", href: HREF }),
    ]);
  });

  it("asks for purposes and a legal basis for each (13(1)(c)), linking to the field", () => {
    expect(ids(forActivity({ purposes: [] }))).toEqual(["purposes"]);
    const noBasis = forActivity({ purposes: [purpose({ description: "Sending", legitimateInterests: "", legalBases: [] })] });
    expect(noBasis).toEqual([expect.objectContaining({ id: "legal-basis:0:act-1", severity: "error", href: "/activities/act-1/edit#purposes.0.legalBasisIds" })]);
  });

  it("asks for the legitimate interests where the basis is 6(1)(f) (13(1)(d))", () => {
    const findings = forActivity({ purposes: [purpose({ description: "Security", legitimateInterests: " ", legalBases: [basis("ART6", "f")] })] });
    expect(findings).toEqual([expect.objectContaining({ id: "legitimate-interests:0:act-1", article: "Art. 13(1)(d), 14(2)(b)", href: "/activities/act-1/edit#purposes.0.legitimateInterests" })]);
    expect(forActivity({ purposes: [purpose({ description: "Contract", legitimateInterests: "", legalBases: [basis("ART6", "b")] })] })).toEqual([]);
  });

  it("asks for a retention period per data category, accepting the category's default (13(2)(a))", () => {
    const category = completeActivity().dataCategories[0];
    expect(forActivity({ dataCategories: [{ ...category, retention: "", defaultRetention: "" }] })).toEqual([
      expect.objectContaining({ id: "retention:0:act-1", href: "/activities/act-1/edit#dataCategories.0.retention" }),
    ]);
    expect(forActivity({ dataCategories: [{ ...category, retention: "", defaultRetention: "3 years" }] })).toEqual([]);
    expect(ids(forActivity({ dataCategories: [] }))).toEqual(["data-categories"]);
  });

  it("asks for the Art. 9(2) condition of a special category, as an error", () => {
    const category = { ...completeActivity().dataCategories[0], special: true };
    expect(forActivity({ dataCategories: [category] })).toEqual([
      expect.objectContaining({ id: "art9:0:act-1", severity: "error", article: "Art. 9(2), 13(1)(c)", href: "/activities/act-1/edit#dataCategories.0.art9ConditionId" }),
    ]);
    expect(forActivity({ dataCategories: [{ ...category, art9Condition: basis("ART9", "h") }] })).toEqual([]);
    expect(forActivity({ dataCategories: [{ ...category, art9Condition: basis("NATIONAL", "") }] })).toEqual([]);
    // An Art. 6 basis does not lift the prohibition of Art. 9(1).
    expect(ids(forActivity({ dataCategories: [{ ...category, art9Condition: basis("ART6", "b") }] }))).toEqual(["art9"]);
  });

  it("asks for the Art. 10 basis of criminal data, as an error", () => {
    const category = { ...completeActivity().dataCategories[0], criminal: true };
    expect(forActivity({ dataCategories: [category] })).toEqual([
      expect.objectContaining({ id: "art10:0:act-1", severity: "error", article: "Art. 10, 13(1)(c)", message: expect.stringContaining("Art. 10"), href: "/activities/act-1/edit#dataCategories.0.art9ConditionId" }),
    ]);
    expect(ids(forActivity({ dataCategories: [{ ...category, art9Condition: basis("ART9", "h") }] }))).toEqual(["art10"]);
    expect(forActivity({ dataCategories: [{ ...category, art9Condition: basis("ART10", "") }] })).toEqual([]);
  });

  it("warns about a vague retention period: no period and no criteria (13(2)(a))", () => {
    // What was seen: retention "kept for a limited time" passed the check.
    const vague = forActivity({ dataCategories: [dataCategory({ name: "Contact data", retention: "Kept for a limited time." })] });
    expect(vague).toEqual([
      expect.objectContaining({ id: "retention-vague:0:act-1", severity: "warning", article: "Art. 13(2)(a), 14(2)(a)", message: expect.stringContaining("“for a limited time”"), href: "/activities/act-1/edit#dataCategories.0.retention" }),
    ]);
    expect(ids(forActivity({ dataCategories: [dataCategory({ name: "Logs", defaultRetention: "Solange es erforderlich ist." })] }))).toEqual(["retention-vague"]);
    expect(forActivity({ dataCategories: [dataCategory({ name: "Logs", retention: "For a limited time: 14 days." })] })).toEqual([]);
    expect(forActivity({ dataCategories: [dataCategory({ name: "Logs", retention: "As long as necessary, until you close your account." })] })).toEqual([]);
    // The activity's own retention replaces a vague default.
    expect(forActivity({ dataCategories: [dataCategory({ name: "Logs", retention: "7 days", defaultRetention: "begrenzte Zeit" })] })).toEqual([]);
  });

  it("refuses a purpose that discloses data while no recipients are recorded and none is not answered (13(1)(e))", () => {
    const sharing = [purpose({ description: "Sharing your address with our shipping partner", legalBases: [basis("ART6", "b")] })];
    expect(forActivity({ purposes: sharing, recipients: [] })).toEqual([
      expect.objectContaining({ id: "disclosure-recipients:act-1", severity: "error", article: "Art. 13(1)(e), 14(1)(e)", message: expect.stringContaining("purpose 1 (“share”)"), href: "/activities/act-1/edit#recipients-picker" }),
    ]);
    const german = [purpose({ description: "Übermittlung der Bestellung an den Versand", legalBases: [basis("ART6", "b")] })];
    expect(ids(forActivity({ purposes: german, recipients: [] }))).toEqual(["disclosure-recipients"]);
    // "None" recorded as the answer, or recipients recorded: nothing hidden.
    expect(forActivity({ purposes: sharing, recipients: [], recipientsNone: true })).toEqual([]);
    expect(forActivity({ purposes: sharing })).toEqual([]);
    // A purpose that does not disclose: an empty list is a gap in the register, not a false statement in the policy.
    expect(forActivity({ recipients: [] })).toEqual([]);
  });

  it("warns about recipients named only by their category (13(1)(e))", () => {
    const category = recipient({ id: "r-cat", name: "IT service providers" });
    expect(forActivity({ recipients: [category, recipient({ name: "Hosting Example GmbH" })] })).toEqual([
      expect.objectContaining({ id: "recipient-category:r-cat:act-1", severity: "warning", article: "Art. 13(1)(e), 14(1)(e)", href: "/activities/act-1/edit#recipients-picker" }),
    ]);
    expect(ids(forActivity({ recipients: [recipient({ name: "Versanddienstleister", kind: "CONTROLLER" })] }))).toEqual(["recipient-category"]);
    // Joint controllers are parties of Art. 26, not recipients of Art. 13(1)(e).
    expect(forActivity({ recipients: [recipient({ name: "Partner companies", kind: "JOINT_CONTROLLER", role: "JOINT_CONTROLLER" })] })).toEqual([]);
  });

  it("warns when consent is a basis and no way to withdraw it is recorded (7(3), 13(2)(c))", () => {
    const consent = [purpose({ description: "Newsletter", legalBases: [basis("ART6", "a")] })];
    expect(forActivity({ purposes: consent })).toEqual([
      expect.objectContaining({ id: "consent-withdrawal:act-1", severity: "warning", article: "Art. 7(3), 13(2)(c), 14(2)(d)", href: "/activities/act-1/edit#consentWithdrawalUrl" }),
    ]);
    expect(forActivity({ purposes: consent, consentWithdrawalUrl: "https://acme.example/unsubscribe" })).toEqual([]);
    expect(forActivity({ purposes: consent, consentWithdrawalInstructions: "Use the link in every e-mail." })).toEqual([]);
    // Explicit consent under Art. 9(2)(a) counts as consent too.
    const explicit = dataCategory({ name: "Health data", retention: "1 year", special: true, art9Condition: basis("ART9", "a") });
    expect(ids(forActivity({ dataCategories: [explicit] }))).toEqual(["consent-withdrawal"]);
  });

  it("warns when the DPIA question is undecided for special categories, criminal data or automated decisions (35)", () => {
    const health = dataCategory({ name: "Health data", retention: "1 year", special: true, art9Condition: basis("ART9", "h") });
    expect(forActivity({ dpiaRequired: null, dataCategories: [health] })).toEqual([
      expect.objectContaining({ id: "dpia:act-1", severity: "warning", article: "Art. 35(1), (3)", message: expect.stringContaining("special categories"), href: "/activities/act-1/edit#dpiaRequired" }),
    ]);
    const offences = dataCategory({ name: "Offences", retention: "1 year", criminal: true, art9Condition: basis("ART10", "") });
    expect(ids(forActivity({ dpiaRequired: null, dataCategories: [offences] }))).toEqual(["dpia"]);
    const automated = { automatedDecisionMaking: true, automatedDecisionLogic: "Scoring", automatedDecisionConsequences: "Refusal" };
    expect(ids(forActivity({ dpiaRequired: null, ...automated }))).toEqual(["dpia"]);
    expect(forActivity({ dpiaRequired: false, dataCategories: [health] })).toEqual([]);
    expect(forActivity({ dpiaRequired: true, ...automated })).toEqual([]);
    // Nothing that calls for a DPIA: the open question is no finding.
    expect(forActivity({ dpiaRequired: null })).toEqual([]);
  });

  it("asks for a safeguard for transfers without adequacy, and how to get a copy (13(1)(f))", () => {
    const transfer = completeActivity().transfers[0];
    expect(forActivity({ transfers: [{ ...transfer, safeguard: null }] })).toEqual([
      // Two transfers to one country read apart by their recipient.
      expect.objectContaining({ id: "transfer-safeguard:0:act-1", severity: "error", href: "/activities/act-1/edit#transfers.0.safeguard", message: expect.stringContaining("transfer to United States (MailSender Inc.)") }),
    ]);
    expect(ids(forActivity({ transfers: [{ ...transfer, safeguardReference: "" }] }))).toEqual(["transfer-copy"]);
    expect(ids(forActivity({ transfers: [{ ...transfer, safeguard: "ADEQUACY" }] }))).toEqual(["transfer-adequacy"]);
    expect(ids(forActivity({ transfers: [{ ...transfer, safeguard: "DEROGATION", safeguardDetails: "" }] }))).toEqual(["transfer-derogation"]);
    // Adequacy is never presumed: the decision may cover only some recipients in the country.
    const adequate = { ...transfer, country: { name: "United States", eea: false, adequacy: true, adequacyNote: "DPF-certified organisations only." }, safeguard: null, safeguardReference: "" };
    expect(forActivity({ transfers: [adequate] })).toEqual([expect.objectContaining({ id: "transfer-safeguard:0:act-1", severity: "warning", message: expect.stringContaining("DPF-certified organisations only.") })]);
    expect(forActivity({ transfers: [{ ...adequate, safeguard: "ADEQUACY" }] })).toEqual([]);
    const eea = { ...transfer, country: { name: "France", eea: true, adequacy: false }, safeguard: null };
    expect(forActivity({ transfers: [eea] })).toEqual([]);
  });

  it("asks for the source of data obtained elsewhere (14(2)(f))", () => {
    expect(ids(forActivity({ dataSource: "OTHER", dataSourceDescription: "" }))).toEqual(["source"]);
    expect(forActivity({ dataSource: "OTHER", dataSourceDescription: "Credit agencies" })).toEqual([]);
  });

  it("asks whether providing the data is required, only for data collected from the person (13(2)(e))", () => {
    expect(ids(forActivity({ provisionRequirement: "NOT_SPECIFIED" }))).toEqual(["provision"]);
    expect(ids(forActivity({ provisionRequirement: "STATUTORY", provisionConsequences: "" }))).toEqual(["provision-consequences"]);
    expect(forActivity({ provisionRequirement: "VOLUNTARY", provisionConsequences: "" })).toEqual([]);
    expect(forActivity({ provisionRequirement: "NOT_SPECIFIED", dataSource: "OTHER", dataSourceDescription: "Agencies" })).toEqual([]);
  });

  it("asks for the logic and consequences of automated decisions (13(2)(f))", () => {
    expect(ids(forActivity({ automatedDecisionMaking: true }))).toEqual(["automated-logic", "automated-consequences"]);
    expect(forActivity({ automatedDecisionMaking: true, automatedDecisionLogic: "Scoring", automatedDecisionConsequences: "Refusal" })).toEqual([]);
  });

  it("flags retired activities, processor activities and missing policy text", () => {
    expect(ids(forActivity({ status: "RETIRED" }))).toEqual(["retired"]);
    expect(ids(forActivity({ role: "PROCESSOR" }))).toEqual(["processor"]);
    expect(ids(forActivity({ publicDescription: "", publicTitle: "" }))).toEqual(["public-description", "public-title"]);
  });

  it("gives every finding an article and a link to the field that fixes it", () => {
    const everything = check({
      organisation: completeOrganisation({ legalName: "", address: "", email: "", phone: "", privacyContactEmail: "", dpoEmail: "", dpoAddress: "", supervisoryAuthorityName: "" }),
      activities: [
        completeActivity({
          status: "RETIRED",
          publicTitle: "",
          publicDescription: "",
          dpiaRequired: null,
          automatedDecisionMaking: true,
          provisionRequirement: "NOT_SPECIFIED",
          recipients: [recipient({ name: "Authorities" })],
          purposes: [purpose({ description: "Selling data", legalBases: [] }), purpose({ description: "Ads", legalBases: [basis("ART6", "a"), basis("ART6", "f")] })],
          dataCategories: [dataCategory({ name: "Health", special: true, retention: "temporarily" })],
        }),
      ],
    });
    expect(new Set(everything.map((finding) => finding.severity))).toEqual(new Set(["error", "warning", "info"]));
    for (const finding of everything) {
      expect(finding.article, finding.id).toMatch(/^Art\. \d/);
      expect(finding.href, finding.id).toMatch(/^\/(settings#org-\w+|activities\/act-1\/edit#[\w.-]+|policies\/p1)$/);
    }
    expect(new Set(everything.map((finding) => finding.id)).size).toBe(everything.length);
  });

  it("orders errors before warnings before notes", () => {
    const findings = forActivity({ publicTitle: "", provisionRequirement: "NOT_SPECIFIED", purposes: [] });
    expect(findings.map((f) => f.severity)).toEqual(["error", "warning", "info"]);
  });

  it("says each finding by a message of the catalogue, which reads in German too", () => {
    const transfer = completeActivity().transfers[0];
    const findings = checkPolicy(
      composeInput({
        organisation: completeOrganisation({ legalName: "", dpoEmail: "", dpoPhone: "", dpoAddress: "" }),
        activities: [completeActivity({ dpiaRequired: null, automatedDecisionMaking: true, automatedDecisionLogic: "", transfers: [{ ...transfer, safeguard: null }], purposes: [] })],
      }),
      HREF,
    );
    const german = createTranslator({ locale: "de", messages: de });
    expect(findings.length).toBeGreaterThan(3);
    for (const finding of findings) {
      expect(readMessage(finding.message), finding.id).not.toBeNull();
      const text = translateMessage(german, finding.message);
      expect(text, finding.id).not.toBe(finding.message);
      expect(text, finding.id).not.toBe(inEnglish(finding.message));
    }
  });
});
