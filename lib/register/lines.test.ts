import { describe, expect, it } from "vitest";
import { answerCell, automatedDecisionText, emptyAnswer, NONE, NOT_RECORDED, processorContractLine } from "./lines";
import { testActivity, testSource } from "../../test/fixtures/test-source";

const payco = testSource().recipients.find((recipient) => recipient.id === "r-payroll")!;

describe("the words for an empty answer", () => {
  it("says “None” for a recorded none and “Not recorded” for nothing recorded", () => {
    expect(emptyAnswer(true)).toBe(NONE);
    expect(emptyAnswer(false)).toBe(NOT_RECORDED);
    expect([NONE, NOT_RECORDED]).toEqual(["None", "Not recorded"]);
  });

  it("gives a cell its lines, or the word for its empty answer", () => {
    expect(answerCell(["A", "B"], true)).toBe("A\nB");
    expect(answerCell([], true)).toBe("None");
    expect(answerCell([], false)).toBe("Not recorded");
  });
});

describe("automatedDecisionText (Art. 22)", () => {
  it("tells not recorded, no and yes apart", () => {
    expect(automatedDecisionText(testActivity({ automatedDecisionMaking: null }))).toBe("Not recorded");
    expect(automatedDecisionText(testActivity({ automatedDecisionMaking: false }))).toBe("No");
    expect(automatedDecisionText(testActivity({ automatedDecisionMaking: true, automatedDecisionLogic: "Scoring" }))).toBe("Yes: Scoring");
  });
});

describe("processorContractLine (Art. 28(3))", () => {
  // Regression: a processor with a DPA reference but no signing date read
  // "no processing agreement recorded" in the XLSX's contract column.
  it("says in place for an agreement with a reference and no signing date", () => {
    const line = processorContractLine({ ...payco, dpaStatus: "IN_PLACE", dpaSignedOn: null, dpaNextReviewOn: null, dpaReference: "DPA-7" });
    expect(line).toBe("PayCo Ltd: DPA in place, DPA-7");
  });

  it("names each status, with the reason where none is required", () => {
    expect(processorContractLine(payco)).toBe("PayCo Ltd: DPA in place, signed 2024-03-01, DPA-7, review due 2027-03-01");
    expect(processorContractLine({ ...payco, dpaStatus: "UNDER_REVIEW" })).toBe("PayCo Ltd: DPA under review, signed 2024-03-01, DPA-7, review due 2027-03-01");
    expect(processorContractLine({ ...payco, dpaStatus: "NOT_REQUIRED", dpaNotRequiredReason: "Acts as an independent controller" })).toBe(
      "PayCo Ltd: DPA not required, Acts as an independent controller",
    );
    expect(processorContractLine({ ...payco, dpaStatus: "MISSING" })).toBe("PayCo Ltd: DPA missing");
  });
});
