import { describe, expect, it } from "vitest";
import { testActivity, testSource } from "@/test/fixtures/test-source";
import { composeRecords } from "./from-records";

const records = testSource([
  testActivity({
    purposes: [{ id: "p-1", description: "Paying salaries", legitimateInterests: "", balancingTestReference: "", legalBasisIds: ["lb-bdsg", "lb-6f", "lb-6b"] }],
    dataSubjectCategoryIds: ["ds-employees", "ds-customers"],
    parties: [
      { recipientId: "r-tax", role: "RECIPIENT", note: "" },
      { recipientId: "r-payroll", role: "RECIPIENT", note: "Runs the payroll" },
      { recipientId: "r-partner", role: "JOINT_CONTROLLER", note: "" },
    ],
    transfersNone: false,
    transfers: [
      { id: "t-1", countryCode: "US", internationalOrganisation: "", recipientId: "r-cloud", safeguard: null, safeguardDetails: "", safeguardReference: "" },
      { id: "t-2", countryCode: null, internationalOrganisation: "WHO", recipientId: null, safeguard: "SCC", safeguardDetails: "", safeguardReference: "" },
    ],
  }),
]);

describe("composeRecords", () => {
  const { organisation, activities } = composeRecords(records);
  const activity = activities["act-1"];

  it("gives the profile without the application's own settings", () => {
    expect(organisation).toMatchObject({ id: "org-acme", legalName: "Acme GmbH" });
    expect(organisation).not.toHaveProperty("defaultLanguage");
    expect(organisation).not.toHaveProperty("reviewIntervalMonths");
  });

  it("resolves the catalogue entries an activity names, in the order a policy states them", () => {
    expect(activity.purposes[0].legalBases.map((basis) => basis.citation)).toEqual(["Art. 6(1)(b) GDPR", "Art. 6(1)(f) GDPR", "§ 26 BDSG"]);
    expect(activity.purposes[0].directMarketing).toBe(false);
    expect(activity.dataSubjects).toEqual(["Customers", "Employees"]);
    expect(activity.dataSubjectIds).toEqual(["ds-customers", "ds-employees"]);
    expect(activity.recipients.map((r) => [r.role, r.name])).toEqual([
      ["JOINT_CONTROLLER", "Partner AG"],
      ["RECIPIENT", "PayCo Ltd"],
      ["RECIPIENT", "Tax office"],
    ]);
    expect(activity.dataCategories[1]).toMatchObject({ name: "Health data", defaultRetention: "3 years", special: true, art9Condition: { citation: "Art. 9(2)(b) GDPR" } });
    expect(activity.dataCategories[1].art9Condition).not.toHaveProperty("description");
  });

  it("resolves a transfer's country and recipient, and leaves both empty where none is recorded", () => {
    expect(activity.transfers[0]).toMatchObject({ country: { name: "United States", adequacy: true, adequacyNote: "EU-US Data Privacy Framework" }, recipientName: "Cloud Inc" });
    expect(activity.transfers[1]).toMatchObject({ country: null, recipientName: null, internationalOrganisation: "WHO" });
  });

  it("keeps only the activity fields a policy reads", () => {
    expect(activity).not.toHaveProperty("storageLocation");
    expect(activity).not.toHaveProperty("parties");
  });
});
