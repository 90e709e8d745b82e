/**
 * Script injection into the public policy pages. Every text that reaches a
 * public page (the organisation's name and contacts, the DPO's details, the
 * activities' names, purposes, recipients, categories, retention,
 * transfers and consent withdrawal (its link and instructions), the policy's
 * title, the DPO's Markdown sections and the change summary) gets classic
 * payloads and generated mixtures of them; the real pipeline (records →
 * composePolicy → renderPolicyHtml → the page templates, and the editor's
 * preview with its statement links) must produce inert HTML (see
 * test/support/inert-html.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderComparePage } from "@/lib/policies/public-page/compare-page";
import { renderPolicyPage } from "@/lib/policies/public-page/policy-page";
import { renderVersionsPage } from "@/lib/policies/public-page/versions-page";
import { XSS_PAYLOADS, xssWithin } from "@/test/support/arbitraries";
import { unsafeParts } from "@/test/support/inert-html";
import { composePolicy } from "./compose";
import type { ComposeActivity, ComposeInput, ComposeOrganisation } from "./compose-input";
import { redline, semanticDiff } from "./diff";
import { renderPolicyHtml } from "./html";
import { markdownToHtml } from "./markdown";
import type { PublicPolicy } from "./public-queries";
import { transfer, recipient, purpose, dataCategory, basis, completeActivity, completeOrganisation } from "../../test/fixtures/sample-records";
import type { PolicyDocument } from "./types";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const text = (max = 200) => xssWithin(max);

const organisation: fc.Arbitrary<ComposeOrganisation> = fc
  .record({
    legalName: text(), address: text(1000), email: text(), phone: text(50), website: text(), privacyContactName: text(), privacyContactEmail: text(),
    privacyContactAddress: text(), representativeName: text(), representativeAddress: text(), representativeEmail: text(), representativePhone: text(),
    dpoName: text(), dpoOrganisation: text(), dpoAddress: text(), dpoEmail: text(), dpoPhone: text(), supervisoryAuthorityName: text(), supervisoryAuthorityWebsite: text(),
  })
  .map((fields) => completeOrganisation(fields));

const activity = (id: string): fc.Arbitrary<ComposeActivity> =>
  fc
    .record({
      reference: text(50), name: text(), publicTitle: text(), publicDescription: text(1000), dataSourceDescription: text(), automatedDecisionLogic: text(),
      automatedDecisionConsequences: text(), provisionConsequences: text(), purpose: text(1000), interests: text(), subject: text(), category: text(),
      details: text(), retention: text(), defaultRetention: text(), recipient: text(), note: text(), organisationName: text(), safeguardDetails: text(),
      safeguardReference: text(), citation: text(), country: text(),
      // A withdrawal address that is a web address (so the link is rendered) with payloads in it, or a payload alone.
      withdrawalUrl: fc.oneof(text(), text().map((t) => `https://optout.example/${t}`)), withdrawalInstructions: text(1000),
    })
    .map((t) =>
      completeActivity({
        id, reference: t.reference, name: t.name, publicTitle: t.publicTitle, publicDescription: t.publicDescription, dataSource: "BOTH",
        dataSourceDescription: t.dataSourceDescription, automatedDecisionMaking: true, automatedDecisionLogic: t.automatedDecisionLogic,
        automatedDecisionConsequences: t.automatedDecisionConsequences, provisionConsequences: t.provisionConsequences,
        consentWithdrawalUrl: t.withdrawalUrl, consentWithdrawalInstructions: t.withdrawalInstructions,
        purposes: [
          purpose({ description: t.purpose, legitimateInterests: t.interests, directMarketing: true, legalBases: [{ ...basis("ART6", "f"), name: t.citation, citation: t.citation }] }),
          purpose({ description: t.purpose, legitimateInterests: "", legalBases: [basis("ART6", "a")] }),
        ],
        dataSubjects: [t.subject],
        dataCategories: [
          dataCategory({ name: t.category, details: t.details, retention: t.retention, defaultRetention: t.defaultRetention, special: true, criminal: false, art9Condition: { ...basis("ART9", "a"), citation: t.citation } }),
        ],
        recipients: [
          recipient({ name: t.recipient, kind: "PROCESSOR", role: "RECIPIENT", note: t.note }),
          recipient({ name: t.organisationName, kind: "JOINT_CONTROLLER", role: "JOINT_CONTROLLER", note: t.note }),
        ],
        transfers: [
          transfer({ country: { name: t.country, eea: false, adequacy: false }, internationalOrganisation: "", recipientName: t.recipient, safeguard: "SCC", safeguardDetails: t.safeguardDetails, safeguardReference: t.safeguardReference }),
          transfer({ country: null, internationalOrganisation: t.organisationName, recipientName: null, safeguard: "DEROGATION", safeguardDetails: t.safeguardDetails, safeguardReference: "" }),
        ],
      }),
    );

const composeInput: fc.Arbitrary<ComposeInput> = fc
  .record({ organisation, first: activity("act-1"), second: activity("act-2"), title: text(), language: fc.constantFrom("en" as const, "de" as const), mdTitle: text(), body: text(3000), email: text() })
  .map((r) => ({
    organisation: r.organisation,
    activities: { "act-1": r.first, "act-2": r.second },
    policy: {
      title: r.title,
      language: r.language,
      sections: [
        { type: "controller", privacyContactEmail: r.email, dpoEmail: r.email },
        { type: "markdown", title: r.mdTitle, body: r.body },
        { type: "activity", activityId: "act-1" },
        { type: "activity", activityId: "act-2" },
        { type: "rights" },
      ],
    },
  }));

const urls = { origin: "https://policies.example", base: "/p/acme/website" };

function publicPolicy(document: PolicyDocument, changeSummary: string, versions = 1): PublicPolicy {
  const meta = (number: number) => ({ number, effectiveAt: new Date("2026-11-27T00:00:00Z"), changeSummary, contentHash: "0".repeat(64), createdAt: new Date("2026-11-27T00:00:00Z"), origin: "PUBLISHED" as const });
  return {
    organisation: { slug: document.organisation.slug, legalName: document.organisation.legalName },
    policy: { slug: "website", title: document.title, language: document.language },
    // Two languages, so the alternates and the language switcher are part of every page checked.
    languages: [document.language, document.language === "en" ? "de" : "en"],
    publishedNumbers: { en: Array.from({ length: versions }, (_, index) => versions - index), de: Array.from({ length: versions }, (_, index) => versions - index) },
    versions: Array.from({ length: versions }, (_, index) => meta(versions - index)),
  };
}

/** Every public page a pair of versions produces. */
function pages(older: PolicyDocument, newer: PolicyDocument, changeSummary: string): Record<string, string> {
  const policy = publicPolicy(newer, changeSummary, 2);
  const version = { ...policy.versions[0], content: newer, html: renderPolicyHtml(newer, { lastUpdated: "27 November 2026" }) };
  return {
    latest: renderPolicyPage(policy, version, "latest", urls, new Date("2026-11-28T00:00:00Z")),
    permanent: renderPolicyPage(policy, version, "permanent", urls, new Date("2026-11-28T00:00:00Z")),
    versions: renderVersionsPage(policy, 2, urls.base),
    compare: renderComparePage({ policy, base: urls.base, from: 1, to: 2, changes: semanticDiff(older.facts, newer.facts), sections: redline(older, newer) }),
    // The editor's preview: the same HTML with each statement marked with its source.
    preview: `<html><head></head><body>${renderPolicyHtml(newer, { sourceLinks: true })}</body></html>`,
  };
}

function expectInert(named: Record<string, string>) {
  for (const [page, html] of Object.entries(named)) expect(unsafeParts(html), page).toEqual([]);
}

describe("public policy pages stay inert whatever the records say", () => {
  it.each(XSS_PAYLOADS)("the Markdown of a section: %s", (payload) => {
    expect(unsafeParts(`<html><head></head><body>${markdownToHtml(payload)}</body></html>`)).toEqual([]);
  });

  it.each(XSS_PAYLOADS)("every text field of the records at once: %s", (payload) => {
    const fields = (o: object) => Object.fromEntries(Object.entries(o).map(([key, value]) => [key, typeof value === "string" && key !== "slug" ? payload : value]));
    const input: ComposeInput = {
      organisation: fields(completeOrganisation()) as ComposeOrganisation,
      activities: {
        "act-1": {
          ...completeActivity(),
          ...fields(completeActivity()),
          purposes: [
            purpose({ description: payload, legitimateInterests: payload, directMarketing: true, legalBases: [basis("ART6", "f")] }),
            purpose({ description: payload, legalBases: [basis("ART6", "a")] }),
          ],
          // The withdrawal link is rendered only for a web address: the payload inside one, as well as on its own (instructions).
          consentWithdrawalUrl: `https://optout.example/${payload}`,
        } as ComposeActivity,
      },
      policy: { title: payload, language: "en", sections: [{ type: "controller" }, { type: "markdown", title: payload, body: payload }, { type: "activity", activityId: "act-1" }, { type: "rights" }] },
    };
    const document = composePolicy(input);
    expectInert(pages(composePolicy({ ...input, policy: { ...input.policy, title: "Before" } }), document, payload));
  });

  it("generated mixtures of payloads in every field: the policy and archive pages", { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(composeInput, text(2000), (input, summary) => {
        const { latest, permanent, versions, preview } = pages(composePolicy(input), composePolicy(input), summary);
        expectInert({ latest, permanent, versions, preview });
      }),
      { numRuns: RUNS },
    );
  });

  // The redline diffs two whole documents, the slowest step: fewer runs.
  it("generated mixtures of payloads in every field: the compare page", { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(composeInput, composeInput, (older, newer) => {
        expectInert({ compare: pages(composePolicy(older), composePolicy(newer), "").compare });
      }),
      { numRuns: Math.ceil(RUNS / 6) },
    );
  });

  it("generated Markdown on its own", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(text(10_000), (markdown) => {
        expect(unsafeParts(`<html><head></head><body>${markdownToHtml(markdown)}</body></html>`)).toEqual([]);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});
