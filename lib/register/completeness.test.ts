import { describe, expect, it } from "vitest";
import { createLookup } from "./lines";
import { activityCompleteness, organisationCompleteness } from "./completeness";
import { testActivity, testSource } from "../../test/fixtures/test-source";

const NOW = new Date("2026-11-27T09:00:00Z");
const check = (activity = testActivity(), source = testSource([activity])) =>
  activityCompleteness(activity, createLookup(source), source.organisation, NOW);

describe("activityCompleteness", () => {
  it("scores a complete controller record 7/7", () => {
    const result = check();
    expect(result).toMatchObject({ register: "controller", score: 7, total: 7, missing: [] });
  });

  it("names each missing Art. 30(1) item with a link to its section of the edit form", () => {
    const result = check(
      testActivity({ purposes: [], dataSubjectCategoryIds: [], parties: [], securityDescription: "", securityMeasureIds: [] }),
    );
    expect(result.score).toBe(3);
    expect(result.missing.map((item) => [item.letter, item.href])).toEqual([
      ["b", "/activities/act-1/edit#purposes"],
      ["c", "/activities/act-1/edit#data"],
      ["d", "/activities/act-1/edit#recipients"],
      ["g", "/activities/act-1/edit#security"],
    ]);
    expect(result.missing[1].problem).toBe("Add the categories of data subjects.");
  });

  it("(a) points to the organisation profile when the controller has no contact details", () => {
    const source = testSource();
    source.organisation = { ...source.organisation, address: "", email: "", phone: "", privacyContactEmail: "" };
    const result = check(source.activities[0], source);
    expect(result.missing.map((item) => [item.letter, item.href])).toEqual([["a", "/settings"]]);
  });

  it("(a) asks for the joint controllers of a joint controller's activity", () => {
    expect(check(testActivity({ role: "JOINT_CONTROLLER" })).missing.map((item) => item.letter)).toEqual(["a"]);
  });

  it("(b) asks for a legal basis for each purpose", () => {
    const result = check(testActivity({ purposes: [{ id: "purpose-1", description: "Paying", legitimateInterests: "", balancingTestReference: "", legalBasisIds: [] }] }));
    expect(result.missing.map((item) => item.problem)).toEqual(["Choose a legal basis for purpose 1."]);
  });

  it("(e) counts a transfer without a safeguard to a country without adequacy as missing, and none as complete", () => {
    const transfer = { id: "transfer-7", countryCode: "IN", internationalOrganisation: "", recipientId: null, safeguard: null, safeguardDetails: "", safeguardReference: "" };
    expect(check(testActivity({ transfersNone: false, transfers: [transfer] })).missing.map((item) => item.letter)).toEqual(["e"]);
    expect(check(testActivity({ transfersNone: false, transfers: [{ ...transfer, safeguard: "SCC" }] })).missing).toEqual([]);
  });

  it("(e) counts transfers neither listed nor answered “none” as missing", () => {
    const result = check(testActivity({ transfersNone: false, transfers: [] }));
    expect(result.missing.map((item) => [item.letter, item.problem])).toEqual([["e", "Record the transfers to third countries, or that there are none."]]);
  });

  // Regression: an activity that truly has no recipients could never be complete,
  // because "none" could not be recorded; an empty list is still a gap.
  it("(d) takes “no recipients” recorded as complete, and an empty list without it as missing", () => {
    expect(check(testActivity({ parties: [], recipientsNone: true })).missing).toEqual([]);
    expect(check(testActivity({ parties: [], recipientsNone: false })).missing.map((item) => item.letter)).toEqual(["d"]);
  });

  it("(c) asks whether special categories are processed unless one is listed or “none” is recorded", () => {
    const ordinary = { dataCategories: [{ id: "adc-3", dataCategoryId: "dc-bank", details: "", retention: "10 years", art9ConditionId: null }] };
    expect(check(testActivity({ ...ordinary })).missing.map((item) => [item.letter, item.problem])).toEqual([
      ["c", "Record whether special categories (Art. 9) or criminal offence data (Art. 10) are processed, or that there are none."],
    ]);
    expect(check(testActivity({ ...ordinary, specialCategoriesNone: true })).missing).toEqual([]);
    // The test activity lists health data (a special category): the question is answered.
    expect(check().missing).toEqual([]);
  });

  it("(g) takes “no security measures” recorded as complete", () => {
    const bare = { securityDescription: "", securityMeasureIds: [] };
    expect(check(testActivity(bare)).missing.map((item) => item.letter)).toEqual(["g"]);
    expect(check(testActivity({ ...bare, securityMeasuresNone: true })).missing).toEqual([]);
  });

  it("(f) counts categories without a time limit of their own or a default", () => {
    const result = check(testActivity({ specialCategoriesNone: true, dataCategories: [{ id: "adc-4", dataCategoryId: "dc-contact", details: "", retention: "", art9ConditionId: null }] }));
    expect(result.missing.map((item) => [item.letter, item.problem])).toEqual([["f", "Add the time limit for erasure of 1 data category."]]);
  });

  it("scores a processor's record against Art. 30(2)(a)-(d)", () => {
    const result = check(testActivity({ role: "PROCESSOR", parties: [], securityDescription: "", securityMeasureIds: [] }));
    expect(result).toMatchObject({ register: "processor", score: 2, total: 4 });
    expect(result.missing.map((item) => item.citation)).toEqual(["Art. 30(2)(a)", "Art. 30(2)(d)"]);
  });
});

describe("dpiaHints", () => {
  it("flags special-category data, automated decisions and words of monitoring when no DPIA is recorded as required", () => {
    const result = check(testActivity({ automatedDecisionMaking: true, purposes: [{ id: "purpose-2", description: "CCTV in the warehouse", legitimateInterests: "", balancingTestReference: "", legalBasisIds: ["lb-6f"] }] }));
    expect(result.dpiaHints).toEqual(["special-category", "automated-decision", "systematic-monitoring"]);
  });

  it("says nothing once a DPIA is recorded as required", () => {
    expect(check(testActivity({ dpiaRequired: true, automatedDecisionMaking: true })).dpiaHints).toEqual([]);
  });

  it("flags criminal offence data", () => {
    const result = check(testActivity({ dataCategories: [{ id: "adc-5", dataCategoryId: "dc-crime", details: "", retention: "1 year", art9ConditionId: null }] }));
    expect(result.dpiaHints).toEqual(["criminal"]);
  });
});

describe("processorsWithoutAgreement", () => {
  it("names only the processors whose agreement is recorded as missing", () => {
    const source = testSource();
    source.recipients = source.recipients.map((r) => (r.id === "r-payroll" ? { ...r, dpaNextReviewOn: new Date("2026-01-01T00:00:00Z") } : r));
    const activity = testActivity({ parties: [...testActivity().parties, { recipientId: "r-cloud", role: "RECIPIENT", note: "" }] });
    source.activities = [activity];
    expect(check(activity, source).processorsWithoutAgreement).toEqual([{ name: "Cloud Inc" }]);
    expect(check().processorsWithoutAgreement).toEqual([]);
  });

  // Regression: a processor with a DPA reference but no signing date counted as
  // "No DPA recorded" on the dashboard, the activity and in the XLSX.
  it("does not flag an agreement in place whose signing date is not known", () => {
    const source = testSource();
    source.recipients = source.recipients.map((r) =>
      r.id === "r-payroll" ? { ...r, dpaStatus: "IN_PLACE" as const, dpaSignedOn: null, dpaNextReviewOn: null, dpaReference: "https://contracts.example/payco" } : r,
    );
    expect(check(source.activities[0], source).processorsWithoutAgreement).toEqual([]);
  });
});

describe("organisationCompleteness", () => {
  it("gives the share of items present and how many activities lack each letter, leaving retired activities out", () => {
    const noRetention = { specialCategoriesNone: true, dataCategories: [{ id: "adc-6", dataCategoryId: "dc-contact", details: "", retention: "", art9ConditionId: null }] };
    const source = testSource([
      testActivity({ id: "a1" }),
      testActivity({ id: "a2", ...noRetention }),
      testActivity({ id: "a3", ...noRetention, parties: [] }),
      testActivity({ id: "a4", status: "RETIRED", purposes: [] }),
    ]);
    const result = organisationCompleteness(source);
    // 22 of 25: the organisation's 4 items (name, contact, DPO, activities) and 7 + 6 + 5 of the activities'.
    expect(result).toMatchObject({ activities: 3, complete: 1, percent: 88 });
    expect(result.byLetter.map((entry) => [entry.letter, entry.activities, entry.label])).toEqual([
      ["f", 2, "retention"],
      ["d", 1, "recipients"],
    ]);
    // Only a1 keeps the health data (special category) of the test activity.
    expect(result.dpiaHints).toBe(1);
  });
});

describe("organisationCompleteness: the organisation's own items", () => {
  const emptyProfile = (source: ReturnType<typeof testSource>) => {
    const organisation = { ...source.organisation };
    for (const key of Object.keys(organisation) as (keyof typeof organisation)[]) if (typeof organisation[key] === "string") (organisation as Record<string, unknown>)[key] = "";
    return { ...source, organisation: { ...organisation, slug: "new-org" } };
  };

  // Regression: a new organisation with no activities and an empty profile showed
  // "100 % complete — nothing Art. 30 asks for is missing".
  it("does not call an organisation with nothing recorded complete", () => {
    const result = organisationCompleteness(emptyProfile(testSource([])));
    expect(result.percent).toBe(0);
    expect(result.organisation.filter((item) => !item.complete).map((item) => item.label)).toEqual([
      "controller's name",
      "controller's contact details",
      "processing activities",
    ]);
  });

  it("asks for the controller's contact and for an activity even when the profile has a name", () => {
    const source = emptyProfile(testSource([]));
    source.organisation.legalName = "New GmbH";
    const result = organisationCompleteness(source);
    expect(result.percent).toBe(33);
    expect(result.organisation.find((item) => !item.complete)?.href).toBe("/settings");
  });

  it("asks for the DPO's contact details only where a DPO is named, and for the representative's where one is", () => {
    const source = testSource();
    const labels = (s: typeof source) => organisationCompleteness(s).organisation.map((item) => [item.label, item.complete]);
    expect(labels(source)).toEqual([
      ["controller's name", true],
      ["controller's contact details", true],
      ["DPO's contact details", true],
      ["processing activities", true],
    ]);
    const noDpoContact = { ...source, organisation: { ...source.organisation, dpoAddress: "", dpoEmail: "", dpoPhone: "", representativeName: "Rep Ltd" } };
    expect(labels(noDpoContact)).toEqual([
      ["controller's name", true],
      ["controller's contact details", true],
      ["DPO's contact details", false],
      ["representative's name and contact details", false],
      ["processing activities", true],
    ]);
    const noDpo = { ...source, organisation: { ...source.organisation, dpoName: "", dpoOrganisation: "", dpoAddress: "", dpoEmail: "" } };
    expect(labels(noDpo).map(([label]) => label)).not.toContain("DPO's contact details");
  });

  it("reaches 100 % only when the organisation's items and every activity's are recorded", () => {
    expect(organisationCompleteness(testSource()).percent).toBe(100);
  });
});
