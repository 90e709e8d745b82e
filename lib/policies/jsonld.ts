/**
 * A published version as JSON-LD with W3C Data Privacy Vocabulary terms
 * (https://w3id.org/dpv), built from the facts stored with the version:
 * the controller and DPO, and per processing activity its purposes, legal
 * bases, personal data categories with retention, recipients and transfers.
 */
import type { PolicyDocument } from "./types";

export type JsonLdVersion = { number: number; effectiveAt: Date; url: string };

const DPV = "https://w3id.org/dpv#";

const slug = (value: string) => value.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export function policyJsonLd(document: PolicyDocument, version: JsonLdVersion): Record<string, unknown> {
  const { facts } = document;
  const controller = {
    "@id": `${version.url}#controller`,
    "@type": "dpv:DataController",
    "schema:name": facts.controller.name,
    ...(facts.controller.address ? { "schema:address": facts.controller.address } : {}),
    ...(facts.controller.email ? { "schema:email": facts.controller.email } : {}),
  };
  return {
    "@context": { dpv: DPV, schema: "https://schema.org/", dct: "http://purl.org/dc/terms/" },
    "@id": version.url,
    "@type": ["dpv:PrivacyNotice", "schema:DigitalDocument"],
    "schema:name": document.title,
    "schema:inLanguage": document.language,
    "schema:version": String(version.number),
    "dct:valid": version.effectiveAt.toISOString(),
    "dpv:hasDataController": controller,
    ...(facts.controller.dpo ? { "dpv:hasDataProtectionOfficer": { "@type": "dpv:DataProtectionOfficer", "schema:name": facts.controller.dpo } } : {}),
    ...(facts.controller.representative ? { "dpv:hasRepresentative": { "@type": "dpv:Representative", "schema:name": facts.controller.representative } } : {}),
    ...(facts.controller.supervisoryAuthority
      ? { "dpv:hasAuthority": { "@type": "dpv:SupervisoryAuthority", "schema:name": facts.controller.supervisoryAuthority } }
      : {}),
    "dpv:hasRight": facts.rights.map((right) => ({ "@type": "dpv:DataSubjectRight", "schema:name": right })),
    "dpv:hasProcess": facts.activities.map((activity) => ({
      "@id": `${version.url}#${slug(activity.reference || activity.id)}`,
      "@type": "dpv:Process",
      "schema:name": activity.title,
      "schema:identifier": activity.reference,
      "dpv:hasDataController": { "@id": controller["@id"] },
      "dpv:hasPurpose": activity.purposes.map((purpose) => ({
        "@type": "dpv:Purpose",
        "schema:description": purpose.description,
        "dpv:hasLegalBasis": purpose.legalBases.map((basis) => ({ "@type": "dpv:LegalBasis", "schema:name": basis })),
        ...(purpose.legitimateInterests ? { "dpv:hasLegitimateInterest": { "@type": "dpv:LegitimateInterest", "schema:description": purpose.legitimateInterests } } : {}),
      })),
      "dpv:hasPersonalDataCategory": activity.dataCategories.map((category) => ({
        "@type": "dpv:PersonalData",
        "schema:name": category.name,
        ...(category.retention ? { "dpv:hasStorageCondition": { "@type": "dpv:StorageDuration", "schema:description": category.retention } } : {}),
      })),
      "dpv:hasRecipient": activity.recipients.map((name) => ({ "@type": "dpv:Recipient", "schema:name": name })),
      ...(activity.transfers.length > 0
        ? {
            "dpv:hasDataTransfer": activity.transfers.map((transfer) => ({
              "@type": "dpv:CrossBorderDataTransfer",
              "dpv:hasCountry": { "@type": "dpv:Country", "schema:name": transfer.destination },
              ...(transfer.safeguard ? { "dpv:hasSafeguard": { "@type": "dpv:Safeguard", "schema:name": transfer.safeguard } } : {}),
            })),
          }
        : {}),
      ...(activity.source ? { "dpv:hasDataSource": { "@type": "dpv:DataSource", "schema:description": activity.source } } : {}),
      ...(activity.automatedDecisionMaking ? { "dpv:hasProcessingContext": { "@type": "dpv:AutomatedDecisionMaking" } } : {}),
    })),
  };
}

/** For a <script type="application/ld+json">: "<" escaped so the JSON cannot close the script element. */
export function jsonLdScript(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, "\\u003c")}</script>`;
}
