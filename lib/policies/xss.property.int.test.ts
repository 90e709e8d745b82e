/**
 * Script injection end to end: payloads stored in the records themselves
 * (organisation profile, DPO, catalogue entries, recipients, the activity
 * written through the activity form's own mutation, the policy's title and
 * Markdown sections), published through publishPolicy with the real composer
 * and a payload as the change summary, then served by the public route
 * handlers. Every page must parse as inert HTML (test/support/inert-html.ts).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivity } from "../activities/mutations";
import { createDb } from "../db";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { createFixture, removeFixture, type Fixture } from "../../test/support/action-properties";
import { XSS_PAYLOADS, xssWithin } from "../../test/support/arbitraries";
import { unsafeParts } from "../../test/support/inert-html";
import { storableText } from "../forms/field-rules";
import { composeDraft } from "./draft";
import { publishPolicy } from "./publish";
import { acknowledgeAll } from "./publish-gate";
import { serveCompare, servePolicyPage, serveVersions } from "./public-routes";

const db = createDb(process.env.DATABASE_URL!);
const RUNS = Number(process.env.PROPERTY_RUNS_E2E ?? 25);
let fixture: Fixture;
const extraOrgs: string[] = [];
const started = Date.now();

beforeAll(async () => {
  fixture = await createFixture(db, "props-xss");
});

afterAll(async () => {
  for (const id of extraOrgs) await db.$transaction((tx) => deleteOrganisation(tx, id)).catch(() => undefined);
  await removeFixture(db, fixture);
  await db.$disconnect();
  console.info(`XSS end to end: ${RUNS + 1} published organisations in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

type Texts = Record<"org" | "contact" | "dpo" | "category" | "subject" | "recipient" | "activity" | "purpose" | "retention" | "title" | "markdown" | "summary", string>;

/** A new organisation whose every public text is a payload, published twice; returns its public pages. */
async function publishedPages(raw: Texts): Promise<Record<string, string>> {
  // Records written here directly get what their forms' schemas would store; the activity and the
  // change summary go through their own schemas below, as the raw text.
  const t = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, storableText(value)])) as Texts;
  const id = crypto.randomUUID().slice(0, 8);
  const org = await db.organisation.create({
    data: {
      slug: `xss-${id}`, legalName: t.org, address: t.contact, email: "privacy@xss.example", phone: t.contact, website: t.contact, privacyContactName: t.contact,
      privacyContactAddress: t.contact, representativeName: t.contact, representativeAddress: t.contact, dpoName: t.dpo, dpoOrganisation: t.dpo, dpoAddress: t.dpo,
      dpoPhone: t.dpo, supervisoryAuthorityName: t.dpo, supervisoryAuthorityWebsite: t.contact,
    },
    select: { id: true, slug: true, legalName: true },
  });
  extraOrgs.push(org.id);
  await db.membership.create({ data: { organisationId: org.id, userId: fixture.owner.id, role: "OWNER" } });
  const where = { organisationId: org.id };
  const basis = await db.legalBasis.create({ data: { ...where, article: "NATIONAL", letter: "", name: t.purpose, citation: t.purpose }, select: { id: true } });
  const category = await db.dataCategory.create({ data: { ...where, name: t.category, defaultRetention: t.retention }, select: { id: true } });
  const subject = await db.dataSubjectCategory.create({ data: { ...where, name: t.subject }, select: { id: true } });
  const recipient = await db.recipient.create({ data: { ...where, kind: "PROCESSOR", name: t.recipient }, select: { id: true } });
  await db.country.upsert({ where: { code: "IN" }, create: { code: "IN", name: "India", eea: false, adequacy: false }, update: {} });
  const actor = { user: { id: fixture.owner.id, email: fixture.owner.email, name: "Owner" }, organisation: org, role: "OWNER" as const };
  const created = await createActivity(actor, {
    reference: "XSS-1", name: raw.activity, status: "ACTIVE", publicTitle: raw.activity, publicDescription: raw.purpose, description: raw.purpose,
    purposes: [{ description: t.purpose, legalBasisIds: [basis.id] }],
    dataSubjectCategoryIds: [subject.id],
    dataCategories: [{ dataCategoryId: category.id, retention: t.retention, details: t.category }],
    recipients: [{ recipientId: recipient.id, note: t.recipient }],
    hasTransfers: true,
    transfers: [{ countryCode: "IN", recipientId: recipient.id, safeguard: "SCC", safeguardDetails: t.retention, safeguardReference: t.recipient }],
    dataSource: "BOTH", dataSourceDescription: t.contact, automatedDecisionMaking: true, automatedDecisionLogic: t.purpose, automatedDecisionConsequences: t.purpose,
    provisionConsequences: t.purpose,
  });
  if (!created.ok) throw new Error(`the activity was refused: ${JSON.stringify(created)}`);
  const sections = [{ type: "controller" }, { type: "markdown", title: t.title, body: t.markdown }, { type: "activity", activityId: created.id }, { type: "rights" }];
  const policy = await db.policy.create({ data: { ...where, slug: "website", title: t.title, sections }, select: { id: true } });
  for (const summary of [raw.summary, `${raw.summary} (2)`]) {
    const draft = await composeDraft(org.id, policy.id, db);
    const result = await publishPolicy(actor, { policyId: policy.id, changeSummary: summary.slice(0, 1900), acknowledged: acknowledgeAll(draft?.findings ?? []) }, async () => draft, new Date(), db);
    if (!result.ok) throw new Error(`publishing was refused: ${JSON.stringify(result)}`);
    await db.policy.update({ where: { id: policy.id }, data: { title: `${t.title} ·` } });
  }
  const base = `https://policies.example/p/${org.slug}/website`;
  return {
    latest: await (await servePolicyPage(new Request(base), org.slug, "website", "latest")).text(),
    first: await (await servePolicyPage(new Request(`${base}/v/1`), org.slug, "website", 1)).text(),
    versions: await (await serveVersions(new Request(`${base}/versions`), org.slug, "website")).text(),
    compare: await (await serveCompare(new Request(`${base}/compare?from=1&to=2`), org.slug, "website")).text(),
  };
}

function expectInert(pages: Record<string, string>) {
  for (const [page, html] of Object.entries(pages)) {
    expect(html, page).toContain("</html>");
    expect(unsafeParts(html), page).toEqual([]);
  }
}

const keys: (keyof Texts)[] = ["org", "contact", "dpo", "category", "subject", "recipient", "activity", "purpose", "retention", "title", "markdown", "summary"];

describe("payloads stored in the records, published and served by the public routes, stay inert", () => {
  it("every classic payload at once, in every field", { timeout: 120_000 }, async () => {
    const all = XSS_PAYLOADS.join("\n").replace(/\u0000/g, "");
    const texts = Object.fromEntries(keys.map((key) => [key, key === "markdown" ? all : all.slice(0, 190)])) as Texts;
    expectInert(await publishedPages(texts));
  });

  it("a lone surrogate in the change summary and the records publishes instead of failing", { timeout: 120_000 }, async () => {
    // Broke: this property's counterexample. The change summary "\ud800…" reached the PUBLISH audit
    // event's JSON, which was refused ("unexpected end of hex escape"): publishing failed with an error page.
    const texts = Object.fromEntries(keys.map((key) => [key, `\ud800<script>alert(1)</script>\udfff ${key}`])) as Texts;
    expectInert(await publishedPages(texts));
  });

  it("generated mixtures of payloads", { timeout: 600_000 }, async () => {
    const texts = fc.record(Object.fromEntries(keys.map((key) => [key, key === "markdown" ? xssWithin(5000) : xssWithin(190)])) as Record<keyof Texts, fc.Arbitrary<string>>);
    await fc.assert(
      fc.asyncProperty(texts, async (t) => expectInert(await publishedPages(t))),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
