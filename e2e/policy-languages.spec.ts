/**
 * One policy in English and German: the editor lists what the German version
 * still lacks and fills it in place, both languages are published as one
 * version, and each is served at its own address with hreflang alternates, a
 * language switcher, its own archive and comparison, and no English left on
 * the German page.
 */
import type { Page } from "@playwright/test";
import { sourceHash } from "../lib/translations/hash";
import { englishLeftOn } from "../test/support/english-scan";
import { test, expect, login } from "./fixtures";

async function publish(page: Page, policyId: string, summary: string, number: number) {
  await page.goto(`/policies/${policyId}/publish`);
  await page.getByLabel("What changed in this version").fill(summary);
  for (const warning of await page.getByRole("checkbox", { name: /^I have considered:/ }).all()) await warning.check();
  await page.getByRole("button", { name: "Publish version" }).click();
  await expect(page.getByText(`Version ${number} was published`)).toBeVisible();
}

test("publish a policy in English and German after filling a missing translation in place, and read the German version", async ({ page, db, makeOrganisation, makeUser }) => {
  test.slow(); // Two publications of two languages each.
  const organisation = await makeOrganisation("Sprachen GmbH");
  await db.organisation.update({
    where: { id: organisation.id },
    data: { address: "Hauptstraße 1, 50667 Köln", email: "privacy@e2e.example", supervisoryAuthorityName: "LDI NRW", languages: ["en", "de"] },
  });
  const basis = await db.legalBasis.findFirstOrThrow({ where: { organisationId: organisation.id, citation: "Art. 6(1)(b) GDPR" } });
  const category = await db.dataCategory.findFirstOrThrow({ where: { organisationId: organisation.id, name: "Identification data" } });
  const activity = await db.processingActivity.create({
    data: {
      organisationId: organisation.id,
      reference: "NL-01",
      name: "Newsletter",
      publicTitle: "Newsletter delivery",
      publicDescription: "We send our newsletter to people who asked for it.",
      status: "ACTIVE",
      provisionRequirement: "CONTRACT_PREREQUISITE",
      recipientsNone: true,
      transfersNone: true,
      purposes: { create: { description: "Sending the monthly newsletter", legalBases: { create: { legalBasisId: basis.id } } } },
      dataCategories: { create: { dataCategoryId: category.id, details: "Your e-mail address and the topics you chose", retention: "Until you unsubscribe" } },
    },
    select: { id: true, dataCategories: { select: { id: true } } },
  });
  // Everything but the purpose is translated already (as the translations view would have done);
  // the default catalogue entry comes with its German name.
  const translated: [string, string, string, string, string][] = [
    ["activity", activity.id, "publicTitle", "Newsletter delivery", "Versand des Newsletters"],
    ["activity", activity.id, "publicDescription", "We send our newsletter to people who asked for it.", "Wir senden unseren Newsletter an Personen, die ihn bestellt haben."],
    ["activityDataCategory", activity.dataCategories[0].id, "details", "Your e-mail address and the topics you chose", "Ihre E-Mail-Adresse und die gewählten Themen"],
    ["activityDataCategory", activity.dataCategories[0].id, "retention", "Until you unsubscribe", "Bis zur Abmeldung"],
  ];
  await db.translation.createMany({
    data: translated.map(([entityType, entityId, field, source, value]) => ({ organisationId: organisation.id, entityType, entityId, field, language: "de", value, sourceHash: sourceHash(source) })),
  });
  const policy = await db.policy.create({
    data: {
      organisationId: organisation.id,
      slug: "website",
      title: "Newsletter privacy notice",
      titles: { de: "Datenschutzhinweise zum Newsletter" },
      languages: ["en", "de"],
      sections: [{ type: "controller" }, { type: "activity", activityId: activity.id }, { type: "rights" }],
    },
    select: { id: true },
  });

  await login(page, await makeUser(organisation, "DPO"));
  await page.goto(`/policies/${policy.id}`);
  await expect(page.getByRole("checkbox", { name: "English" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "German" })).toBeChecked();
  await expect(page.getByLabel("Title in German")).toHaveValue("Datenschutzhinweise zum Newsletter");
  const findings = page.getByRole("region", { name: "Art. 13/14 check" });
  await expect(findings.getByRole("link", { name: /The German version would show “Sending the monthly newsletter”/ })).toBeVisible();

  const gaps = page.getByRole("region", { name: "Translations this policy needs" });
  const field = gaps.getByLabel(/Missing in German: Sending the monthly newsletter/);
  await field.fill("Versand des monatlichen Newsletters");
  await gaps.getByRole("button", { name: "Save German translation" }).click();
  await expect(gaps).toHaveCount(0);
  await expect(findings.getByRole("link", { name: /The German version would show/ })).toHaveCount(0);
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("button", { name: "German" }).click();
  await expect(preview).toContainText("Versand des monatlichen Newsletters");
  await expect(preview).toContainText("Art. 6 Abs. 1 lit. b DSGVO");

  await publish(page, policy.id, "First version.", 1);
  expect(await db.policyVersion.findMany({ where: { policyId: policy.id }, select: { number: true, language: true }, orderBy: { language: "asc" } })).toEqual([
    { number: 1, language: "de" },
    { number: 1, language: "en" },
  ]);

  const base = `/p/${organisation.slug}/website`;
  await page.goto(`${base}/de`);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1, name: "Datenschutzhinweise zum Newsletter" })).toBeVisible();
  for (const [hreflang, path] of [["en", `${base}/en`], ["de", `${base}/de`], ["x-default", base]]) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveAttribute("href", new RegExp(`${path.replace(/[/.]/g, "\\$&")}$`));
  }
  const switcher = page.getByRole("navigation", { name: "Sprache" });
  await expect(switcher.getByRole("link", { name: "Deutsch" })).toHaveAttribute("aria-current", "true");
  const english = switcher.getByRole("link", { name: "English" });
  await expect(english).toHaveAttribute("lang", "en");
  // Keyboard: the switcher's links are reached and followed without a mouse.
  await english.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${base}/en$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Newsletter privacy notice" })).toBeVisible();

  const [enHtml, deHtml] = await Promise.all([page.request.get(base).then((r) => r.text()), page.request.get(`${base}/de`).then((r) => r.text())]);
  expect(englishLeftOn(enHtml, deHtml, "de", { properNames: ["Sprachen GmbH", "LDI NRW", "Hauptstraße Köln", "privacy@e2e.example"], shared: ["Newsletter"] })).toEqual([]);

  // A second version, in both languages, for the German archive and comparison.
  await db.translation.updateMany({ where: { organisationId: organisation.id, entityId: activity.dataCategories[0].id, field: "retention", language: "de" }, data: { value: "Bis zu Ihrer Abmeldung" } });
  await publish(page, policy.id, "Retention worded more clearly in German.", 2);
  await page.goto(`${base}/de/versions`);
  await expect(page.getByRole("table")).toContainText("Versionsverlauf");
  await expect(page.getByRole("link", { name: "Version 2" })).toHaveAttribute("href", `${base}/de/v/2`);
  await page.goto(`${base}/de/compare?from=1&to=2`);
  await expect(page.getByText("Änderungen von Version 1 zu Version 2")).toBeVisible();
  await expect(page.locator(".redline ins")).toContainText(["Ihrer"]);
  await expect(page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "English" })).toHaveAttribute("href", `${base}/en/compare?from=1&to=2`);
});
