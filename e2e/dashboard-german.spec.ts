/**
 * A walk through the translated dashboard in German (the browser asks for
 * German): German headings and labels, and none of the English texts of
 * those parts left on the page.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

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
