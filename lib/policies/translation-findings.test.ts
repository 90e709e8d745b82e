import { describe, expect, it } from "vitest";
import type { SourceText } from "@/lib/translations/localise";
import { inEnglish } from "@/lib/i18n/english";
import { composePolicy } from "./compose";
import { translationFindings } from "./translation-findings";
import { completeActivity, composeInput } from "../../test/fixtures/sample-records";

const input = composeInput({ language: "de", activities: [completeActivity()] });
const document = composePolicy(input);
const purposeId = input.activities["act-1"].purposes[0].id;
const text = (entity: SourceText["entity"], id: string, field: string, source: string): SourceText => ({ entity, id, field, source, kind: "text" });

const findings = (missing: SourceText[], outdated: SourceText[] = [], policyGaps: Parameters<typeof translationFindings>[0]["policyGaps"] = []) =>
  translationFindings({ language: "de", document, activities: input.activities, missing, outdated, policyGaps, policyHref: "/policies/policy-1" });

describe("translationFindings: no mixed pages", () => {
  it("is an error for a text the version shows untranslated, naming the text, where it is shown and where to fill it", () => {
    const [finding] = findings([text("purpose", purposeId, "description", input.activities["act-1"].purposes[0].description)]);
    expect(finding).toMatchObject({ id: `translation-missing:de:purpose:${purposeId}:description`, severity: "error", article: "Art. 12(1)" });
    expect(inEnglish(finding.message)).toContain(`“${input.activities["act-1"].purposes[0].description}”`);
    expect(inEnglish(finding.message)).toContain("shown in “Newsletter”");
    expect(finding.href).toBe(`/policies/policy-1?language=de#translate-${encodeURIComponent(`purpose:${purposeId}:description`)}`);
  });

  it("ignores a missing text the version does not show (another activity's, a catalogue entry nobody names)", () => {
    expect(findings([text("purpose", "elsewhere", "description", "Payroll"), text("dataCategory", "unused", "name", "Health data")])).toEqual([]);
  });

  it("counts an activity's heading as shown", () => {
    expect(findings([text("activity", "act-1", "publicTitle", "Newsletter")]).map((finding) => finding.severity)).toEqual(["error"]);
    // The internal name is not shown while a public title is recorded.
    expect(findings([text("activity", "act-1", "name", "Internal newsletter list")])).toEqual([]);
  });

  it("warns of an outdated translation, and reports the policy's own title and sections without one", () => {
    const result = findings([], [text("purpose", purposeId, "description", "x")], [
      { what: "title", source: "Privacy policy", state: "missing" },
      { what: { section: 3 }, source: "Cookies", state: "outdated" },
    ]);
    expect(result.map((finding) => [finding.id, finding.severity])).toEqual([
      [`translation-outdated:de:purpose:${purposeId}:description`, "warning"],
      ["translation-missing:de:policy:title", "error"],
      ["translation-outdated:de:policy:sections.3", "warning"],
    ]);
    expect(result[1].href).toBe("/policies/policy-1?language=de#title");
  });
});
