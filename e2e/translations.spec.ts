import { readFile } from "node:fs/promises";
import { test, expect, login } from "./fixtures";

test.describe("translations", () => {
  test("an editor filters, translates in place, downloads the XLIFF file and uploads it translated", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await db.organisation.update({ where: { id: organisation.id }, data: { languages: ["en", "de"] } });
    const category = await db.dataCategory.create({ data: { organisationId: organisation.id, name: "Licence plates", description: "Numbers of vehicles & trailers" } });
    await login(page, await makeUser(organisation, "EDITOR"));

    await page.goto("/translations?kind=dataCategory&q=Licence");
    await expect(page.getByRole("heading", { name: "Translations", level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "German" })).toHaveAttribute("aria-current", "page");
    await page.getByRole("combobox", { name: "State" }).selectOption("missing");
    await expect(page).toHaveURL(/state=missing/);
    const name = page.getByLabel("Translation into German: Name of Licence plates");
    await expect(name).toBeVisible();

    await name.fill("Kfz-Kennzeichen");
    await page.getByRole("row").filter({ has: name }).getByRole("button", { name: "Save" }).click();
    await expect.poll(async () => (await db.translation.findFirst({ where: { organisationId: organisation.id, entityId: category.id, field: "name" } }))?.value).toBe("Kfz-Kennzeichen");
    await page.getByRole("combobox", { name: "State" }).selectOption("translated");
    await expect(page.getByLabel("Translation into German: Name of Licence plates")).toHaveValue("Kfz-Kennzeichen");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Download missing and outdated/ }).click()]);
    const xml = await readFile((await download.path())!, "utf8");
    expect(xml).toContain(`<unit id="dataCategory:${category.id}:description">`);
    expect(xml).not.toContain(`<unit id="dataCategory:${category.id}:name">`);
    const translated = xml.replace(/(<unit id="dataCategory:[^"]+:description">[\s\S]*?<target>)(<\/target>)/, "$1Nummern von Fahrzeugen &amp; Anhängern$2");

    await page.getByLabel("Translated XLIFF file (German)").setInputFiles({ name: "de.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(translated) });
    await page.getByRole("button", { name: "Check file" }).click();
    await expect(page.getByText("Checked de.xlf: nothing was changed yet.")).toBeVisible();
    await expect(page.getByText(/^1 translation to add or change/)).toBeVisible();
    await page.getByRole("button", { name: "Import 1 translation" }).click();
    await expect(page.getByText("Imported de.xlf.")).toBeVisible();
    await expect
      .poll(async () => (await db.translation.findFirst({ where: { organisationId: organisation.id, entityId: category.id, field: "description" } }))?.value)
      .toBe("Nummern von Fahrzeugen & Anhängern");
  });

  test("a viewer reads the translations without editing them", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await db.organisation.update({ where: { id: organisation.id }, data: { languages: ["en", "fr"] } });
    await db.dataCategory.create({ data: { organisationId: organisation.id, name: "Licence plates" } });
    await login(page, await makeUser(organisation, "VIEWER"));
    await page.goto("/translations?q=Licence");
    await expect(page.getByRole("cell", { name: "Licence plates", exact: true })).toBeVisible();
    await expect(page.getByRole("textbox", { name: /Translation into French/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Check file" })).toHaveCount(0);
  });

  test("the default language cannot change while texts lack a translation into it; the refusal links to them", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await db.dataCategory.create({ data: { organisationId: organisation.id, name: "Licence plates" } });
    await login(page, await makeUser(organisation, "DPO"));
    await page.goto("/settings/languages");
    await expect(page.getByText("Removing a language keeps its translations stored")).toBeVisible();
    await page.getByRole("checkbox", { name: /French/ }).check();
    await page.getByRole("button", { name: "Save languages" }).click();
    await expect(page.getByText("The languages were saved.")).toBeVisible();
    expect((await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).languages).toEqual(["en", "fr"]);

    await page.getByRole("radio", { name: "French" }).check();
    await page.getByRole("button", { name: "Save languages" }).click();
    await expect(page.getByText(/(text has|texts have) no translation into the new default language/)).toBeVisible();
    await expect(page.getByRole("radio", { name: "French" })).toBeChecked();
    await page.getByRole("link", { name: /without a translation/ }).click();
    await expect(page).toHaveURL(/\/translations\?lang=fr&state=missing/);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).defaultLanguage).toBe("en");
  });
});
