import { describe, expect, it } from "vitest";
import {
  matchCountry,
  matchLegalBasis,
  parseAutomatedDecision,
  parseCitation,
  parseDataCategory,
  parseDataSource,
  parseDate,
  parseDpiaStatus,
  parseRecipient,
  parseSafeguard,
  parseYesNo,
  splitList,
  type BasisOption,
} from "./values";

const bases: BasisOption[] = [
  { id: "a", article: "ART6", letter: "a", name: "Consent", citation: "Art. 6(1)(a) GDPR" },
  { id: "f", article: "ART6", letter: "f", name: "Legitimate interests", citation: "Art. 6(1)(f) GDPR" },
  { id: "9b", article: "ART9", letter: "b", name: "Employment and social security law", citation: "Art. 9(2)(b) GDPR" },
  { id: "n", article: "NATIONAL", letter: "", name: "Employment relationship", citation: "§ 26 BDSG" },
];

describe("legal bases as people write them", () => {
  it.each(["Art. 6(1)(a)", "6(1)(a)", "Article 6(1)(a) consent", "Art 6 1 a", "art. 6 (1) (a) GDPR", "Consent", "consent"])("%s → Art. 6(1)(a)", (text) => {
    expect(matchLegalBasis(text, bases)?.id).toBe("a");
  });
  it("reads Art. 9(2) conditions and national bases by citation", () => {
    expect(matchLegalBasis("Art. 9(2)(b)", bases)?.id).toBe("9b");
    expect(matchLegalBasis("§ 26 BDSG", bases)?.id).toBe("n");
    expect(matchLegalBasis("Legitimate interests: fraud prevention", bases)?.id).toBe("f");
  });
  it("does not guess", () => {
    expect(matchLegalBasis("Art. 6(1)(g)", bases)).toBeNull();
    expect(matchLegalBasis("Because we can", bases)).toBeNull();
    expect(parseCitation("Art. 6(2)(a)")).toBeNull();
  });
});

describe("cell values", () => {
  it("splits lists on lines, or on semicolons within one line", () => {
    expect(splitList("Employees; Applicants;")).toEqual(["Employees", "Applicants"]);
    expect(splitList("Employees\n- Payroll bureau — gets salaries; bank details\n\n")).toEqual(["Employees", "Payroll bureau — gets salaries; bank details"]);
  });
  it("reads dates in ISO and day-first forms and refuses impossible ones", () => {
    expect(parseDate("2026-03-01")).toBe("2026-03-01");
    expect(parseDate("1.3.2026")).toBe("2026-03-01");
    expect(parseDate("01/03/2026")).toBe("2026-03-01");
    expect(parseDate("")).toBe("");
    expect(parseDate("2026-02-30")).toBeNull();
    expect(parseDate("next spring")).toBeNull();
  });
  it("reads yes and no, and refuses anything else", () => {
    expect(parseYesNo("Yes")).toBe(true);
    expect(parseYesNo("no")).toBe(false);
    expect(parseYesNo("Not decided")).toBeNull();
    expect(parseYesNo("maybe")).toBeUndefined();
  });
  it("reads DPIA progress by its label", () => {
    expect(parseDpiaStatus("In progress")).toBe("IN_PROGRESS");
    expect(parseDpiaStatus("")).toBeNull();
    expect(parseDpiaStatus("soon")).toBeUndefined();
  });
  it("reads safeguards, keeping details beyond the keyword", () => {
    expect(parseSafeguard("SCCs")).toEqual({ safeguard: "SCC", details: "" });
    expect(parseSafeguard("Adequacy decision (Art. 45)")).toEqual({ safeguard: "ADEQUACY", details: "" });
    expect(parseSafeguard("Art. 49(1)(b): performance of a contract")).toEqual({ safeguard: "DEROGATION", details: "Art. 49(1)(b): performance of a contract" });
    expect(parseSafeguard("No safeguard recorded")).toBeNull();
  });
  it("finds countries by name, code and common alias", () => {
    const countries = [{ code: "US", name: "United States" }, { code: "GB", name: "United Kingdom" }];
    expect(matchCountry("united states", countries)?.code).toBe("US");
    expect(matchCountry("USA", countries)?.code).toBe("US");
    expect(matchCountry("gb", countries)?.code).toBe("GB");
    expect(matchCountry("Atlantis", countries)).toBeNull();
  });
});

describe("our own export's wording read back", () => {
  // Regression: a national basis written as "citation – name", a safeguard with its details, a recipient's
  // kind and note, a category's details, the data source and the automated-decision answer came back changed.
  it("reads a basis written as citation – name", () => {
    expect(matchLegalBasis("§ 26 BDSG – Employment relationship", bases)?.id).toBe("n");
    expect(matchLegalBasis("Art. 6(1)(f) GDPR – Legitimate interests", bases)?.id).toBe("f");
  });
  it("reads a safeguard by its label, keeping only what follows as details", () => {
    expect(parseSafeguard("Standard contractual clauses (Art. 46(2)(c)) — Module 2; SCC-2021")).toEqual({ safeguard: "SCC", details: "Module 2; SCC-2021" });
    expect(parseSafeguard("Adequacy decision (Art. 45)")).toEqual({ safeguard: "ADEQUACY", details: "" });
  });
  it("reads a recipient's kind, country and note", () => {
    expect(parseRecipient("Cloud Inc (Processor, United States) — Hosting — EU region")).toEqual({ name: "Cloud Inc", kind: "PROCESSOR", country: "United States", note: "Hosting — EU region" });
    expect(parseRecipient("Tax office (Public authority)")).toEqual({ name: "Tax office", kind: "PUBLIC_AUTHORITY", country: undefined, note: "" });
    expect(parseRecipient("Cocos (Keeling) Islands Post")).toEqual({ name: "Cocos (Keeling) Islands Post", note: "" });
  });
  it("reads a data category's details", () => {
    expect(parseDataCategory("Health data [special category, Art. 9] — sick notes")).toEqual({ name: "Health data", details: "sick notes" });
    expect(parseDataCategory("Contact data")).toEqual({ name: "Contact data", details: "" });
  });
  it("reads the source of the data (Art. 13 / 14)", () => {
    expect(parseDataSource("Both from the data subject and from other sources (Art. 13 and 14). Tax office notices. Includes publicly accessible sources.")).toEqual({
      dataSource: "BOTH",
      description: "Tax office notices",
      publicSources: true,
    });
    expect(parseDataSource("Collected from the data subject (Art. 13)")).toEqual({ dataSource: "DATA_SUBJECT", description: "", publicSources: false });
    expect(parseDataSource("Bought from a list broker")).toEqual({ dataSource: "OTHER", description: "Bought from a list broker", publicSources: false });
  });
  it("reads the automated-decision answer (Art. 22)", () => {
    expect(parseAutomatedDecision("Yes: Scores from purchases Consequences: Other offers")).toEqual({ decided: true, logic: "Scores from purchases", consequences: "Other offers" });
    expect(parseAutomatedDecision("No")).toEqual({ decided: false, logic: "", consequences: "" });
    expect(parseAutomatedDecision("Not recorded")).toEqual({ decided: null, logic: "", consequences: "" });
    expect(parseAutomatedDecision("")).toEqual({ decided: null, logic: "", consequences: "" });
  });
});
