import { describe, expect, it } from "vitest";
import { composePolicy } from "./compose";
import type { ComposeActivity, ComposeOrganisation } from "./compose-input";
import { transfer, purpose, basis, completeActivity, completeOrganisation, composeInput, type ComposeInputOptions } from "../../test/fixtures/sample-records";
import type { PolicyBlock, PolicyDocument } from "./types";

function blockText(block: PolicyBlock): string {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "list":
      return [block.title ?? "", ...block.items].join("\n");
    case "definitions":
      return [block.title ?? "", ...block.items.map((i) => `${i.term}: ${i.description}`)].join("\n");
    case "html":
      return block.html;
  }
}

const sectionText = (doc: PolicyDocument, source: string) =>
  doc.sections
    .filter((s) => s.source === source)
    .map((s) => [s.heading, ...s.blocks.map(blockText)].join("\n"))
    .join("\n");

const activityText = (activity: ComposeActivity, language: "en" | "de" = "en") => sectionText(composePolicy(composeInput({ activities: [activity], language })), "activity");

describe("composePolicy: the activity section (Art. 13/14 items)", () => {
  const full = activityText(completeActivity());

  it("uses the public title, falling back to the internal name", () => {
    expect(full).toContain("Newsletter");
    expect(activityText(completeActivity({ publicTitle: "" }))).toContain("Internal newsletter list");
  });

  it("states the public description and the data subjects", () => {
    expect(full).toContain("We send our newsletter to subscribers.");
    expect(full).toContain("This concerns the data of: Subscribers.");
    expect(activityText(completeActivity({ publicDescription: "", dataSubjects: [] }))).not.toMatch(/to subscribers|concerns the data/);
  });

  it("lists the data categories with their details (Art. 14(1)(d))", () => {
    expect(full).toContain("Contact data: E-mail address");
    expect(activityText(completeActivity({ dataCategories: [] }))).not.toContain("Personal data concerned");
  });

  it("cites each purpose's legal basis as the law does (Art. 13(1)(c))", () => {
    expect(full).toContain("Sending the newsletter. Legal basis: Art. 6(1)(b) GDPR.");
    expect(full).toContain("Legal basis: Art. 6(1)(f) GDPR.");
  });

  it("states the legitimate interests only where the basis is 6(1)(f) (Art. 13(1)(d))", () => {
    expect(full).toContain("Our legitimate interests: Improving the newsletter's content.");
    const onContract = completeActivity({
      purposes: [purpose({ description: "Sending", legitimateInterests: "Stray text", legalBases: [basis("ART6", "b")] })],
    });
    expect(activityText(onContract)).not.toContain("legitimate interests");
  });

  it("names the recipients, processors and joint controllers (Art. 13(1)(e), 26(2))", () => {
    expect(full).toContain("MailSender Inc. (processor acting on our behalf): Sends the e-mails for us.");
    expect(full).toContain("Partner AG (joint controller, Art. 26 GDPR)");
    // "None" only as the recorded answer; an empty list says nothing (the checks report it).
    expect(activityText(completeActivity({ recipients: [], recipientsNone: true }))).toContain("We do not disclose this data to other recipients.");
    expect(activityText(completeActivity({ recipients: [] }))).not.toMatch(/Recipients|disclose/);
  });

  it("states transfers with the country, the safeguard and how to obtain a copy (Art. 13(1)(f))", () => {
    expect(full).toContain("To MailSender Inc. in United States.");
    expect(full).toContain("standard contractual clauses (Art. 46(2)(c) GDPR)");
    expect(full).toContain("How to obtain a copy of the safeguard: Ask privacy@acme.example for a copy.");
    expect(activityText(completeActivity({ transfers: [] }))).not.toContain("outside the EU/EEA");
  });

  it("does not present a destination inside the EEA as a third-country transfer", () => {
    const eea = completeActivity({
      transfers: [transfer({ country: { name: "France", eea: true, adequacy: false }, internationalOrganisation: "", recipientName: null, safeguard: null, safeguardDetails: "", safeguardReference: "" })],
    });
    expect(activityText(eea)).not.toContain("France");
  });

  it("never presumes an adequacy decision that is not recorded as the safeguard", () => {
    const transfer = completeActivity().transfers[0];
    const text = activityText(completeActivity({ transfers: [{ ...transfer, country: { name: "United States", eea: false, adequacy: true }, safeguard: null }] }));
    expect(text).toContain("To MailSender Inc. in United States. How to obtain a copy");
    expect(text).not.toMatch(/adequacy|Safeguard:|No safeguard/);
  });

  it("names an international organisation as the destination", () => {
    const io = completeActivity({
      transfers: [transfer({ country: null, internationalOrganisation: "World Health Organization", recipientName: null, safeguard: "OTHER", safeguardDetails: "", safeguardReference: "" })],
    });
    expect(activityText(io)).toContain("To World Health Organization.");
  });

  it("states the retention per category, the category default included (Art. 13(2)(a))", () => {
    expect(full).toContain("Contact data: Until you unsubscribe.");
    expect(full).toContain("Usage data: 12 months");
    const none = completeActivity({ dataCategories: [{ ...completeActivity().dataCategories[0], retention: "" }] });
    expect(activityText(none)).not.toContain("How long we keep the data");
  });

  it("states the source only for data obtained elsewhere (Art. 14(2)(f))", () => {
    expect(full).not.toContain("Where the data comes from");
    const elsewhere = completeActivity({ dataSource: "OTHER", dataSourceDescription: "Credit agencies", publicSources: true });
    expect(activityText(elsewhere)).toContain("Where the data comes from: Credit agencies. Some of it comes from publicly accessible sources.");
  });

  it("states whether providing the data is required and the consequences (Art. 13(2)(e))", () => {
    expect(full).toContain("We need this data to enter into a contract with you. If you do not provide it: We cannot send you the newsletter.");
    expect(activityText(completeActivity({ provisionRequirement: "NOT_SPECIFIED" }))).not.toContain("provide it");
  });

  it("states automated decisions with their logic and consequences (Art. 13(2)(f))", () => {
    expect(full).not.toContain("automated decision-making");
    const automated = completeActivity({ automatedDecisionMaking: true, automatedDecisionLogic: "A score from payment history", automatedDecisionConsequences: "You may be refused credit" });
    const text = activityText(automated);
    expect(text).toContain("automated decision-making, including profiling (Art. 22 GDPR)");
    expect(text).toContain("The logic involved: A score from payment history.");
    expect(text).toContain("consequences for you: You may be refused credit.");
  });
});

describe("composePolicy: the controller section (Art. 13(1)(a), (b))", () => {
  const controller = (org = completeOrganisation(), sections?: ComposeInputOptions["sections"]) =>
    sectionText(composePolicy(composeInput({ organisation: org, sections })), "controller");

  it("gives the controller's identity and contact details", () => {
    const text = controller();
    for (const part of ["Acme GmbH", "Hauptstraße 1, 10115 Berlin", "E-mail: info@acme.example", "Phone: +49 30 123456", "Website: https://acme.example"]) expect(text).toContain(part);
  });

  it("gives the privacy contact and the DPO's contact", () => {
    const text = controller();
    expect(text).toContain("Acme Privacy Team");
    expect(text).toContain("Data protection officer: Dana Officer\nDPO Services Ltd\n1 Law Street, Dublin\nE-mail: dpo@acme.example");
  });

  it("names the representative (Art. 27) only when there is one", () => {
    expect(controller()).not.toContain("Representative");
    const text = controller(completeOrganisation({ representativeName: "EU Rep Ltd", representativeEmail: "rep@eu.example" }));
    expect(text).toContain("Representative in the European Union (Art. 27 GDPR): EU Rep Ltd");
  });

  it("leaves out a DPO that is not recorded", () => {
    expect(controller(completeOrganisation({ dpoName: "", dpoOrganisation: "", dpoAddress: "", dpoEmail: "" }))).not.toContain("Data protection officer");
  });

  it("gives the DPO's title in the gender of the recorded form of address, neutral when none is recorded", () => {
    const inLanguage = (language: "de" | "fr", org: Partial<ComposeOrganisation>) =>
      sectionText(composePolicy(composeInput({ organisation: completeOrganisation(org), language })), "controller");
    expect(inLanguage("de", { dpoForm: "FEMININE" })).toContain("Datenschutzbeauftragte: Dana Officer");
    expect(inLanguage("de", { dpoForm: "MASCULINE", dpoName: "Max Muster" })).toContain("Datenschutzbeauftragter: Max Muster");
    expect(inLanguage("de", { dpoForm: null })).toContain("Datenschutzbeauftragte:r: Dana Officer");
    expect(inLanguage("fr", { dpoForm: "FEMININE" })).toContain("Déléguée à la protection des données: Dana Officer");
    expect(inLanguage("fr", { dpoForm: "MASCULINE" })).toContain("Délégué à la protection des données: Dana Officer");
    // A firm as DPO, with no person named: the recorded form of address has no one to apply to.
    expect(inLanguage("fr", { dpoForm: "FEMININE", dpoName: "" })).toContain("Délégué(e) à la protection des données: DPO Services Ltd");
  });

  it("uses the policy's own contact addresses when the section names them", () => {
    const text = controller(completeOrganisation(), [{ type: "controller", privacyContactEmail: "app@acme.example", dpoEmail: "dpo-app@acme.example" }, { type: "rights" }]);
    expect(text).toContain("app@acme.example");
    expect(text).toContain("dpo-app@acme.example");
    expect(text).not.toContain("E-mail: dpo@acme.example");
  });
});

describe("composePolicy: the document", () => {
  it("keeps the DPO's order, including Markdown sections anywhere", () => {
    const doc = composePolicy(
      composeInput({ sections: [{ type: "markdown", title: "About this policy", body: "Hello **world**" }, { type: "rights" }, { type: "activity", activityId: "act-1" }, { type: "controller" }] }),
    );
    expect(doc.sections.map((s) => s.source)).toEqual(["markdown", "rights", "activity", "controller"]);
    expect(doc.sections[0].blocks).toEqual([
      { kind: "html", field: "markdown", html: "<p>Hello <strong>world</strong></p>", sources: [{ entity: "policy", id: "policy-1", field: "sections.0.body", href: "/policies/policy-1#sections.0.body" }] },
    ]);
  });

  it("gives every section a unique anchor", () => {
    const doc = composePolicy(composeInput({ sections: [{ type: "markdown", title: "Cookies", body: "" }, { type: "markdown", title: "Cookies", body: "" }] }));
    expect(doc.sections.map((s) => s.anchor)).toEqual(["cookies", "cookies-2"]);
  });

  it("drops an activity that no longer exists", () => {
    const doc = composePolicy(composeInput({ sections: [{ type: "activity", activityId: "gone" }, { type: "rights" }] }));
    expect(doc.sections.map((s) => s.source)).toEqual(["rights"]);
    expect(doc.facts.activities).toEqual([]);
  });

  it("reduces the policy to facts for the semantic diff", () => {
    const { facts } = composePolicy(composeInput());
    expect(facts.controller).toMatchObject({ name: "Acme GmbH", email: "privacy@acme.example", supervisoryAuthority: "Berliner Beauftragte für Datenschutz und Informationsfreiheit" });
    expect(facts.activities[0]).toMatchObject({
      id: "act-1",
      reference: "WEB-01",
      title: "Newsletter",
      recipients: ["MailSender Inc.", "Partner AG"],
      transfers: [{ destination: "United States", safeguard: "SCC" }],
      dataCategories: [
        { name: "Contact data", retention: "Until you unsubscribe." },
        { name: "Usage data", retention: "12 months" },
      ],
    });
    expect(facts.activities[0].purposes[1].legalBases).toEqual(["Art. 6(1)(f) GDPR"]);
    expect(facts.rights).toEqual(["access", "rectification", "erasure", "restriction", "portability", "objection", "complaint"]);
  });
});

describe("composePolicy: German", () => {
  const de = composePolicy(composeInput({ language: "de" }));
  const text = (source: string) => sectionText(de, source);

  it("cites legal bases in the German style", () => {
    expect(text("activity")).toContain("Rechtsgrundlage: Art. 6 Abs. 1 lit. f DSGVO.");
    expect(text("activity")).toContain("Rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO.");
    expect(text("activity")).not.toContain("GDPR");
  });

  it("uses German wording for every generated sentence", () => {
    expect(text("controller")).toContain("Verantwortlicher");
    expect(text("activity")).toContain("Unsere berechtigten Interessen:");
    expect(text("activity")).toContain("Speicherdauer");
    expect(text("activity")).toContain("Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)");
    expect(text("rights")).toContain("Recht auf Auskunft (Art. 15 DSGVO)");
    expect(text("rights")).toContain("Für uns zuständig ist: Berliner Beauftragte");
  });

  it("keeps a national legal basis as recorded", () => {
    const national = completeActivity({ purposes: [purpose({ description: "Payroll", legitimateInterests: "", legalBases: [basis("NATIONAL", "")] })] });
    expect(activityText(national, "de")).toContain("Rechtsgrundlage: § 26 BDSG.");
  });
});

describe("composePolicy: a Markdown section that cannot be rendered", () => {
  // Regression: a stored body of 2,000 "> " made marked overflow the stack, and composing
  // the draft threw: the dashboard, the policy list, the editor and publishing answered 500.
  it.each([
    ["nested quotes", "> ".repeat(2000)],
    ["nested lists", "- ".repeat(2000)],
    ["an emphasis run", `${"*".repeat(4990)}a${"*".repeat(4990)}`],
  ])("shows a notice for that section only (%s)", (_, body) => {
    const input = composeInput();
    const document = composePolicy({ ...input, policy: { ...input.policy, sections: [{ type: "markdown", title: "Broken", body }, ...input.policy.sections, { type: "markdown", title: "Fine", body: "Some **text**" }] } });
    const broken = document.sections.find((section) => section.heading === "Broken")!;
    expect(broken.renderError).toMatch(/./);
    expect(broken.blocks).toEqual([{ kind: "paragraph", text: "The text of this section cannot be shown. Edit the section to simplify its formatting.", sources: [expect.objectContaining({ field: "sections.0.body" })] }]);
    expect(document.sections.find((section) => section.heading === "Fine")).toMatchObject({ blocks: [{ kind: "html", html: "<p>Some <strong>text</strong></p>" }] });
    expect(document.sections.filter((section) => section.renderError)).toHaveLength(1);
  });
});
