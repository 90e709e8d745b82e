import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { COUNTRIES, upsertCountries } from "./countries";
import { LANGUAGES } from "../translations/languages";
import { createDefaultCatalogues, DEFAULT_DATA_CATEGORIES, DEFAULT_LEGAL_BASES, DEFAULT_SECURITY_MEASURES } from "./defaults";

const db = createDb(process.env.DATABASE_URL!);

afterAll(async () => {
  await db.$disconnect();
});

describe("createDefaultCatalogues", () => {
  let organisationId: string;

  beforeAll(async () => {
    const organisation = await db.organisation.create({
      data: { slug: `defaults-${crypto.randomUUID()}`, legalName: "Defaults Test Ltd" },
    });
    organisationId = organisation.id;
    await db.$transaction((tx) => createDefaultCatalogues(tx, organisationId));
  });

  it("creates the legal bases of Art. 6(1), 9(2) and 10, all built in", async () => {
    const bases = await db.legalBasis.findMany({ where: { organisationId }, orderBy: { citation: "asc" } });
    const byArticle = (article: string) => bases.filter((basis) => basis.article === article);

    expect(byArticle("ART6").map((basis) => basis.citation)).toEqual(
      ["a", "b", "c", "d", "e", "f"].map((letter) => `Art. 6(1)(${letter}) GDPR`),
    );
    expect(byArticle("ART9").map((basis) => basis.letter)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]);
    expect(byArticle("ART10")).toMatchObject([{ citation: "Art. 10 GDPR", letter: "" }]);
    expect(byArticle("NATIONAL")).toHaveLength(0);
    expect(bases.every((basis) => basis.builtIn && basis.description.length > 20)).toBe(true);
    expect(bases.find((basis) => basis.citation === "Art. 6(1)(f) GDPR")?.name).toBe("Legitimate interests");
    expect(bases.find((basis) => basis.citation === "Art. 9(2)(a) GDPR")?.name).toBe("Explicit consent");
  });

  it("flags the special categories of Art. 9(1) and the criminal data of Art. 10", async () => {
    const categories = await db.dataCategory.findMany({ where: { organisationId } });
    expect(categories).toHaveLength(DEFAULT_DATA_CATEGORIES.length);

    const special = categories.filter((category) => category.special).map((category) => category.name);
    expect(special).toHaveLength(8);
    expect(special).toEqual(expect.arrayContaining(["Health data", "Biometric data for identification", "Genetic data", "Trade union membership"]));
    expect(categories.filter((category) => category.criminal).map((category) => category.name)).toEqual(["Criminal convictions and offences"]);
    expect(categories.some((category) => category.special && category.criminal)).toBe(false);
    // Only where a general rule exists; activities set their own periods.
    expect(categories.find((category) => category.name === "Log data")?.defaultRetention).toBe("");
    expect(categories.find((category) => category.name === "Consent records")?.defaultRetention).not.toBe("");
  });

  it("creates data subject categories and security measures in every group that matters", async () => {
    const subjects = await db.dataSubjectCategory.findMany({ where: { organisationId }, select: { name: true } });
    expect(subjects.map((subject) => subject.name)).toEqual(
      expect.arrayContaining(["Website visitors", "App users", "Contacts of users", "Employees", "Applicants"]),
    );

    const measures = await db.securityMeasure.findMany({ where: { organisationId } });
    expect(measures).toHaveLength(DEFAULT_SECURITY_MEASURES.length);
    const groups = new Set(measures.map((measure) => measure.group));
    for (const group of ["ACCESS_CONTROL", "ENCRYPTION", "PSEUDONYMISATION", "BACKUP", "LOGGING", "NETWORK", "PHYSICAL", "ORGANISATIONAL", "PROCESSOR_CONTROL"]) {
      expect(groups).toContain(group);
    }
  });

  it("keeps each organisation's catalogues apart", async () => {
    const other = await db.organisation.create({ data: { slug: `defaults-${crypto.randomUUID()}`, legalName: "Other Ltd" } });
    const counts = await db.$transaction((tx) => createDefaultCatalogues(tx, other.id));
    expect(counts.legalBases).toBe(17);
    expect(await db.legalBasis.count({ where: { organisationId } })).toBe(17);
    expect(await db.legalBasis.count({ where: { organisationId: other.id } })).toBe(17);
  });
});

describe("createDefaultCatalogues in the organisation's default language", () => {
  it("writes German texts for a German organisation, with English and French translations of each", async () => {
    const organisation = await db.organisation.create({
      data: { slug: `defaults-de-${crypto.randomUUID()}`, legalName: "Vorgaben GmbH", defaultLanguage: "de", languages: ["de", "en", "fr"] },
    });
    await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));

    const consent = await db.legalBasis.findFirstOrThrow({ where: { organisationId: organisation.id, article: "ART6", letter: "a" } });
    expect(consent).toMatchObject({ name: "Einwilligung", citation: "Art. 6 Abs. 1 lit. a DSGVO" });
    const interests = await db.legalBasis.findFirstOrThrow({ where: { organisationId: organisation.id, article: "ART6", letter: "f" } });
    expect(interests.name).toBe("Berechtigte Interessen");
    const contact = await db.dataCategory.findFirstOrThrow({ where: { organisationId: organisation.id, name: "Kontaktdaten" } });
    const subjects = await db.dataSubjectCategory.findMany({ where: { organisationId: organisation.id }, select: { name: true } });
    expect(subjects.map((subject) => subject.name)).toContain("Website-Besucher");

    const translations = await db.translation.findMany({ where: { organisationId: organisation.id } });
    const of = (entityId: string, field: string) => Object.fromEntries(translations.filter((row) => row.entityId === entityId && row.field === field).map((row) => [row.language, row.value]));
    expect(of(consent.id, "name")).toEqual({ en: "Consent", fr: "Consentement" });
    expect(of(interests.id, "name")).toEqual({ en: "Legitimate interests", fr: "Intérêts légitimes" });
    expect(of(contact.id, "name")).toEqual({ en: "Contact data", fr: "Coordonnées" });
    // No row for the default language: the record's own column is the source.
    expect(translations.some((row) => row.language === "de")).toBe(false);
    // Every translatable default text, in both other languages.
    const texts = (await db.dataCategory.findMany({ where: { organisationId: organisation.id } })).flatMap((row) =>
      (["name", "description", "defaultRetention"] as const).filter((field) => row[field]).map((field) => [row.id, field] as const),
    );
    for (const [id, field] of texts) expect(Object.keys(of(id, field)).sort(), `${id} ${field}`).toEqual(["en", "fr"]);
  });

  it("names every default in every language", () => {
    const all = [...DEFAULT_LEGAL_BASES, ...DEFAULT_DATA_CATEGORIES, ...DEFAULT_SECURITY_MEASURES].flatMap((entry) => [entry.name, entry.description]);
    for (const text of all) for (const language of LANGUAGES) expect(text[language].trim(), JSON.stringify(text)).not.toBe("");
  });
});

describe("upsertCountries", () => {
  it("holds every ISO country once, with the EEA and adequacy flags", async () => {
    await upsertCountries(db);
    const countries = await db.country.findMany();
    const byCode = new Map(countries.map((country) => [country.code, country]));

    expect(COUNTRIES).toHaveLength(249);
    expect(new Set(COUNTRIES.map((country) => country.code)).size).toBe(249);
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(byCode.get("DE")).toMatchObject({ name: "Germany", eea: true, adequacy: false });
    expect(byCode.get("NO")).toMatchObject({ eea: true, adequacy: false });
    expect(byCode.get("CH")).toMatchObject({ eea: false, adequacy: true });
    expect(byCode.get("GB")).toMatchObject({ eea: false, adequacy: true });
    expect(byCode.get("US")?.adequacy).toBe(true);
    expect(byCode.get("US")?.adequacyNote).toContain("Data Privacy Framework");
    expect(byCode.get("CA")?.adequacyNote).toContain("PIPEDA");
    expect(byCode.get("CN")).toMatchObject({ eea: false, adequacy: false, adequacyNote: "" });
    // The 27 member states and Iceland, Liechtenstein and Norway; the rest are parts of member states.
    const states = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"];
    expect(states.every((code) => byCode.get(code)?.eea)).toBe(true);
    expect(COUNTRIES.filter((country) => country.eea).map((country) => country.code).sort()).toEqual(
      [...states, "AX", "GF", "GP", "MQ", "RE", "YT", "MF"].sort(),
    );
    expect(byCode.get("GL")?.eea).toBe(false);
    expect(COUNTRIES.filter((country) => country.adequacy)).toHaveLength(15);
  });

  it("is idempotent and restores changed flags", async () => {
    await upsertCountries(db);
    expect(await upsertCountries(db)).toBe(0);

    await db.country.update({ where: { code: "AQ" }, data: { adequacy: true, adequacyNote: "wrong" } });
    expect(await upsertCountries(db)).toBe(1);
    expect(await db.country.findUnique({ where: { code: "AQ" } })).toMatchObject({ adequacy: false, adequacyNote: "" });
  });
});
