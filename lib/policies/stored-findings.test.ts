import { describe, expect, it } from "vitest";
import { readStoredFindings } from "./stored-findings";

describe("readStoredFindings", () => {
  it("keeps the shown fields of each well-formed finding and leaves out the rest", () => {
    const finding = { id: "legal-basis:a:0", severity: "error", article: "Art. 13(1)(c)", message: "Purpose 1 has no legal basis.", href: "/activities/a/edit", activityId: "a" };
    expect(readStoredFindings([finding, { id: "x", severity: "fatal", article: "", message: "" }, "text", null])).toEqual([
      { id: "legal-basis:a:0", severity: "error", article: "Art. 13(1)(c)", message: "Purpose 1 has no legal basis." },
    ]);
  });

  it("keeps whether the publisher acknowledged a warning", () => {
    const warning = { id: "dpia:a", severity: "warning", article: "Art. 35(1), (3)", message: "Decide on the DPIA.", href: "/activities/a/edit#dpiaRequired", acknowledged: true };
    expect(readStoredFindings([warning])).toEqual([{ id: "dpia:a", severity: "warning", article: "Art. 35(1), (3)", message: "Decide on the DPIA.", acknowledged: true }]);
    expect(readStoredFindings([{ ...warning, acknowledged: "yes" }])).toEqual([]);
  });

  it("reads anything that is not a list as no findings", () => {
    expect(readStoredFindings({})).toEqual([]);
    expect(readStoredFindings(null)).toEqual([]);
  });
});
