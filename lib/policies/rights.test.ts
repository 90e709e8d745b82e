import { describe, expect, it } from "vitest";
import { composePolicy } from "./compose";
import { deriveRights, type BasisRef } from "./rights";
import { purpose, dataCategory, basis, completeActivity, composeInput, type ComposeInputOptions } from "../../test/fixtures/sample-records";

const A6 = (letter: string): BasisRef => ({ article: "ART6", letter });
const A9 = (letter: string): BasisRef => ({ article: "ART9", letter });
const rightsFor = (legalBases: BasisRef[], directMarketing = false) => deriveRights({ legalBases, directMarketing }).rights;

describe("deriveRights (Art. 13(2)(b)-(d))", () => {
  it("always lists access, rectification, erasure, restriction and the complaint", () => {
    expect(rightsFor([A6("c")])).toEqual(["access", "rectification", "erasure", "restriction", "complaint"]);
    expect(rightsFor([])).toEqual(["access", "rectification", "erasure", "restriction", "complaint"]);
  });

  it("gives portability for consent and contract only (Art. 20(1)(a))", () => {
    expect(rightsFor([A6("a")])).toContain("portability");
    expect(rightsFor([A6("b")])).toContain("portability");
    expect(rightsFor([A9("a")])).toContain("portability");
    for (const letter of ["c", "d", "e", "f"]) expect(rightsFor([A6(letter)])).not.toContain("portability");
    expect(rightsFor([{ article: "NATIONAL", letter: "" }])).not.toContain("portability");
  });

  it("gives the objection for public task, legitimate interests and direct marketing (Art. 21)", () => {
    expect(deriveRights({ legalBases: [A6("e")], directMarketing: false })).toMatchObject({ objectionToProcessing: true, objectionToMarketing: false });
    expect(rightsFor([A6("f")])).toContain("objection");
    expect(deriveRights({ legalBases: [A6("a")], directMarketing: true })).toMatchObject({ objectionToProcessing: false, objectionToMarketing: true, rights: expect.arrayContaining(["objection"]) });
    for (const letter of ["a", "b", "c", "d"]) expect(rightsFor([A6(letter)])).not.toContain("objection");
  });

  it("gives the withdrawal of consent only where consent is used (Art. 7(3), 13(2)(c))", () => {
    expect(rightsFor([A6("a")])).toContain("withdrawConsent");
    expect(rightsFor([A9("a")])).toContain("withdrawConsent");
    for (const letter of ["b", "c", "d", "e", "f"]) expect(rightsFor([A6(letter)])).not.toContain("withdrawConsent");
    expect(rightsFor([A9("b")])).not.toContain("withdrawConsent");
  });

});

describe("the rights section of a composed policy", () => {
  const rightsText = (activity = completeActivity(), organisation?: ComposeInputOptions["organisation"]) =>
    composePolicy(composeInput({ activities: [activity], organisation }))
      .sections.filter((s) => s.source === "rights")
      .flatMap((s) => s.blocks)
      .map((b) => JSON.stringify(b))
      .join("\n");

  it("derives the rights from the bases of the included activities, Art. 9 conditions included", () => {
    const legalObligation = completeActivity({ purposes: [purpose({ description: "Tax records", legitimateInterests: "", legalBases: [basis("ART6", "c")] })] });
    const text = rightsText(legalObligation);
    expect(text).not.toContain("Art. 20");
    expect(text).not.toContain("Art. 21");
    expect(text).not.toContain("Art. 7(3)");
    const withHealthConsent = completeActivity({
      purposes: legalObligation.purposes,
      dataCategories: [dataCategory({ name: "Health data", details: "", retention: "1 year", defaultRetention: "", special: true, criminal: false, art9Condition: basis("ART9", "a") })],
    });
    expect(rightsText(withHealthConsent)).toContain("Right to withdraw consent (Art. 7(3) GDPR)");
  });

  it("takes direct marketing from the purpose's recorded answer, never from its wording (Art. 21(2))", () => {
    const newsletter = (directMarketing: boolean) =>
      completeActivity({ purposes: [purpose({ description: "Sending our newsletter", directMarketing, legalBases: [basis("ART6", "a")] })] });
    expect(rightsText(newsletter(false))).not.toContain("direct marketing");
    expect(rightsText(newsletter(true))).toContain("You can object at any time to the processing of your data for direct marketing");
    const letters = completeActivity({ purposes: [purpose({ description: "Advertising letters", directMarketing: true, legalBases: [basis("ART6", "f")], legitimateInterests: "Direct marketing." })] });
    expect(rightsText(letters)).toContain("for direct marketing");
  });

  it("says how to exercise the rights and names the supervisory authority when recorded", () => {
    expect(rightsText()).toContain("contact us at privacy@acme.example");
    expect(rightsText()).toContain("The authority competent for us is Berliner Beauftragte");
    expect(rightsText()).toContain("Website of the authority: https://www.datenschutz-berlin.de");
    const unnamed = rightsText(completeActivity(), { ...composeInput().organisation, supervisoryAuthorityName: "" });
    expect(unnamed).toContain("Right to lodge a complaint (Art. 77 GDPR)");
    expect(unnamed).not.toContain("competent for us");
  });
});
