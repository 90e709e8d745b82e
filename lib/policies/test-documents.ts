/** Small policy documents for the tests of diff, drift and publishing. */
import type { PolicyDocument, PolicyFacts } from "./types";

export function sampleFacts(): PolicyFacts {
  return {
    controller: {
      name: "Example AG",
      address: "Hauptstraße 1, 50667 Köln",
      email: "privacy@example.com",
      dpo: "Dr. Dana Schmidt",
      representative: "",
      supervisoryAuthority: "LDI NRW",
    },
    activities: [
      {
        id: "act-logs",
        reference: "PA-001",
        title: "Log files",
        purposes: [{ description: "System security", legalBases: ["Art. 6(1)(f) GDPR"], legitimateInterests: "Detecting attacks" }],
        dataCategories: [{ name: "IP address", retention: "7 days" }],
        recipients: ["Hosting GmbH"],
        transfers: [],
        source: "",
        automatedDecisionMaking: false,
      },
      {
        id: "act-push",
        reference: "PA-002",
        title: "Push notifications",
        purposes: [{ description: "Delivering notifications", legalBases: ["Art. 6(1)(a) GDPR"], legitimateInterests: "" }],
        dataCategories: [{ name: "Device token", retention: "Until push is switched off" }],
        recipients: ["Google Firebase"],
        transfers: [{ destination: "United States", safeguard: "Standard contractual clauses" }],
        source: "",
        automatedDecisionMaking: false,
      },
    ],
    rights: ["access", "rectification", "erasure", "restriction", "withdraw-consent", "object", "complaint"],
  };
}

export function sampleDocument(overrides: Partial<PolicyDocument> = {}): PolicyDocument {
  return {
    schemaVersion: 1,
    title: "Privacy Policy for the Website",
    language: "en",
    organisation: { slug: "example", legalName: "Example AG" },
    sections: [
      { anchor: "controller", heading: "Who is responsible", source: "controller", blocks: [{ kind: "paragraph", text: "Example AG, Hauptstraße 1, 50667 Köln." }] },
      {
        anchor: "log-files",
        heading: "Log files",
        source: "activity",
        activityId: "act-logs",
        blocks: [
          { kind: "paragraph", text: "Our web server records every access." },
          { kind: "list", items: ["IP address", "date and time"] },
          { kind: "definitions", items: [{ term: "Retention", description: "7 days" }] },
        ],
      },
      { anchor: "security", heading: "Data security", source: "markdown", blocks: [{ kind: "html", html: "<p>We use <strong>TLS</strong> &amp; encryption.</p>" }] },
    ],
    facts: sampleFacts(),
    ...overrides,
  };
}
