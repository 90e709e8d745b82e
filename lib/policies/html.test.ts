import { describe, expect, it } from "vitest";
import { composePolicy } from "./compose";
import { renderPolicyHtml } from "./html";
import { transfer, recipient, purpose, dataCategory, basis, completeActivity, completeOrganisation, composeInput } from "../../test/fixtures/sample-records";

const XSS = "<img src=x onerror=alert(1)>";

describe("renderPolicyHtml", () => {
  it("renders a title, a table of contents linking every section, and labelled sections", () => {
    const html = renderPolicyHtml(composePolicy(composeInput()));
    expect(html).toMatch(/^<article class="policy" lang="en">/);
    expect(html).toContain("<h1>Privacy policy</h1>");
    expect(html).toContain('<nav class="policy-toc" aria-labelledby="policy-toc-heading"><h2 id="policy-toc-heading">Contents</h2>');
    for (const anchor of ["controller", "newsletter", "rights"]) {
      expect(html).toContain(`<a href="#${anchor}">`);
      expect(html).toContain(`<section id="${anchor}"`);
      expect(html).toContain(`aria-labelledby="${anchor}-heading"`);
    }
    expect(html).toContain("<h3>Purposes and legal bases</h3><ul>");
    expect(html).toContain("<dl><div><dt>Controller</dt><dd>Acme GmbH<br>");
  });

  it("sets the language and the German table of contents heading", () => {
    const html = renderPolicyHtml(composePolicy(composeInput({ language: "de" })), { lastUpdated: "27. November 2026" });
    expect(html).toContain('lang="de"');
    expect(html).toContain(">Inhalt</h2>");
    expect(html).toContain("Stand: 27. November 2026");
  });

  it("escapes every text taken from the records", () => {
    const activity = completeActivity({
      name: XSS,
      publicTitle: XSS,
      publicDescription: XSS,
      dataSubjects: [XSS],
      purposes: [purpose({ description: XSS, legitimateInterests: XSS, legalBases: [{ ...basis("NATIONAL", ""), name: XSS, citation: XSS }] })],
      dataCategories: [dataCategory({ name: XSS, details: XSS, retention: XSS, defaultRetention: "", special: false, criminal: false, art9Condition: null })],
      recipients: [recipient({ name: XSS, kind: "PROCESSOR", role: "RECIPIENT", note: XSS })],
      transfers: [transfer({ country: { name: XSS, eea: false, adequacy: false }, internationalOrganisation: "", recipientName: XSS, safeguard: "SCC", safeguardDetails: XSS, safeguardReference: XSS })],
      dataSource: "OTHER",
      dataSourceDescription: XSS,
      provisionRequirement: "STATUTORY",
      provisionConsequences: XSS,
      automatedDecisionMaking: true,
      automatedDecisionLogic: XSS,
      automatedDecisionConsequences: XSS,
    });
    const organisation = completeOrganisation({
      legalName: XSS,
      address: XSS,
      email: XSS,
      representativeName: XSS,
      dpoName: XSS,
      supervisoryAuthorityName: XSS,
      supervisoryAuthorityWebsite: XSS,
    });
    const doc = composePolicy({ ...composeInput({ activities: [activity], organisation }), policy: { title: XSS, language: "en", sections: [{ type: "controller" }, { type: "activity", activityId: activity.id }, { type: "rights" }] } });
    const html = renderPolicyHtml(doc);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    // Every occurrence is the escaped form: count both.
    expect(html.split("&lt;img").length - 1).toBeGreaterThan(20);
  });

  it("renders the consent withdrawal address as a real link, escaped, and only a web address", () => {
    const onConsent = (consentWithdrawalUrl: string, consentWithdrawalInstructions = "") =>
      renderPolicyHtml(
        composePolicy(composeInput({ activities: [completeActivity({ consentWithdrawalUrl, consentWithdrawalInstructions, purposes: [purpose({ description: "Newsletter", legalBases: [basis("ART6", "a")] })] })] })),
      );
    expect(onConsent("https://acme.example/opt-out?a=1&b=2")).toContain(
      '<p>You can withdraw your consent at any time with effect for the future here: <a href="https://acme.example/opt-out?a=1&amp;b=2" rel="noopener noreferrer">https://acme.example/opt-out?a=1&amp;b=2</a></p>',
    );
    const hostile = onConsent(`https://acme.example/"><script>alert(1)</script>`, XSS);
    expect(hostile).not.toMatch(/<script|<img/);
    expect(hostile).toContain("How to withdraw your consent: &lt;img src=x onerror=alert(1)&gt;");
    for (const unsafe of ["javascript:alert(1)", "/relative/opt-out", "data:text/html,<b>x</b>"]) {
      const html = onConsent(unsafe, "Write to us.");
      expect(html).not.toContain("<a href=\"javascript");
      expect(html).not.toContain(unsafe.replace("<", "&lt;").replace(">", "&gt;"));
      expect(html).toContain("How to withdraw your consent: Write to us.");
    }
  });

  it("marks each statement with its source in the editor's preview only", () => {
    const doc = composePolicy(composeInput());
    expect(renderPolicyHtml(doc)).not.toMatch(/data-source-href|policy-statement|tabindex/);
    const preview = renderPolicyHtml(doc, { sourceLinks: true });
    expect(preview).toContain('<li class="policy-statement" tabindex="0" data-source-href="/activities/act-1/edit#purposes.0.description"');
    expect(preview).toContain('data-source-href="/settings#org-legalName"');
    // Every paragraph, list item and definition of the document is a statement with a source.
    const body = preview.slice(preview.indexOf("</nav>"));
    expect(body.match(/<(p|li)>/g)).toBeNull();
    expect(body.match(/<div><dt>/g)).toBeNull();
  });

  it("sets the right to object apart from the other rights (Art. 21(4))", () => {
    const html = renderPolicyHtml(composePolicy(composeInput()));
    expect(html).toContain('<div class="policy-objection"><h3>Your right to object (Art. 21 GDPR)</h3><ul><li>');
  });

  it("passes the DPO's Markdown through its sanitiser only", () => {
    const doc = composePolicy(composeInput({ sections: [{ type: "markdown", title: `Heading ${XSS}`, body: `Text ${XSS} [x](javascript:alert(1))` }] }));
    const html = renderPolicyHtml(doc);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("javascript:");
    expect(html).toContain("Heading &lt;img");
  });
});
