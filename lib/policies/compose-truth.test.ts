/**
 * "Publish only what is true": the composer states recorded answers only. What
 * was seen before: an activity with no recipients recorded published as "We do
 * not disclose this data to other recipients.", a US transfer without a
 * safeguard as "No safeguard is stated for this transfer.", a purpose without
 * any legal basis published as a purpose.
 */
import { describe, expect, it } from "vitest";
import { composePolicy } from "./compose";
import type { ComposeActivity } from "./compose-input";
import { basis, completeActivity, composeInput, purpose, transfer } from "../../test/fixtures/sample-records";
import type { PolicyBlock, PolicyDocument } from "./types";

const compose = (activity: ComposeActivity, language: "en" | "de" = "en") => composePolicy(composeInput({ activities: [activity], language }));
const activityBlocks = (doc: PolicyDocument) => doc.sections.filter((s) => s.source === "activity").flatMap((s) => s.blocks);
const rightsBlocks = (doc: PolicyDocument) => doc.sections.filter((s) => s.source === "rights").flatMap((s) => s.blocks);
const block = (blocks: PolicyBlock[], field: PolicyBlock["field"]) => blocks.find((b) => b.field === field);
const allText = (doc: PolicyDocument) => JSON.stringify(doc.sections.map((s) => s.blocks));
const fieldsOf = (b: PolicyBlock | undefined) => (b && b.kind !== "list" && b.kind !== "definitions" ? (b.sources ?? []).map((s) => `${s.entity}.${s.field}`) : null);

describe("no sentence from an empty field", () => {
  it("says “We do not disclose…” only where “no recipients” is the recorded answer", () => {
    const unrecorded = compose(completeActivity({ recipients: [], recipientsNone: false }));
    expect(block(activityBlocks(unrecorded), "recipients")).toBeUndefined();
    expect(allText(unrecorded)).not.toContain("do not disclose");

    const none = compose(completeActivity({ recipients: [], recipientsNone: true }));
    expect(block(activityBlocks(none), "recipients")).toEqual({
      kind: "paragraph",
      field: "recipients",
      text: "We do not disclose this data to other recipients.",
      sources: [{ entity: "activity", id: "act-1", field: "recipientsNone", href: "/activities/act-1/edit#recipientsNone" }],
    });
    expect(allText(compose(completeActivity({ recipients: [], recipientsNone: true }), "de"))).toContain("Wir geben diese Daten nicht an andere Empfänger weiter.");
  });

  it("states that nothing is transferred only where “no transfers” is the recorded answer", () => {
    expect(allText(compose(completeActivity({ transfers: [] })))).not.toMatch(/transfer this data|outside the EU/);
    const none = block(activityBlocks(compose(completeActivity({ transfers: [], transfersNone: true }))), "transfers");
    expect(none).toMatchObject({ kind: "paragraph", text: "We do not transfer this data to countries outside the EU/EEA or to international organisations." });
  });

  it("describes a transfer with the facts recorded only, never with a missing safeguard", () => {
    const bare = transfer({ countryCode: "US", country: { name: "United States", eea: false, adequacy: false } });
    const transfers = block(activityBlocks(compose(completeActivity({ transfers: [bare] }))), "transfers");
    expect(transfers).toMatchObject({ kind: "list", items: ["To United States."], sources: [[{ entity: "transfer", id: bare.id, field: "countryCode", href: "/activities/act-1/edit#transfers.0.countryCode" }]] });

    const withSafeguard = { ...bare, safeguard: "SCC" as const, safeguardReference: "Ask us for a copy." };
    const safeguarded = block(activityBlocks(compose(completeActivity({ transfers: [withSafeguard] }))), "transfers");
    expect(safeguarded).toMatchObject({ items: ["To United States. Safeguard: standard contractual clauses (Art. 46(2)(c) GDPR). How to obtain a copy of the safeguard: Ask us for a copy."] });
    expect(safeguarded?.kind === "list" && safeguarded.sources?.[0].map((s) => s.field)).toEqual(["countryCode", "safeguard", "safeguardReference"]);
  });

  it("does not publish a purpose without a legal basis, in the text or in the facts", () => {
    const activity = completeActivity({
      purposes: [purpose({ description: "Sending the newsletter", legalBases: [basis("ART6", "b")] }), purpose({ description: "Profiling subscribers", legalBases: [] })],
    });
    const doc = compose(activity);
    expect(block(activityBlocks(doc), "purposes")).toMatchObject({ items: ["Sending the newsletter. Legal basis: Art. 6(1)(b) GDPR."] });
    expect(allText(doc)).not.toContain("Profiling subscribers");
    expect(doc.facts.activities[0].purposes.map((p) => p.description)).toEqual(["Sending the newsletter"]);
    const onlyUnfounded = compose(completeActivity({ purposes: [purpose({ description: "Profiling subscribers", legalBases: [] })] }));
    expect(block(activityBlocks(onlyUnfounded), "purposes")).toBeUndefined();
  });

  it("leaves out a data category's retention that is not recorded, instead of a placeholder", () => {
    const activity = completeActivity({ dataCategories: [{ ...completeActivity().dataCategories[0] }, { ...completeActivity().dataCategories[1], defaultRetention: "" }] });
    const retention = block(activityBlocks(compose(activity)), "retention");
    expect(retention).toMatchObject({ kind: "definitions", items: [{ term: "Contact data", description: "Until you unsubscribe." }] });
    expect(allText(compose(activity))).not.toMatch(/No retention period/);
  });

  it("names the recorded source field of each statement", () => {
    const doc = compose(completeActivity());
    const purposes = block(activityBlocks(doc), "purposes");
    expect(purposes?.kind === "list" && purposes.sources?.[1].map((s) => s.href)).toEqual([
      "/activities/act-1/edit#purposes.1.description",
      "/activities/act-1/edit#purposes.1.legalBasisIds",
      "/activities/act-1/edit#purposes.1.legitimateInterests",
    ]);
    const retention = block(activityBlocks(doc), "retention");
    expect(retention?.kind === "definitions" && retention.items[1].sources?.map((s) => `${s.entity}.${s.field}`)).toEqual(["dataCategory.name", "dataCategory.defaultRetention"]);
  });
});

describe("consent withdrawal (Art. 7(3), 13(2)(c))", () => {
  const onConsent = (fields: Partial<ComposeActivity>) =>
    block(activityBlocks(compose(completeActivity({ purposes: [purpose({ description: "Newsletter", legalBases: [basis("ART6", "a")] })], ...fields }))), "withdrawal");

  it("links the recorded opt-out page and gives the instructions, escaped", () => {
    const withdrawal = onConsent({ consentWithdrawalUrl: "https://acme.example/opt-out?list=1&x=<b>", consentWithdrawalInstructions: "Click “unsubscribe” in any <e-mail>." });
    expect(withdrawal).toMatchObject({ kind: "html", field: "withdrawal" });
    const html = withdrawal?.kind === "html" ? withdrawal.html : "";
    expect(html).toContain('<a href="https://acme.example/opt-out?list=1&amp;x=&lt;b&gt;" rel="noopener noreferrer">');
    expect(html).toContain("How to withdraw your consent: Click “unsubscribe” in any &lt;e-mail&gt;.");
    expect(html).not.toContain("<b>");
    expect(fieldsOf(withdrawal)).toEqual(["purpose.legalBases", "activity.consentWithdrawalUrl", "activity.consentWithdrawalInstructions"]);
  });

  it("is absent without consent, without a recorded way to withdraw, and never links anything but a web address", () => {
    expect(block(activityBlocks(compose(completeActivity({ consentWithdrawalUrl: "https://acme.example/opt-out" }))), "withdrawal")).toBeUndefined();
    expect(onConsent({})).toBeUndefined();
    expect(onConsent({ consentWithdrawalUrl: "javascript:alert(1)" })).toBeUndefined();
    const instructionsOnly = onConsent({ consentWithdrawalUrl: "javascript:alert(1)", consentWithdrawalInstructions: "Write to privacy@acme.example." });
    expect(instructionsOnly?.kind === "html" && instructionsOnly.html).toBe("<p>How to withdraw your consent: Write to privacy@acme.example.</p>");
  });

  it("counts explicit consent to special categories (Art. 9(2)(a)) as consent", () => {
    const activity = completeActivity({
      consentWithdrawalInstructions: "Tell your doctor.",
      dataCategories: [{ ...completeActivity().dataCategories[0], special: true, art9Condition: basis("ART9", "a") }],
    });
    expect(fieldsOf(block(activityBlocks(compose(activity)), "withdrawal"))).toEqual(["activityDataCategory.art9Condition", "activity.consentWithdrawalInstructions"]);
  });
});

describe("the right to object (Art. 21), presented separately", () => {
  const onBasis = (letter: string, directMarketing = false) =>
    rightsBlocks(compose(completeActivity({ purposes: [purpose({ description: "Processing", directMarketing, legitimateInterests: "Our interest.", legalBases: [basis("ART6", letter)] })] })));

  it("comes first among the rights, with its own heading, where 6(1)(e) or (f) is used", () => {
    for (const letter of ["e", "f"]) {
      const blocks = onBasis(letter);
      expect(blocks[1]).toMatchObject({ kind: "list", field: "objection", title: "Your right to object (Art. 21 GDPR)" });
      expect(blocks[1].kind === "list" && blocks[1].items).toEqual([expect.stringMatching(/^Where we process your data for a task in the public interest.*This concerns: Newsletter\.$/)]);
      // Distinct from the catalogue of the other rights.
      const catalogue = block(blocks, "rights");
      expect(catalogue?.kind === "definitions" && catalogue.items.map((i) => i.term)).not.toContain("Right to object (Art. 21 GDPR)");
    }
  });

  it("covers direct marketing when a purpose is recorded as such, whatever its basis", () => {
    const objection = block(onBasis("a", true), "objection");
    expect(objection?.kind === "list" && objection.items).toEqual(["You can object at any time to the processing of your data for direct marketing; we then no longer process it for that purpose. This concerns: Newsletter."]);
    expect(objection?.kind === "list" && objection.sources?.[0]).toEqual([{ entity: "purpose", id: expect.any(String), field: "directMarketing", href: "/activities/act-1/edit#purposes.0.directMarketing" }]);
  });

  it("is not stated for processing it does not apply to", () => {
    for (const letter of ["a", "b", "c", "d"]) expect(block(onBasis(letter), "objection")).toBeUndefined();
  });
});
