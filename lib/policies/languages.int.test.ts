import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/i18n/english";
import { createActivity } from "../activities/mutations";
import { emptyActivityValues } from "../activities/schema";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { createDb } from "../db";
import type { Actor } from "../mutations/actor";
import { saveTranslations } from "../translations/mutations";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { englishLeftOn } from "../../test/support/english-scan";
import { composeDraft } from "./draft";
import { getPolicyDrift, listPolicyVersions } from "./drift-queries";
import { markdownSourceHash } from "./policy-languages";
import { getPublicPolicy } from "./public-queries";
import { serveCompare, servePolicyPage, serveVersionJson, serveVersions } from "./public-routes";
import { publishPolicy } from "./publish";
import { acknowledgeAll } from "./publish-gate";

const db = createDb(process.env.DATABASE_URL!);
const organisations: string[] = [];

/** German for every English text the policy shows; a text missing here fails the setup with its name. */
const GERMAN: Record<string, string> = {
  "Newsletter delivery": "Versand des Newsletters",
  "We send our newsletter to people who asked for it.": "Wir senden unseren Newsletter an Personen, die ihn bestellt haben.",
  "Sending the monthly newsletter": "Versand des monatlichen Newsletters",
  "Your e-mail address and the topics you chose": "Ihre E-Mail-Adresse und die gewählten Themen",
  "Until you unsubscribe": "Bis zur Abmeldung",
  "Identification data": "Identifikationsdaten",
};

type Setup = { organisation: { id: string; slug: string; legalName: string }; actor: Actor; policyId: string; purposeId: string };

async function setUp(): Promise<Setup> {
  const key = crypto.randomUUID().slice(0, 12);
  const organisation = await db.organisation.create({
    data: {
      slug: `lang-${key}`,
      legalName: `Sprachen ${key} GmbH`,
      address: "Hauptstraße 1, 50667 Köln",
      email: "privacy@lang.example",
      supervisoryAuthorityName: "LDI NRW",
      languages: ["en", "de"],
    },
    select: { id: true, slug: true, legalName: true },
  });
  organisations.push(organisation.id);
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
  const email = `dpo-${key}@lang.example`;
  const user = await db.user.create({ data: { email, name: "Dana", passwordHash: "x", memberships: { create: { organisationId: organisation.id, role: "DPO" } } } });
  const actor: Actor = { user: { id: user.id, email }, organisation, role: "DPO" };
  const basis = await db.legalBasis.findFirstOrThrow({ where: { organisationId: organisation.id, citation: "Art. 6(1)(b) GDPR" }, select: { id: true } });
  const category = await db.dataCategory.findFirstOrThrow({ where: { organisationId: organisation.id, name: "Identification data" }, select: { id: true } });
  const created = await createActivity(actor, {
    ...emptyActivityValues(),
    reference: "NL-01",
    name: "Newsletter",
    publicTitle: "Newsletter delivery",
    publicDescription: "We send our newsletter to people who asked for it.",
    status: "ACTIVE",
    provisionRequirement: "CONTRACT_PREREQUISITE",
    purposes: [{ description: "Sending the monthly newsletter", legalBasisIds: [basis.id] }],
    dataCategories: [{ dataCategoryId: category.id, details: "Your e-mail address and the topics you chose", retention: "Until you unsubscribe" }],
    recipientsNone: true,
    transfersNone: true,
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const purpose = await db.purpose.findFirstOrThrow({ where: { activityId: created.id! }, select: { id: true } });
  const cookies = { title: "Cookies", body: "We set no tracking cookies on this website." };
  const policy = await db.policy.create({
    data: {
      organisationId: organisation.id,
      slug: "website",
      title: "Newsletter privacy notice",
      titles: { de: "Datenschutzhinweise zum Newsletter" },
      languages: ["en", "de"],
      sections: [
        { type: "controller" },
        { type: "activity", activityId: created.id! },
        { type: "rights" },
        { type: "markdown", ...cookies, translations: { de: { title: "Cookies", body: "Wir setzen auf dieser Website keine Tracking-Cookies.", sourceHash: markdownSourceHash(cookies) } } },
      ],
    },
    select: { id: true },
  });
  return { organisation, actor, policyId: policy.id, purposeId: purpose.id };
}

/** Translates every text the German version still lacks, from GERMAN (or the catalogue's own German where it has none). */
async function translateGaps(setup: Setup) {
  const draft = await composeDraft(setup.organisation.id, setup.policyId);
  const missing = draft!.versions!.find((version) => version.language === "de")!.findings.filter((finding) => finding.id.startsWith("translation-missing:de:"));
  const { loadPolicyLanguageDrafts } = await import("./queries");
  const gaps = (await loadPolicyLanguageDrafts(setup.organisation.id, setup.policyId))!.find((entry) => entry.language === "de")!.gaps;
  const untranslatable = gaps.filter((gap) => !(gap.source in GERMAN)).map((gap) => gap.source);
  expect(untranslatable, "texts the test has no German for").toEqual([]);
  expect(missing).toHaveLength(gaps.length);
  const result = await saveTranslations(setup.actor, gaps.map((gap) => ({ entity: gap.entity, id: gap.id, field: gap.field, language: "de", value: GERMAN[gap.source], base: "" })));
  if (!result.ok) throw new Error(JSON.stringify(result));
}

let setup: Setup;

beforeAll(async () => {
  setup = await setUp();
});

afterAll(async () => {
  for (const id of organisations) await db.$transaction((tx) => deleteOrganisation(tx, id));
  await db.$disconnect();
});

describe("a policy in English and German", () => {
  it("refuses to publish while the German version would show an English purpose, and says which text and where to fill it", async () => {
    const draft = await composeDraft(setup.organisation.id, setup.policyId);
    expect(draft!.versions!.map((version) => version.language)).toEqual(["en", "de"]);
    const german = draft!.versions![1];
    const purpose = german.findings.find((finding) => finding.id === `translation-missing:de:purpose:${setup.purposeId}:description`);
    expect(purpose).toMatchObject({ severity: "error", article: "Art. 12(1)" });
    expect(inEnglish(purpose!.message)).toContain("“Sending the monthly newsletter”");
    expect(inEnglish(purpose!.message)).toContain("German");
    expect(purpose!.href).toBe(`/policies/${setup.policyId}?language=de#translate-${encodeURIComponent(`purpose:${setup.purposeId}:description`)}`);
    // The English version is complete: the error belongs to the German one only.
    expect(draft!.versions![0].findings.filter((finding) => finding.id.startsWith("translation-"))).toEqual([]);
    // The German version is composed in German around the untranslated text, never silently mixed.
    expect(german.document.language).toBe("de");
    expect(german.document.title).toBe("Datenschutzhinweise zum Newsletter");

    const refused = await publishPolicy(setup.actor, { policyId: setup.policyId, changeSummary: "First", acknowledged: acknowledgeAll(draft!.findings) }, composeDraft);
    expect(refused).toMatchObject({ ok: false, kind: "refused" });
    expect(refused.ok ? [] : refused.findings!.map((finding) => finding.id)).toContain(purpose!.id);
    expect(await db.policyVersion.count({ where: { policyId: setup.policyId } })).toBe(0);
  });

  it("composes the German version from the translated records and publishes both languages as one version number, with one audit event", async () => {
    await translateGaps(setup);
    const draft = await composeDraft(setup.organisation.id, setup.policyId);
    expect(draft!.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    const html = JSON.stringify(draft!.versions![1].document);
    expect(html).toContain("Versand des monatlichen Newsletters");
    expect(html).toContain("Art. 6 Abs. 1 lit. b DSGVO");
    expect(html).toContain("Wir setzen auf dieser Website keine Tracking-Cookies.");

    const published = await publishPolicy(setup.actor, { policyId: setup.policyId, changeSummary: "First", acknowledged: acknowledgeAll(draft!.findings) }, composeDraft);
    if (!published.ok) throw new Error(JSON.stringify(published));
    const rows = await db.policyVersion.findMany({ where: { policyId: setup.policyId }, orderBy: { language: "asc" }, select: { number: true, language: true, contentHash: true, html: true } });
    expect(rows.map((row) => [row.number, row.language])).toEqual([
      [1, "de"],
      [1, "en"],
    ]);
    expect(rows[0].contentHash).not.toBe(rows[1].contentHash);
    expect(rows[0].html).toContain("Versand des monatlichen Newsletters");
    const events = await db.auditEvent.findMany({ where: { entityId: setup.policyId, action: "PUBLISH" } });
    expect(events).toHaveLength(1);
    expect(events[0].after).toMatchObject({ number: 1, languages: ["en", "de"] });
    expect((await listPolicyVersions(setup.organisation.id, setup.policyId, undefined, "de")).map((row) => [row.number, row.language])).toEqual([[1, "de"]]);

    // Publishing the same again is "nothing to publish" for both languages.
    const again = await publishPolicy(setup.actor, { policyId: setup.policyId, changeSummary: "Again", acknowledged: acknowledgeAll(draft!.findings) }, composeDraft);
    expect(again).toMatchObject({ ok: false, identical: true });
  });

  it("serves each language at its own address with hreflang alternates, a language switcher, and no English on the German page", async () => {
    const base = `http://test.example/p/${setup.organisation.slug}/website`;
    const english = await servePolicyPage(new Request(base), setup.organisation.slug, "website", "latest");
    const german = await servePolicyPage(new Request(`${base}/de`), setup.organisation.slug, "website", "latest", "de");
    expect([english.status, german.status]).toEqual([200, 200]);
    const [en, de] = [await english.text(), await german.text()];
    expect(de).toContain('<html lang="de">');
    expect(de).toContain("Datenschutzhinweise zum Newsletter");
    for (const page of [en, de]) {
      expect(page).toContain(`<link rel="alternate" hreflang="en" href="http://test.example/p/${setup.organisation.slug}/website/en">`);
      expect(page).toContain(`<link rel="alternate" hreflang="de" href="http://test.example/p/${setup.organisation.slug}/website/de">`);
      expect(page).toContain(`<link rel="alternate" hreflang="x-default" href="http://test.example/p/${setup.organisation.slug}/website">`);
    }
    expect(de).toMatch(/<a href="[^"]*\/website\/de" lang="de" hreflang="de" aria-current="true">Deutsch<\/a>/);
    expect(de).toMatch(/<a href="[^"]*\/website\/en" lang="en" hreflang="en">English<\/a>/);
    expect(englishLeftOn(en, de, "de", { properNames: [setup.organisation.legalName, "LDI NRW", "Hauptstraße Köln", "privacy@lang.example"], shared: ["Newsletter", "Cookies", "Tracking-Cookies", "Website"] })).toEqual([]);

    // An unknown or unpublished language is a plain 404; the archive, JSON and comparison exist per language.
    expect((await servePolicyPage(new Request(`${base}/fr`), setup.organisation.slug, "website", "latest", "fr")).status).toBe(404);
    const versions = await (await serveVersions(new Request(`${base}/de/versions`), setup.organisation.slug, "website", "de")).text();
    expect(versions).toContain("Versionsverlauf");
    expect(versions).toContain(`href="/p/${setup.organisation.slug}/website/de/v/1"`);
    const json = await (await serveVersionJson(new Request(`${base}/de/json`), setup.organisation.slug, "website", "latest", "de")).json();
    expect(json).toMatchObject({ policy: { title: "Datenschutzhinweise zum Newsletter", language: "de" }, document: { language: "de" } });
    expect((await serveCompare(new Request(`${base}/de/compare`), setup.organisation.slug, "website", "de")).status).toBe(200);
    expect((await getPublicPolicy(setup.organisation.slug, "website"))!.policy.language).toBe("en");
  });

  it("drifts when only the German translation changed since publishing", async () => {
    expect((await getPolicyDrift(setup.organisation.id, setup.policyId))!.state).toBe("in-sync");
    const result = await saveTranslations(setup.actor, [
      { entity: "purpose", id: setup.purposeId, field: "description", language: "de", value: "Versand unseres monatlichen Newsletters", base: GERMAN["Sending the monthly newsletter"] },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const drift = await getPolicyDrift(setup.organisation.id, setup.policyId);
    expect(drift).toMatchObject({ state: "drifting", publishedNumber: 1 });
  });
});
