import { describe, expect, it } from "vitest";
import { checkPolicy, type Finding } from "./checks";
import type { ComposeActivity } from "./compose-input";
import { purpose, basis, completeActivity, completeOrganisation, composeInput, type ComposeInputOptions } from "./sample-records";

const HREF = "/policies/p1";
const check = (options: ComposeInputOptions = {}) => checkPolicy(composeInput(options), HREF);
const forActivity = (overrides: Partial<ComposeActivity>) => check({ activities: [completeActivity(overrides)] });
const ids = (findings: Finding[]) => findings.map((f) => f.id.split(":")[0]);

describe("checkPolicy (Art. 13/14)", () => {
  it("finds nothing for a complete record", () => {
    expect(check()).toEqual([]);
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

  it("asks for the Art. 9 condition of special categories", () => {
    const category = { ...completeActivity().dataCategories[0], special: true };
    expect(ids(forActivity({ dataCategories: [category] }))).toEqual(["art9"]);
    expect(forActivity({ dataCategories: [{ ...category, art9Condition: basis("ART9", "a") }] })).toEqual([]);
  });

  it("asks for a safeguard for transfers without adequacy, and how to get a copy (13(1)(f))", () => {
    const transfer = completeActivity().transfers[0];
    expect(forActivity({ transfers: [{ ...transfer, safeguard: null }] })).toEqual([
      expect.objectContaining({ id: "transfer-safeguard:0:act-1", severity: "error", href: "/activities/act-1/edit#transfers.0.safeguard" }),
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

  it("orders errors before warnings before notes", () => {
    const findings = forActivity({ publicTitle: "", provisionRequirement: "NOT_SPECIFIED", purposes: [] });
    expect(findings.map((f) => f.severity)).toEqual(["error", "warning", "info"]);
  });
});
