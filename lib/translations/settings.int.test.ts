import type { Role } from "@prisma/client";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import type { Actor } from "@/lib/mutations/actor";
import { saveTranslations } from "./mutations";
import { updateLanguageSettings } from "./settings";
import { sourceHash } from "./hash";
import { inEnglish } from "@/lib/i18n/english";

const db = createDb(process.env.DATABASE_URL!);

async function makeOrganisation(languages: string[]) {
  const id = crypto.randomUUID();
  const organisation = await db.organisation.create({ data: { slug: `ls-${id}`, legalName: `Languages ${id}`, languages }, select: { id: true, version: true } });
  const actor = async (role: Role): Promise<Actor> => {
    const email = `${role.toLowerCase()}-${crypto.randomUUID()}@ls.example`;
    const user = await db.user.create({ data: { email, name: email, passwordHash: "x", memberships: { create: { organisationId: organisation.id, role } } } });
    return { user: { id: user.id, email }, organisation: { id: organisation.id }, role };
  };
  return { organisationId: organisation.id, dpo: await actor("DPO"), editor: await actor("EDITOR") };
}

const version = async (organisationId: string) => (await db.organisation.findUniqueOrThrow({ where: { id: organisationId } })).version;

afterAll(async () => {
  await db.$disconnect();
});

describe("the organisation's languages", () => {
  it("adds and removes languages with an audit event; a removed language's translations stay and come back", async () => {
    const { organisationId, dpo } = await makeOrganisation(["en"]);
    const category = await db.dataCategory.create({ data: { organisationId, name: "Licence plates" } });
    expect(await updateLanguageSettings(dpo, { languages: ["en", "de", "fr"], defaultLanguage: "en", version: String(await version(organisationId)) })).toMatchObject({ ok: true });
    expect(await saveTranslations(dpo, [{ entity: "dataCategory", id: category.id, field: "name", language: "fr", value: "Plaques d'immatriculation" }])).toMatchObject({ ok: true });
    expect(await updateLanguageSettings(dpo, { languages: ["en", "de"], defaultLanguage: "en", version: String(await version(organisationId)) })).toMatchObject({ ok: true });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: organisationId } })).languages).toEqual(["en", "de"]);
    expect(await db.translation.count({ where: { organisationId, language: "fr" } })).toBe(1);
    const events = await db.auditEvent.findMany({ where: { organisationId, entityType: "Organisation" }, orderBy: { createdAt: "asc" } });
    expect(events.at(-1)?.after).toMatchObject({ languages: ["en", "de"], defaultLanguage: "en" });
  });

  it("refuses a stale version, a default that is not chosen and anyone below a DPO", async () => {
    const { organisationId, dpo, editor } = await makeOrganisation(["en", "de"]);
    const opened = String(await version(organisationId));
    expect(await updateLanguageSettings(dpo, { languages: ["en", "de", "fr"], defaultLanguage: "en", version: opened })).toMatchObject({ ok: true });
    const stale = await updateLanguageSettings(dpo, { languages: ["en"], defaultLanguage: "en", version: opened });
    expect(stale).toMatchObject({ ok: false, kind: "conflict" });
    const notChosen = await updateLanguageSettings(dpo, { languages: ["en"], defaultLanguage: "de", version: String(await version(organisationId)) });
    expect(inEnglish(notChosen.fieldErrors?.defaultLanguage ?? "")).toMatch(/must be one of the chosen/);
    expect(await updateLanguageSettings(editor, { languages: ["en"], defaultLanguage: "en", version: "1" })).toMatchObject({ ok: false, kind: "refused" });
  });

  it("refuses a new default while texts lack a translation into it, naming how many, and changes nothing", async () => {
    const { organisationId, dpo } = await makeOrganisation(["en", "de"]);
    const category = await db.dataCategory.create({ data: { organisationId, name: "Licence plates", description: "Vehicle numbers" } });
    await saveTranslations(dpo, [{ entity: "dataCategory", id: category.id, field: "name", language: "de", value: "Kfz-Kennzeichen" }]);
    const before = await version(organisationId);
    const result = await updateLanguageSettings(dpo, { languages: ["en", "de"], defaultLanguage: "de", version: String(before) });
    expect(result).toMatchObject({ ok: false, kind: "invalid", lacking: 1, lackingLanguage: "de" });
    expect(inEnglish(result.formError ?? "")).toMatch(/^1 text has no translation into the new default language/);
    expect(await version(organisationId)).toBe(before);
    expect((await db.dataCategory.findUniqueOrThrow({ where: { id: category.id } })).name).toBe("Licence plates");
  });

  it("changing the default swaps every text: the new default's translations become the records, the old texts translations, other languages stay current", async () => {
    const { organisationId, dpo } = await makeOrganisation(["en", "de", "fr"]);
    const category = await db.dataCategory.create({ data: { organisationId, name: "Licence plates", description: "Vehicle numbers" } });
    const recipient = await db.recipient.create({ data: { organisationId, name: "Acme Cloud GmbH", services: "Hosting", kind: "PROCESSOR" } });
    await saveTranslations(dpo, [
      { entity: "dataCategory", id: category.id, field: "name", language: "de", value: "Kfz-Kennzeichen" },
      { entity: "dataCategory", id: category.id, field: "description", language: "de", value: "Fahrzeugnummern" },
      { entity: "dataCategory", id: category.id, field: "name", language: "fr", value: "Plaques d'immatriculation" },
      { entity: "recipient", id: recipient.id, field: "services", language: "de", value: "Betrieb der Server" },
    ]);
    const categoryVersion = category.version;
    const result = await updateLanguageSettings(dpo, { languages: ["en", "de", "fr"], defaultLanguage: "de", version: String(await version(organisationId)) });
    expect(result).toMatchObject({ ok: true, swapped: 3 });
    const after = await db.dataCategory.findUniqueOrThrow({ where: { id: category.id } });
    expect(after).toMatchObject({ name: "Kfz-Kennzeichen", description: "Fahrzeugnummern" });
    expect(after.version).toBeGreaterThan(categoryVersion);
    // A name without a translation (the recipient's) stays as written.
    expect(await db.recipient.findUniqueOrThrow({ where: { id: recipient.id } })).toMatchObject({ name: "Acme Cloud GmbH", services: "Betrieb der Server" });
    const rows = await db.translation.findMany({ where: { organisationId }, orderBy: [{ language: "asc" }, { field: "asc" }] });
    expect(rows.filter((r) => r.language === "de")).toEqual([]);
    const english = rows.filter((r) => r.language === "en");
    expect(english.map((r) => [r.entityId, r.field, r.value])).toEqual(
      expect.arrayContaining([
        [category.id, "name", "Licence plates"],
        [category.id, "description", "Vehicle numbers"],
        [recipient.id, "services", "Hosting"],
      ]),
    );
    expect(english.every((r) => r.sourceHash === sourceHash(r.field === "name" ? "Kfz-Kennzeichen" : r.field === "description" ? "Fahrzeugnummern" : "Betrieb der Server"))).toBe(true);
    const french = rows.find((r) => r.language === "fr")!;
    expect(french.sourceHash).toBe(sourceHash("Kfz-Kennzeichen"));
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    expect(organisation).toMatchObject({ defaultLanguage: "de", languages: ["de", "en", "fr"] });
    const event = await db.auditEvent.findFirst({ where: { organisationId, entityType: "Organisation" }, orderBy: { createdAt: "desc" } });
    expect(event?.after).toMatchObject({ defaultLanguage: "de", textsMovedToNewDefault: 3 });
  });
});
