import { describe, expect, it } from "vitest";
import { describeChange, redline, redlineText, sectionTexts, semanticDiff, type SemanticChange } from "./diff";
import { largeDocument } from "../../test/fixtures/large-documents";
import { sampleDocument, sampleFacts } from "../../test/fixtures/test-documents";
import type { PolicyFacts } from "./types";

const withFacts = (change: (facts: PolicyFacts) => void): PolicyFacts => {
  const facts = sampleFacts();
  change(facts);
  return facts;
};

const only = (changes: SemanticChange[]) => {
  expect(changes).toHaveLength(1);
  return changes[0];
};

describe("sectionTexts", () => {
  it("reads every kind of block as plain text, tags stripped and entities decoded", () => {
    const [, logs, security] = sectionTexts(sampleDocument());
    expect(logs.text).toBe("Our web server records every access.\n\n• IP address\n• date and time\n\nRetention: 7 days");
    expect(security.text).toBe("We use TLS & encryption.");
  });
});

describe("redline", () => {
  it("marks the changed words of a section and leaves unchanged sections unchanged", () => {
    const from = sampleDocument();
    const to = sampleDocument();
    to.sections[1] = { ...to.sections[1], blocks: [{ kind: "definitions", items: [{ term: "Retention", description: "14 days" }] }] };
    from.sections[1] = { ...from.sections[1], blocks: [{ kind: "definitions", items: [{ term: "Retention", description: "7 days" }] }] };
    const sections = redline(from, to);
    expect(sections.map((section) => section.status)).toEqual(["unchanged", "changed", "unchanged"]);
    expect(sections[1].parts.filter((part) => part.removed).map((part) => part.value.trim())).toEqual(["7"]);
    expect(sections[1].parts.filter((part) => part.added).map((part) => part.value.trim())).toEqual(["14"]);
  });

  it("shows added sections in place and removed sections after the one they followed", () => {
    const from = sampleDocument();
    const to = sampleDocument();
    to.sections = [to.sections[0], to.sections[2], { anchor: "cookies", heading: "Cookies", source: "markdown", blocks: [{ kind: "paragraph", text: "No cookies." }] }];
    const sections = redline(from, to);
    expect(sections.map((section) => [section.anchor, section.status])).toEqual([
      ["controller", "unchanged"],
      ["log-files", "removed"],
      ["security", "unchanged"],
      ["cookies", "added"],
    ]);
    expect(sections[3].parts).toEqual([{ value: "No cookies.", added: true }]);
  });

  it("shows a renamed heading", () => {
    const to = sampleDocument();
    to.sections[2] = { ...to.sections[2], heading: "Security of your data" };
    const section = redline(sampleDocument(), to)[2];
    expect(section.status).toBe("changed");
    expect(section.headingParts?.some((part) => part.added)).toBe(true);
  });
});

describe("semanticDiff", () => {
  it("finds nothing between the same facts", () => {
    expect(semanticDiff(sampleFacts(), sampleFacts())).toEqual([]);
  });

  it("finds an added and a removed activity", () => {
    const removed = withFacts((facts) => facts.activities.pop());
    expect(only(semanticDiff(sampleFacts(), removed))).toMatchObject({ kind: "activity", change: "removed", subject: "Push notifications" });
    expect(only(semanticDiff(removed, sampleFacts()))).toMatchObject({ kind: "activity", change: "added", subject: "Push notifications" });
  });

  it("finds a renamed activity by its id", () => {
    const change = only(semanticDiff(sampleFacts(), withFacts((facts) => (facts.activities[0].title = "Server logs"))));
    expect(change).toMatchObject({ kind: "activity", change: "changed", from: "Log files", to: "Server logs" });
    expect(describeChange(change)).toBe("Processing activity renamed: Log files → Server logs");
  });

  it("finds a changed retention", () => {
    const change = only(semanticDiff(sampleFacts(), withFacts((facts) => (facts.activities[0].dataCategories[0].retention = "14 days"))));
    expect(change).toMatchObject({ kind: "retention", change: "changed", subject: "IP address", from: "7 days", to: "14 days", activity: { id: "act-logs" } });
    expect(describeChange(change)).toBe("Retention of IP address (Log files): 7 days → 14 days");
  });

  it("finds added and removed data categories", () => {
    const changes = semanticDiff(sampleFacts(), withFacts((facts) => (facts.activities[0].dataCategories = [{ name: "Browser type", retention: "7 days" }])));
    expect(changes.map((change) => [change.kind, change.change, change.subject])).toEqual([
      ["data-category", "added", "Browser type"],
      ["data-category", "removed", "IP address"],
    ]);
  });

  it("finds added and removed recipients", () => {
    const changes = semanticDiff(sampleFacts(), withFacts((facts) => (facts.activities[0].recipients = ["Other Hosting Ltd"])));
    expect(changes.map((change) => [change.kind, change.change, change.subject])).toEqual([
      ["recipient", "added", "Other Hosting Ltd"],
      ["recipient", "removed", "Hosting GmbH"],
    ]);
    expect(describeChange(changes[0])).toBe("Recipient added: Other Hosting Ltd (Log files)");
  });

  it("finds a changed legal basis, and a purpose added or removed", () => {
    const changes = semanticDiff(
      sampleFacts(),
      withFacts((facts) => (facts.activities[1].purposes = [{ description: "Delivering notifications", legalBases: ["Art. 6(1)(b) GDPR"], legitimateInterests: "" }])),
    );
    expect(changes.map((change) => [change.kind, change.change, change.subject])).toEqual([
      ["legal-basis", "added", "Art. 6(1)(b) GDPR"],
      ["legal-basis", "removed", "Art. 6(1)(a) GDPR"],
    ]);
    const purposes = semanticDiff(sampleFacts(), withFacts((facts) => facts.activities[1].purposes.push({ description: "Statistics", legalBases: ["Art. 6(1)(a) GDPR"], legitimateInterests: "" })));
    expect(only(purposes)).toMatchObject({ kind: "purpose", change: "added", subject: "Statistics" });
  });

  it("finds changed legitimate interests", () => {
    const change = only(semanticDiff(sampleFacts(), withFacts((facts) => (facts.activities[0].purposes[0].legitimateInterests = "Troubleshooting"))));
    expect(change).toMatchObject({ kind: "legitimate-interests", from: "Detecting attacks", to: "Troubleshooting" });
  });

  it("finds a transfer added, removed, and a changed safeguard", () => {
    const added = semanticDiff(sampleFacts(), withFacts((facts) => facts.activities[0].transfers.push({ destination: "India", safeguard: "" })));
    expect(only(added)).toMatchObject({ kind: "transfer", change: "added", subject: "India" });
    const removed = semanticDiff(sampleFacts(), withFacts((facts) => (facts.activities[1].transfers = [])));
    expect(only(removed)).toMatchObject({ kind: "transfer", change: "removed", subject: "United States" });
    const safeguard = only(semanticDiff(sampleFacts(), withFacts((facts) => (facts.activities[1].transfers[0].safeguard = "Adequacy decision (EU-US DPF)"))));
    expect(describeChange(safeguard)).toBe("Safeguard for the transfer to United States (Push notifications): Standard contractual clauses → Adequacy decision (EU-US DPF)");
  });

  it("finds a changed source and automated decision-making", () => {
    const changes = semanticDiff(
      sampleFacts(),
      withFacts((facts) => {
        facts.activities[0].source = "Your e-mail provider";
        facts.activities[0].automatedDecisionMaking = true;
      }),
    );
    expect(changes.map((change) => change.kind)).toEqual(["source", "automated-decision"]);
    expect(describeChange(changes[0])).toBe("Source of the data (Log files): not stated → Your e-mail provider");
    expect(describeChange(changes[1])).toBe("Automated decision-making (Log files): no → yes");
  });

  it("finds changed contact details and rights", () => {
    const changes = semanticDiff(
      sampleFacts(),
      withFacts((facts) => {
        facts.controller.dpo = "Jentzsch IT";
        facts.rights = facts.rights.filter((right) => right !== "withdraw-consent");
      }),
    );
    expect(changes.map((change) => [change.kind, change.change, change.subject])).toEqual([
      ["controller", "changed", "data protection officer"],
      ["right", "removed", "withdraw-consent"],
    ]);
    expect(describeChange(changes[0])).toBe("Contact (data protection officer): Dr. Dana Schmidt → Jentzsch IT");
  });
});

describe("redline of large rewritten sections", () => {
  // Regression: two versions of 60 large sections rewritten from scratch were diffed word by
  // word on every request to the public compare page; one request held the server for seconds.
  it("bounds the word-level diff and compares rewritten sections paragraph by paragraph", () => {
    const before = sectionTexts(largeDocument(1));
    const sections = redline(largeDocument(1), largeDocument(2));
    expect(sections).toHaveLength(60);
    for (const [index, section] of sections.entries()) {
      expect(section.parts.filter((part) => !part.added).map((part) => part.value).join("")).toBe(before[index].text);
      // Paragraphs removed and added: not thousands of word-level parts.
      expect(section.parts.length).toBeLessThanOrEqual(2 * 15);
    }
  });

  it("keeps a word-level redline for an ordinary revision of a large section", () => {
    const from = largeDocument(1);
    const to = largeDocument(1);
    const block = to.sections[0].blocks[0] as { kind: "html"; html: string };
    block.html = block.html.replace(/<p>(\S+)/, "<p>Changed");
    const [first, ...rest] = redline(from, to);
    expect(first.parts.filter((part) => part.added)).toEqual([expect.objectContaining({ value: "Changed", added: true })]);
    expect(rest.every((section) => section.status === "unchanged")).toBe(true);
  });

  it("compares a paragraph replaced by another word by word, within a section past the bound", () => {
    const before = "First paragraph stays.\nSecond paragraph has one word changed.\n" + "filler words here\n".repeat(3);
    const after = "First paragraph stays.\nSecond paragraph has one term changed.\n" + "other words there\n".repeat(3);
    const parts = redlineText(before, after, { maxEditLength: 10 });
    expect(parts[0]).toMatchObject({ value: "First paragraph stays.\n", added: false, removed: false });
    expect(parts).toContainEqual(expect.objectContaining({ value: "word", removed: true }));
    expect(parts).toContainEqual(expect.objectContaining({ value: "term", added: true }));
  });
});

describe("describeChange in the page's language", () => {
  // A German comparison listed its changes in English ("Retention of …: not stated → 14 days").
  it("words a change in German and French as in English", () => {
    const change = { kind: "retention" as const, change: "changed" as const, activity: { id: "a1", title: "Logfiles" }, subject: "IP-Adresse", from: "", to: "14 Tage" };
    expect(describeChange(change)).toBe("Retention of IP-Adresse (Logfiles): not stated → 14 Tage");
    expect(describeChange(change, "de")).toBe("Speicherdauer von IP-Adresse (Logfiles): nicht angegeben → 14 Tage");
    expect(describeChange({ kind: "purpose", change: "added", activity: { id: "a1", title: "Journaux" }, subject: "Sécurité" }, "fr")).toBe("Finalité ajouté(e): Sécurité (Journaux)");
  });
});
