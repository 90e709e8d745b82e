/**
 * A walk through the translated dashboard in German (the browser asks for
 * German): German headings and labels, and none of the English texts of
 * those parts left on the page.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { policyWithActivity } from "./policy-setup";

const NAMESPACES = ["common", "shell", "auth", "account", "errors", "dashboard", "ui", "dataTable", "records"];

type Tree = { [key: string]: string | Tree };
const read = (locale: string, namespace: string): Tree => JSON.parse(readFileSync(path.join(__dirname, "..", "messages", locale, `${namespace}.json`), "utf8"));

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

/**
 * The English texts to look for: each message's literal parts (placeholders
 * and tags cut out) that are long enough to be telling, when the German
 * message differs.
 */
const englishTexts = NAMESPACES.flatMap((namespace) => {
  const german = new Map(leaves(read("de", namespace)));
  return leaves(read("en", namespace))
    .filter(([key, english]) => german.get(key) !== english)
    .flatMap(([, english]) => english.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 8 || /^[A-Z][a-z]+( [a-z]+)+$/.test(part));
});

async function expectNoEnglish(page: Page) {
  const text = await page.locator("body").innerText();
  // Whole words only: "Dashboard" is also part of the German "Dashboards".
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const left = [...new Set(englishTexts.filter((english) => new RegExp(`(?<!\\p{L})${escape(english)}(?!\\p{L})`, "u").test(text)))];
  expect(left, `English text on ${page.url()}`).toEqual([]);
}

test("the dashboard in German: sign-in, overview, account and error pages", async ({ browser, makeOrganisation, makeUser }) => {
  const organisation = await makeOrganisation();
  const user = await makeUser(organisation, "OWNER");
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();

  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByLabel("Passwort").fill("not-the-password");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText("E-Mail-Adresse oder Passwort ist nicht korrekt.")).toBeVisible();
  await expectNoEnglish(page);

  await page.getByLabel("Passwort").fill(user.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  // A sign-in right after a failed one is slowed down on purpose (lib/auth/login-limit.ts).
  await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible({ timeout: 30_000 });
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(nav.getByRole("link", { name: "Verarbeitungstätigkeiten" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Empfänger & Auftragsverarbeiter" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Verarbeitungstätigkeiten" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Zu prüfende Auftragsverarbeitungsverträge" })).toBeVisible();
  await expectNoEnglish(page);

  await expect(page.getByRole("link", { name: "Konto und Passwort" })).toHaveAttribute("href", "/account");
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Ihr Konto" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Passwort ändern" })).toBeVisible();
  await expect(page.getByLabel("Aktuelles Passwort")).toBeVisible();
  await expect(page.getByLabel("Sprache des Dashboards")).toBeVisible();
  await page.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(page.getByText("Geben Sie Ihr aktuelles Passwort ein.")).toBeVisible();
  await expectNoEnglish(page);

  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  await expectNoEnglish(page);

  await page.goto("/activities/no-such-activity");
  await expect(page.getByRole("heading", { level: 1, name: "Nicht gefunden" })).toBeVisible();
  await expectNoEnglish(page);
  await context.close();
});

test("a policy in German: its editor and findings, the publish page with its messages, and the published versions", async ({ browser, db, makeOrganisation, makeUser }) => {
  test.setTimeout(120_000);
  const organisation = await makeOrganisation();
  const user = await makeUser(organisation, "DPO");
  const { policyId } = await policyWithActivity(db, organisation);
  // No DPO's contact: one warning to confirm, shown in German.
  await db.organisation.update({ where: { id: organisation.id }, data: { dpoName: "", dpoEmail: "", dpoPhone: "", dpoAddress: "" } });
  const englishOfPolicies = ["policies", "policyEditor"].flatMap((namespace) => {
    const german = new Map(leaves(read("de", namespace)));
    return leaves(read("en", namespace))
      .filter(([key, english]) => german.get(key) !== english)
      .flatMap(([, english]) => english.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/))
      .map((part) => part.trim())
      .filter((part) => part.length >= 12);
  });
  const expectNoEnglishOfPolicies = async (page: Page) => {
    // The editor's preview is the policy itself, in the policy's language (here English).
    const preview = page.locator('section[aria-labelledby="preview-heading"]');
    const text = (await page.locator("main").innerText()).replace((await preview.count()) ? await preview.innerText() : "", "");
    expect([...new Set(englishOfPolicies.filter((english) => text.includes(english)))], `English text on ${page.url()}`).toEqual([]);
  };
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByLabel("Passwort").fill(user.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible({ timeout: 30_000 });

  await page.goto(`/policies/${policyId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Privacy Policy for the Website" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Prüfung nach Art. 13/14" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Abschnitte, in der Reihenfolge, in der Leser sie sehen" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Es sind keine Kontaktdaten des Datenschutzbeauftragten erfasst/ })).toBeVisible();
  await expect(page.getByText("Art. 13 Abs. 1 lit. b, 14 Abs. 1 lit. b DSGVO")).toBeVisible();
  await expect(page.getByRole("button", { name: "Entwurf speichern" })).toBeVisible();
  await expectNoEnglishOfPolicies(page);

  await page.goto(`/policies/${policyId}/publish`);
  await expect(page.getByRole("heading", { level: 1, name: "Neue Version veröffentlichen" })).toBeVisible();
  await page.getByRole("button", { name: "Version veröffentlichen" }).click();
  await expect(page.getByText(/^Beschreiben Sie, was sich in dieser Version geändert hat/)).toBeVisible();
  await page.getByLabel("Was sich in dieser Version geändert hat").fill("Erste Version");
  await page.getByRole("button", { name: "Version veröffentlichen" }).click();
  await expect(page.getByText(/^Bestätigen Sie vor dem Veröffentlichen, dass Sie diese Warnung geprüft haben: „Es sind keine Kontaktdaten/)).toBeVisible();
  await expectNoEnglishOfPolicies(page);
  await page.getByRole("checkbox", { name: /^Geprüft: Es sind keine Kontaktdaten/ }).check();
  await page.getByRole("button", { name: "Version veröffentlichen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Veröffentlichte Versionen" })).toBeVisible();
  await expect(page.getByText("Version 1 wurde veröffentlicht.")).toBeVisible();
  await expect(page.getByText("Hinweise bei der Veröffentlichung: 1 Warnung")).toBeVisible();
  await expectNoEnglishOfPolicies(page);
  await context.close();
});
