import { describe, expect, it } from "vitest";
import { jsonLdScript, policyJsonLd } from "./jsonld";
import { sampleDocument } from "../../test/fixtures/test-documents";

describe("policyJsonLd", () => {
  const ld = policyJsonLd(sampleDocument(), { number: 2, effectiveAt: new Date("2026-12-01T00:00:00Z"), url: "https://x.example/p/example/website/v/2" });

  it("describes the controller and every activity with DPV terms", () => {
    expect(ld["dpv:hasDataController"]).toMatchObject({ "@type": "dpv:DataController", "schema:name": "Example AG" });
    const [logs, push] = ld["dpv:hasProcess"] as Record<string, unknown>[];
    expect(logs["dpv:hasPurpose"]).toEqual([
      expect.objectContaining({ "dpv:hasLegalBasis": [{ "@type": "dpv:LegalBasis", "schema:name": "Art. 6(1)(f) GDPR" }], "dpv:hasLegitimateInterest": expect.anything() }),
    ]);
    expect(logs["dpv:hasPersonalDataCategory"]).toEqual([expect.objectContaining({ "schema:name": "IP address" })]);
    expect(logs["dpv:hasRecipient"]).toEqual([{ "@type": "dpv:Recipient", "schema:name": "Hosting GmbH" }]);
    expect(push["dpv:hasDataTransfer"]).toEqual([expect.objectContaining({ "dpv:hasCountry": { "@type": "dpv:Country", "schema:name": "United States" } })]);
  });

  it("cannot close its script element", () => {
    expect(jsonLdScript({ text: "</script><script>alert(1)</script>" })).not.toContain("</script><script>");
  });
});
