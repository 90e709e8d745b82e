import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertCountries } from "../catalogues/countries";
import { createDb } from "../db";
import { readStoredSections } from "../policies/schema";
import type { PolicySectionSpec } from "../policies/types";
import { loadOrganisationRecords } from "../records/queries";
import type { OrganisationRecords } from "../records/read-model";
import { textKey } from "../translations/fields";
import { localiseRecords, recordTexts } from "../translations/localise";
import { loadTranslationSet } from "../translations/queries";
import { createDemoOrganisation, markdownSourceHash, type DemoOrganisation } from "./demo-organisation";

const db = createDb(process.env.DATABASE_URL!);

afterAll(async () => {
  await db.$disconnect();
});

describe("the demo organisation in German and French", () => {
  let demo: DemoOrganisation;
  let records: OrganisationRecords;

  beforeAll(async () => {
    await upsertCountries(db);
    const actor = await db.user.create({
      data: { email: `demo-i18n-${crypto.randomUUID()}@example.test`, name: "Demo Translations", passwordHash: "x" },
      select: { id: true, email: true },
    });
    demo = await db.$transaction((tx) => createDemoOrganisation(tx, { actor, slug: `demo-i18n-${crypto.randomUUID()}` }), { timeout: 60_000 });
    records = (await loadOrganisationRecords(demo.organisationId, {}, db))!;
  });

  it("keeps its records in English, German and French", async () => {
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: demo.organisationId }, select: { defaultLanguage: true, languages: true, dpoForm: true } });
    expect(organisation).toEqual({ defaultLanguage: "en", languages: ["en", "de", "fr"], dpoForm: "FEMININE" });
  });

  // Read from the field registry through recordTexts: a text added to the demo or to the registry without a translation fails here.
  it.each(["de", "fr"] as const)("has a %s translation or a kept-as-written mark for every text of its records", async (language) => {
    const set = await loadTranslationSet(demo.organisationId, language, db);
    const texts = recordTexts(records);
    expect(texts.length).toBeGreaterThan(80);
    const untranslated = texts.filter((text) => !set.values.get(textKey(text))?.value.trim() && !set.verbatim.has(textKey(text)));
    expect(untranslated.map((text) => `${text.entity}.${text.field}: ${text.source}`)).toEqual([]);

    const localised = localiseRecords(records, set);
    expect(localised.missing).toEqual([]);
    expect(localised.outdated).toEqual([]);
  });

  it("translates the texts rather than copying them, and keeps the proper names as written", async () => {
    const [de, fr] = await Promise.all([loadTranslationSet(demo.organisationId, "de", db), loadTranslationSet(demo.organisationId, "fr", db)]);
    const inGerman = localiseRecords(records, de).records;
    const inFrench = localiseRecords(records, fr).records;
    const push = (r: OrganisationRecords) => r.activities.find((activity) => activity.reference === "APP-04")!;
    expect(push(inGerman).publicTitle).toBe("Push-Benachrichtigungen");
    expect(push(inFrench).publicTitle).toBe("Notifications push");
    expect(inGerman.recipients.map((recipient) => recipient.name)).toEqual(expect.arrayContaining(["Strafverfolgungsbehörden", "Google Firebase Cloud Messaging", "Apple Push Notification Service"]));
    expect(inFrench.legalBases.map((basis) => basis.name)).toContain("Intérêts légitimes");
    expect(inFrench.countries.find((country) => country.code === "US")?.name).toBe("États-Unis");
    const verbatim = await db.verbatimText.findMany({ where: { organisationId: demo.organisationId }, select: { entityType: true, field: true } });
    expect(verbatim).toEqual(expect.arrayContaining([{ entityType: "recipient", field: "name" }, { entityType: "organisation", field: "legalName" }]));
  });

  it("gives the DPO's own sections of both policies a German and a French text made from the current English", async () => {
    const policies = await db.policy.findMany({ where: { organisationId: demo.organisationId }, select: { sections: true } });
    const markdown = policies.flatMap((policy) => (policy.sections as PolicySectionSpec[]).filter((section) => section.type === "markdown"));
    expect(markdown).toHaveLength(5);
    for (const section of markdown) {
      for (const language of ["de", "fr"] as const) {
        const translation = section.translations?.[language];
        expect(translation?.title.trim(), `${section.title} in ${language}`).toBeTruthy();
        expect(translation?.body.trim()).toBeTruthy();
        expect(translation?.sourceHash).toBe(markdownSourceHash(section));
      }
    }
    // Until the stored-section schema learns about translations, reading a draft keeps working.
    expect(readStoredSections(policies[0].sections).length).toBeGreaterThan(0);
  });
});
