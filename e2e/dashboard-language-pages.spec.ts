import { test, expect, login } from "./fixtures";
import ExcelJS from "exceljs";
import { de } from "../messages/de";
import { en } from "../messages/en";

// The parts of the dashboard whose text these pages show, by catalogue namespace.
const NAMESPACES = ["labels", "forms", "audit", "members", "catalogues", "organisation", "organisations", "recipients", "apiTokens", "apiReference", "webhooks", "register", "policies"] as const;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/**
 * The English texts that would betray an untranslated German page: whole
 * messages without ICU arguments or tags (those never appear verbatim), that
 * German words differently, and long enough not to be a word both share.
 */
function englishOnly(): string[] {
  const texts: string[] = [];
  for (const namespace of NAMESPACES) {
    const english = flatten(en[namespace] as unknown as Tree, `${namespace}.`);
    const german = flatten(de[namespace] as unknown as Tree, `${namespace}.`);
    for (const [key, text] of english) {
      if (/[{}<>]/.test(text) || text.trim().length < 8 || german.get(key) === text) continue;
      texts.push(text.trim());
    }
  }
  return [...new Set(texts)];
}

/**
 * Pages whose main area shows content in its own language by design: the
 * register's preview is in the register's language (chosen beside the
 * downloads), the API reference is the published OpenAPI document.
 */
const CONTENT_IN_ITS_OWN_LANGUAGE = new Set(["/register", "/settings/api/reference"]);

/**
 * English on German pages that is not the dashboard's text but the
 * organisation's records, which are kept in its default language (English
 * here): the default catalogue entries' names and descriptions ("Everyone",
 * "Contact persons at suppliers…", "Every processor is bound by an agreement
 * meeting Art. 28(3).", the measures "Encryption" and "Pseudonymisation"),
 * which happen to contain words of the messages.
 * Listed exactly, so that the test fails when more English appears and when
 * one of these is gone (then remove it here).
 */
const RECORD_DATA_IN_ENGLISH: Record<string, string[]> = {
  "/catalogues": ["Everyone", "security measure", "security measures", "recipient", "recipients", "Processor", "Processors", "Encryption", "Pseudonymisation", "Contact person", "Data processing agreement", "Art. 28(3)"],
};

const PAGES: { path: string; heading: string }[] = [
  { path: "/catalogues", heading: "Kataloge" },
  { path: "/catalogues/data-categories/new", heading: "Neue Datenkategorie" },
  { path: "/recipients", heading: "Empfänger & Auftragsverarbeiter" },
  { path: "/recipients/new", heading: "Neuer Empfänger" },
  { path: "/register", heading: "Verzeichnis" },
  { path: "/policies", heading: "Datenschutzerklärungen" },
  { path: "/policies/new", heading: "Neue Datenschutzerklärung" },
  { path: "/audit", heading: "Audit-Protokoll" },
  { path: "/settings", heading: "Einstellungen" },
  { path: "/settings/members", heading: "Mitglieder" },
  { path: "/settings/api", heading: "API" },
  { path: "/settings/api/reference", heading: "API-Referenz" },
  { path: "/settings/webhooks", heading: "Webhooks" },
  { path: "/organisations/new", heading: "Neue Organisation" },
];

test.describe("the dashboard in German", () => {
  test("shows catalogues, recipients, register, policies, audit log and settings in German", async ({ browser, makeOrganisation, makeUser }) => {
    test.setTimeout(120_000);
    const organisation = await makeOrganisation();
    const owner = await makeUser(organisation, "OWNER");
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await login(page, owner);
    // The account's choice, not the browser's, so that every page below is German.
    await page.goto("/account");
    await page.getByLabel("Dashboard language").selectOption({ label: "Deutsch" });
    await page.getByRole("button", { name: "Save language" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");

    const english = englishOnly();
    for (const { path, heading } of PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading, exact: true }), path).toBeVisible();
      if (CONTENT_IN_ITS_OWN_LANGUAGE.has(path)) continue;
      const main = await page.locator("main").innerText();
      const shown = english.filter((text) => main.includes(text));
      expect.soft(shown.filter((text) => !(RECORD_DATA_IN_ENGLISH[path] ?? []).includes(text)), `${path} shows English text`).toEqual([]);
      expect.soft((RECORD_DATA_IN_ENGLISH[path] ?? []).filter((text) => !shown.includes(text)), `${path} no longer shows these: remove them from RECORD_DATA_IN_ENGLISH`).toEqual([]);
    }

    // Labels of a form, and a validation message from lib/ in the reader's language.
    await page.goto("/catalogues/data-categories/new");
    await expect(page.getByLabel("Standard-Löschfrist")).toBeVisible();
    await page.getByRole("button", { name: "Datenkategorie hinzufügen" }).click();
    await expect(page.getByRole("alert").first()).toContainText("Feld");
    await context.close();
  });
});

test.describe("the activity form in German", () => {
  /** Whole English messages of the form (no ICU arguments) that German words differently. */
  function formEnglish(): string[] {
    const english = flatten(en.activityForm as unknown as Tree);
    const german = flatten(de.activityForm as unknown as Tree);
    return [...english].filter(([key, text]) => !/[{}<>]/.test(text) && text.trim().length >= 8 && german.get(key) !== text).map(([, text]) => text.trim());
  }

  test("shows the new and the edit page of an activity in German, with the schema's messages", async ({ browser, db, makeOrganisation, makeUser }) => {
    test.setTimeout(120_000);
    const organisation = await makeOrganisation();
    const owner = await makeUser(organisation, "OWNER");
    const activity = await db.processingActivity.create({
      data: { organisationId: organisation.id, reference: "HR-01", name: "Bewerbungen", status: "DRAFT" },
      select: { id: true },
    });
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await login(page, owner);
    await page.goto("/account");
    await page.getByLabel("Dashboard language").selectOption({ label: "Deutsch" });
    await page.getByRole("button", { name: "Save language" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    const english = formEnglish();
    const englishShown = async () => {
      const main = await page.locator("main").innerText();
      return english.filter((text) => main.includes(text));
    };

    await page.goto("/activities/new");
    await expect(page.getByRole("heading", { level: 1, name: "Neue Verarbeitungstätigkeit", exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: /Zwecke und Rechtsgrundlagen/ })).toBeVisible();
    // Open the parts of the form that appear only on an answer.
    await page.getByRole("radio", { name: "Gemeinsam Verantwortlicher" }).check();
    await page.getByRole("button", { name: "Zweck hinzufügen" }).click();
    await page.getByRole("button", { name: "Datenkategorie hinzufügen" }).click();
    await page.getByRole("radio", { name: "Es gibt Drittlandübermittlungen" }).check();
    await page.getByRole("group", { name: /Automatisierte Entscheidungsfindung/ }).getByRole("radio", { name: "Ja" }).check();
    expect.soft(await englishShown(), "/activities/new shows English text").toEqual([]);

    // The schema's messages, from lib/, in the reader's language.
    await page.getByRole("button", { name: "Verarbeitungstätigkeit anlegen" }).click();
    await expect(page.getByText("Einige Angaben müssen Sie prüfen. Sie sind unten markiert.")).toBeVisible();
    await expect(page.getByText("Geben Sie den Namen der Verarbeitungstätigkeit ein.")).toBeVisible();
    await expect(page.getByText("Beschreiben Sie den Zweck oder entfernen Sie ihn.")).toBeVisible();
    expect.soft(await englishShown(), "/activities/new shows English messages").toEqual([]);

    await page.goto(`/activities/${activity.id}/edit`);
    await expect(page.getByRole("heading", { level: 1, name: "Bewerbungen bearbeiten", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Änderungen speichern" })).toBeVisible();
    expect.soft(await englishShown(), "the edit page shows English text").toEqual([]);
    await context.close();
  });
});


test.describe("the import and the languages settings in German", () => {
  // The literal parts of a namespace's English messages (placeholders and tags cut out) that German words differently.
  const englishParts = (namespaces: ("registerImport" | "translationMessages")[]) =>
    namespaces.flatMap((namespace) => {
      const german = flatten(de[namespace] as unknown as Tree);
      return [...flatten(en[namespace] as unknown as Tree)]
        .filter(([key, text]) => german.get(key) !== text)
        .flatMap(([, text]) => text.split(/\{[^{}]*(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}[^{}]*)*\}|<\/?\w+>/))
        .map((part) => part.trim())
        .filter((part) => part.length >= 8);
    });

  test("upload, preview with row problems, refusals and the languages' messages read in German", async ({ browser, makeOrganisation, makeUser, db }) => {
    test.setTimeout(120_000);
    const organisation = await makeOrganisation();
    await db.dataCategory.create({ data: { organisationId: organisation.id, name: "Licence plates" } });
    const owner = await makeUser(organisation, "OWNER");
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await login(page, owner);
    await page.goto("/account");
    await page.getByLabel("Dashboard language").selectOption({ label: "Deutsch" });
    await page.getByRole("button", { name: "Save language" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    const english = englishParts(["registerImport", "translationMessages"]);
    const expectNoEnglish = async (where: string) => {
      const main = await page.locator("main").innerText();
      expect.soft(english.filter((text) => main.includes(text)), `${where} shows English text`).toEqual([]);
    };

    await page.goto("/register/import");
    await expect(page.getByRole("heading", { level: 1, name: "Verzeichnis importieren" })).toBeVisible();
    await expectNoEnglish("/register/import");

    // A wrong type is refused in German on the file field.
    await page.getByLabel("Verzeichnisdatei").setInputFiles({ name: "register.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
    await page.getByRole("button", { name: "Hochladen und Vorschau anzeigen" }).click();
    await expect(page.getByText(/^Wählen Sie eine Excel-Arbeitsmappe \(\.xlsx\), eine CSV-Datei/)).toBeVisible();

    // A file with a row error and a missing catalogue entry: the preview, its row problems and its counts in German.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Register");
    sheet.addRow(["Reference", "Name of processing activity", "Purpose of processing", "Article 6 lawful basis for processing personal data", "Categories of individuals", "Categories of personal data", "Owner's notes"]);
    sheet.addRow(["HR-01", "Payroll", "Paying salaries", "Art. 6(1)(b)", "Employees", "Payroll records", ""]);
    sheet.addRow(["HR-02", "Staff parties", "Inviting staff", "Art. 6(1)(q)", "Employees", "Licence plates", ""]);
    await page.getByLabel("Verzeichnisdatei").setInputFiles({ name: "register.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await book.xlsx.writeBuffer()) });
    await page.getByRole("button", { name: "Hochladen und Vorschau anzeigen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vorschau: register.xlsx" })).toBeVisible();
    await expect(page.getByText("1 Zeile mit Fehlern")).toBeVisible();
    await expect(page.getByText("„Art. 6(1)(q)“ ist keine Rechtsgrundlage in Ihrem Katalog", { exact: false })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Anzulegende Katalogeinträge" })).toBeVisible();
    await expect(page.getByRole("button", { name: "1 Verarbeitungstätigkeit importieren" })).toBeDisabled();
    await expectNoEnglish("the import's preview");

    // The languages setting: saved, then a new default refused while a text lacks its translation.
    await page.goto("/settings/languages");
    await page.getByRole("checkbox", { name: /Französisch/ }).check();
    await page.getByRole("button", { name: "Sprachen speichern" }).click();
    await expect(page.getByText("Die Sprachen wurden gespeichert.")).toBeVisible();
    await page.getByRole("radio", { name: /Französisch/ }).check();
    await page.getByRole("button", { name: "Sprachen speichern" }).click();
    await expect(page.getByText(/^\d+ Texte? (hat|haben) keine Übersetzung in die neue Standardsprache/)).toBeVisible();
    await expectNoEnglish("/settings/languages");
    await context.close();
  });
});

test.describe("activities and their history in German", () => {
  /** The English messages of the activity views and of how audit events read, as `englishOnly` picks them. */
  function englishOf(namespaces: readonly ("activityRecord" | "auditPresent")[]): string[] {
    return namespaces.flatMap((namespace) => {
      const german = flatten(de[namespace] as unknown as Tree);
      return [...flatten(en[namespace] as unknown as Tree)]
        .filter(([key, text]) => !/[{}<>]/.test(text) && text.trim().length >= 8 && german.get(key) !== text)
        .map(([, text]) => text.trim());
    });
  }

  test("shows the list, a record, its History tab and the audit log in German", async ({ browser, db, makeOrganisation, makeUser }) => {
    test.setTimeout(120_000);
    const organisation = await makeOrganisation();
    const owner = await makeUser(organisation, "OWNER");
    const activity = await db.processingActivity.create({
      data: {
        organisationId: organisation.id,
        reference: "DE-1",
        name: "Newsletter",
        status: "ACTIVE",
        version: 2,
        purposes: { create: { description: "Send the newsletter" } },
        transfers: { create: { countryCode: "IN" } },
      },
    });
    const base = { organisationId: organisation.id, actorEmail: owner.email, entityType: "ProcessingActivity", entityId: activity.id };
    await db.auditEvent.create({ data: { ...base, action: "CREATE", after: { reference: "DE-1", name: "Newsletter", status: "DRAFT", transfersNone: false, version: 1 } } });
    await db.auditEvent.create({ data: { ...base, action: "UPDATE", before: { status: "DRAFT", version: 1 }, after: { status: "ACTIVE", version: 2 } } });

    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    // The sign-in page is German too here: the fixture's login reads English labels.
    await page.goto("/login");
    await page.getByLabel("E-Mail-Adresse").fill(owner.email);
    await page.getByLabel("Passwort").fill(owner.password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible({ timeout: 30_000 });
    const english = englishOf(["activityRecord", "auditPresent"]);
    const expectNoEnglish = async (path: string) => {
      const main = await page.locator("main").innerText();
      expect.soft(english.filter((text) => main.includes(text)), `${path} shows English text`).toEqual([]);
    };

    await page.goto("/activities");
    await expect(page.getByRole("heading", { level: 1, name: "Verarbeitungstätigkeiten" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Nächste Überprüfung" })).toBeVisible();
    await page.getByRole("checkbox", { name: "Newsletter (DE-1) auswählen" }).check();
    await page.getByRole("button", { name: "Status ändern" }).click();
    await expect(page.getByRole("dialog", { name: "Status von 1 Verarbeitungstätigkeit ändern" })).toBeVisible();
    await expectNoEnglish("/activities");
    await page.keyboard.press("Escape");

    await page.goto(`/activities/${activity.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Newsletter" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /Zwecke und Rechtsgrundlagen/ })).toBeVisible();
    await expect(page.getByText("Für diesen Zweck ist keine Rechtsgrundlage erfasst (Art. 6 Abs. 1).")).toBeVisible();
    await expect(page.getByText("Keine Garantie erfasst und kein Angemessenheitsbeschluss für Indien", { exact: false })).toBeVisible();
    await expectNoEnglish(`/activities/${activity.id}`);

    await page.goto(`/activities/${activity.id}/history`);
    const events = page.getByRole("list", { name: "Verlauf von DE-1 Newsletter" }).getByRole("article");
    await expect(events.first().getByRole("heading")).toContainText("Geändert");
    await expect(events.first()).toContainText("Entwurf");
    await expect(events.first()).toContainText("Aktiv");
    await expect(events.nth(1)).toContainText("Keine Drittlandübermittlungen");
    await expectNoEnglish(`/activities/${activity.id}/history`);

    await page.goto("/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Audit-Protokoll" })).toBeVisible();
    await expect(page.getByLabel("Datensatzart").locator("option", { hasText: "Verarbeitungstätigkeit" })).toHaveCount(1);
    await expectNoEnglish("/audit");
    await context.close();
  });
});
