/**
 * Issue 13's promise for the demo: its website policy exists in German and
 * French with no English left. The demo's records carry their German and
 * French translations (demo-translations.ts); once the DPO has closed the
 * gaps the real policy had (the findings that block version 2), every
 * language version composes without a translation finding and publishes, and
 * the German and French pages show none of the English version's words.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { upsertCountries } from "../catalogues/countries";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { englishLeftOn, visibleText } from "../../test/support/english-scan";
import { composeDraft } from "../policies/draft";
import { servePolicyPage } from "../policies/public-routes";
import { publishPolicy } from "../policies/publish";
import { acknowledgeAll } from "../policies/publish-gate";
import { saveTranslations } from "../translations/mutations";
import { createDemoOrganisation } from "./demo-organisation";
import { DEMO_VERBATIM } from "./demo-translations";

const db = createDb(process.env.DATABASE_URL!);
let organisationId = "";
let slug = "";
let policyId = "";
let actor: Parameters<typeof publishPolicy>[0];

beforeAll(async () => {
  await upsertCountries(db);
  const user = await db.user.create({ data: { email: `demo-lang-${crypto.randomUUID()}@example.test`, name: "Demo DPO", passwordHash: "x" }, select: { id: true, email: true, name: true } });
  slug = `demo-lang-${crypto.randomUUID().slice(0, 8)}`;
  const demo = await db.$transaction((tx) => createDemoOrganisation(tx, { actor: user, slug }), { timeout: 60_000 });
  organisationId = demo.organisationId;
  policyId = demo.policyIds["coi-website"];
  await db.membership.create({ data: { userId: user.id, organisationId, role: "DPO" } });
  actor = { user, organisation: { id: organisationId }, role: "DPO" };
});

afterAll(async () => {
  if (organisationId) await db.$transaction((tx) => deleteOrganisation(tx, organisationId));
  await db.$disconnect();
});

describe("the demo's website policy in German and French", () => {
  it("composes every language version without a missing or outdated translation", async () => {
    // The demo published in English only; the DPO adds German and French.
    await db.policy.update({ where: { id: policyId }, data: { languages: ["en", "de", "fr"] } });
    const draft = await composeDraft(organisationId, policyId, db);
    expect(draft!.versions!.map((version) => version.language)).toEqual(["en", "de", "fr"]);
    const translationFindings = draft!.findings.filter((finding) => finding.id.startsWith("translation-"));
    expect(translationFindings.map((finding) => finding.message)).toEqual([]);
  });

  it("publishes English, German and French as one version once the record's gaps are closed, and no English is left on the German and French pages", async () => {
    const before = await composeDraft(organisationId, policyId, db);
    const errors = before!.findings.filter((finding) => finding.severity === "error");
    // The gaps the real policy had are errors of the records, the same in every language, never of a translation.
    expect(errors.filter((finding) => finding.id.startsWith("translation-"))).toEqual([]);
    await closeGaps();
    const draft = await composeDraft(organisationId, policyId, db);
    expect(draft!.findings.filter((finding) => finding.severity === "error").map((finding) => `${finding.id}: ${finding.message}`)).toEqual([]);
    const published = await publishPolicy(actor, { policyId, changeSummary: "In German and French", acknowledged: acknowledgeAll(draft!.findings) }, (orgId, id) => composeDraft(orgId, id, db), new Date(), db);
    if (!published.ok) throw new Error(JSON.stringify(published));

    const base = `http://test.example/p/${slug}/coi-website`;
    const page = async (language?: "de" | "fr") => (await servePolicyPage(new Request(language ? `${base}/${language}` : base), slug, "coi-website", "latest", language)).text();
    const [en, de, fr] = [await page(), await page("de"), await page("fr")];
    expect(de).toContain('<html lang="de">');
    expect(fr).toContain('<html lang="fr">');
    expect(visibleText(de)).toContain("Datenschutzerklärung für die Website coi.me");
    expect(visibleText(fr)).toContain("Politique de confidentialité du site web coi.me");
    // Names and addresses are shown as written, as is the website's own link label quoted in the policy.
    const properNames = [...DEMO_VERBATIM, "Open-Xchange", "coi.me", "COI", "Google", "Firebase", "Apple", "GmbH", "Alsterarkaden Hamburg", "Hohenzollernring Köln", "info@", "datenschutz@", "https", "Opt-out from PIWIK PRO analytics"];
    // Words German and French use themselves (loanwords, and German nouns spelt as in English).
    expect(englishLeftOn(en, de, "de", { properNames, shared: ["Cookies", "Browser", "Server", "Analyse", "Link", "Links", "Banner", "Opt-out", "Websites", "Domain", "Name"] })).toEqual([]);
    expect(englishLeftOn(en, fr, "fr", { properNames, shared: ["Cookie", "Cookies", "Opt-out", "analyse", "date", "influence", "internet", "session", "type"] })).toEqual([]);
  });
});

/**
 * What the demo leaves open on purpose (its real policy's gaps), closed as a
 * DPO would before publishing version 2: the technically required cookies get
 * their legal basis (Art. 6(1)(f)) and the interests it rests on, in every
 * language.
 */
async function closeGaps() {
  const draft = await composeDraft(organisationId, policyId, db);
  const gaps = draft!.findings.filter((finding) => finding.severity === "error");
  expect(gaps.map((finding) => finding.id.split(":")[0])).toEqual(["legal-basis"]);
  const activityId = gaps[0].id.split(":")[2];
  const purpose = await db.purpose.findFirstOrThrow({ where: { activityId }, orderBy: { position: "asc" } });
  const basis = await db.legalBasis.findFirstOrThrow({ where: { organisationId, article: "ART6", letter: "f" } });
  const interests = "Operating the website securely and keeping the settings visitors chose.";
  await db.purpose.update({ where: { id: purpose.id }, data: { legitimateInterests: interests, legalBases: { create: { legalBasisId: basis.id } } } });
  const saved = await saveTranslations(actor, [
    { entity: "purpose", id: purpose.id, field: "legitimateInterests", language: "de", value: "Der sichere Betrieb der Website und das Speichern der von Besuchern gewählten Einstellungen." },
    { entity: "purpose", id: purpose.id, field: "legitimateInterests", language: "fr", value: "L’exploitation sécurisée du site web et la conservation des réglages choisis par les visiteurs." },
  ]);
  if (!saved.ok) throw new Error(JSON.stringify(saved));
}
