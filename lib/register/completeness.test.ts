import { describe, expect, it } from "vitest";
import { createLookup } from "./lines";
import { activityCompleteness, organisationCompleteness } from "./completeness";
import { testActivity, testSource } from "./test-source";

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
    const result = check(testActivity({ purposes: [{ description: "Paying", legitimateInterests: "", balancingTestReference: "", legalBasisIds: [] }] }));
    expect(result.missing.map((item) => item.problem)).toEqual(["Choose a legal basis for purpose 1."]);
  });

  it("(e) counts a transfer without a safeguard to a country without adequacy as missing, and none as complete", () => {
    const transfer = { countryCode: "IN", internationalOrganisation: "", recipientId: null, safeguard: null, safeguardDetails: "", safeguardReference: "" };
    expect(check(testActivity({ transfers: [transfer] })).missing.map((item) => item.letter)).toEqual(["e"]);
    expect(check(testActivity({ transfers: [{ ...transfer, safeguard: "SCC" }] })).missing).toEqual([]);
  });

  it("(f) counts categories without a time limit of their own or a default", () => {
    const result = check(testActivity({ dataCategories: [{ dataCategoryId: "dc-contact", details: "", retention: "", art9ConditionId: null }] }));
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
    const result = check(testActivity({ automatedDecisionMaking: true, purposes: [{ description: "CCTV in the warehouse", legitimateInterests: "", balancingTestReference: "", legalBasisIds: ["lb-6f"] }] }));
    expect(result.dpiaHints).toEqual(["special-category", "automated-decision", "systematic-monitoring"]);
  });

  it("says nothing once a DPIA is recorded as required", () => {
    expect(check(testActivity({ dpiaRequired: true, automatedDecisionMaking: true })).dpiaHints).toEqual([]);
  });

  it("flags criminal offence data", () => {
    const result = check(testActivity({ dataCategories: [{ dataCategoryId: "dc-crime", details: "", retention: "1 year", art9ConditionId: null }] }));
    expect(result.dpiaHints).toEqual(["criminal"]);
  });
});

describe("processorsWithoutAgreement", () => {
  it("names processors with no agreement or one overdue for review", () => {
    const source = testSource();
    source.recipients = source.recipients.map((r) => (r.id === "r-payroll" ? { ...r, dpaNextReviewOn: new Date("2026-01-01T00:00:00Z") } : r));
    const activity = testActivity({ parties: [...testActivity().parties, { recipientId: "r-cloud", role: "RECIPIENT", note: "" }] });
    source.activities = [activity];
    expect(check(activity, source).processorsWithoutAgreement).toEqual([
      { name: "Cloud Inc", state: "missing" },
      { name: "PayCo Ltd", state: "review-overdue" },
    ]);
    expect(check().processorsWithoutAgreement).toEqual([]);
  });
});

describe("organisationCompleteness", () => {
  it("gives the share of items present and how many activities lack each letter, leaving retired activities out", () => {
    const noRetention = { dataCategories: [{ dataCategoryId: "dc-contact", details: "", retention: "", art9ConditionId: null }] };
    const source = testSource([
      testActivity({ id: "a1" }),
      testActivity({ id: "a2", ...noRetention }),
      testActivity({ id: "a3", ...noRetention, parties: [] }),
      testActivity({ id: "a4", status: "RETIRED", purposes: [] }),
    ]);
    const result = organisationCompleteness(source);
    expect(result).toMatchObject({ activities: 3, complete: 1, percent: 85 });
    expect(result.byLetter.map((entry) => [entry.letter, entry.activities, entry.label])).toEqual([
      ["f", 2, "retention"],
      ["d", 1, "recipients"],
    ]);
    // Only a1 keeps the health data (special category) of the test activity.
    expect(result.dpiaHints).toBe(1);
  });
});
