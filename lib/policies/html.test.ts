import { describe, expect, it } from "vitest";
import { composePolicy } from "./compose";
import { renderPolicyHtml } from "./html";
import { transfer, recipient, purpose, dataCategory, basis, completeActivity, completeOrganisation, composeInput } from "./sample-records";

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

  it("passes the DPO's Markdown through its sanitiser only", () => {
    const doc = composePolicy(composeInput({ sections: [{ type: "markdown", title: `Heading ${XSS}`, body: `Text ${XSS} [x](javascript:alert(1))` }] }));
    const html = renderPolicyHtml(doc);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("javascript:");
    expect(html).toContain("Heading &lt;img");
  });
});
