import { describe, expect, it } from "vitest";
import { registerJson } from "@/lib/register/json";
import { testActivity, testSource } from "@/test/fixtures/test-source";
import { registerJsonSchema } from "./json-schema";

// A file that went through JSON must come back with its answers: "none" and "not recorded" stay apart.
const exported = () =>
  JSON.parse(
    JSON.stringify(
      registerJson(
        testSource([
          testActivity({ id: "a1", reference: "NONE-01", parties: [], recipientsNone: true, automatedDecisionMaking: false }),
          testActivity({ id: "a2", reference: "GAP-01", transfersNone: false, automatedDecisionMaking: null }),
        ]),
      ),
    ),
  );

describe("registerJsonSchema", () => {
  it("reads version 2 as written: the none answers, the three-way automated decisions, the agreement's status", () => {
    const doc = registerJsonSchema.parse(exported());
    expect(doc.activities.map((a) => [a.reference, a.recipientsNone, a.transfersNone, a.automatedDecisionMaking])).toEqual([
      ["NONE-01", true, true, false],
      ["GAP-01", false, false, null],
    ]);
    expect(doc.recipients.find((r) => r.name === "PayCo Ltd")).toMatchObject({ dpaStatus: "IN_PLACE" });
    expect(doc.recipients.find((r) => r.name === "Cloud Inc")).toMatchObject({ dpaStatus: "MISSING" });
  });

  it("reads version 1 as the migration read the same records", () => {
    const legacy = exported();
    legacy.schemaVersion = 1;
    for (const activity of legacy.activities) {
      for (const key of ["recipientsNone", "transfersNone", "securityMeasuresNone", "specialCategoriesNone"]) delete activity[key];
      activity.automatedDecisionMaking = false;
    }
    for (const recipient of legacy.recipients) {
      delete recipient.dpaStatus;
      delete recipient.dpaNotRequiredReason;
    }
    legacy.recipients.find((r: { name: string }) => r.name === "Cloud Inc").dpaReference = "https://contracts.example/cloud";
    const doc = registerJsonSchema.parse(legacy);
    // false was the column's default in version 1, not an answer.
    expect(doc.activities.map((a) => [a.recipientsNone, a.transfersNone, a.automatedDecisionMaking])).toEqual([
      [false, false, null],
      [false, false, null],
    ]);
    // A signing date or a reference: in place; neither: missing.
    expect(doc.recipients.map((r) => [r.name, r.dpaStatus])).toEqual(
      expect.arrayContaining([
        ["PayCo Ltd", "IN_PLACE"],
        ["Cloud Inc", "IN_PLACE"],
        ["Tax office", "MISSING"],
      ]),
    );
  });

  it("refuses a version it does not know", () => {
    expect(registerJsonSchema.safeParse({ ...exported(), schemaVersion: 3 }).success).toBe(false);
  });
});
