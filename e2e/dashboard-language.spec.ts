import { test, expect, login } from "./fixtures";

test.describe("the dashboard language", () => {
  test("follows the browser until the user chooses one on the account page", async ({ browser, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const user = await makeUser(organisation, "VIEWER");
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await login(page, user);

    await page.goto("/account");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const choice = page.getByLabel("Dashboard language");
    await expect(choice).toHaveValue("");
    await choice.selectOption({ label: "Deutsch" });
    await page.getByRole("button", { name: "Save language" }).click();

    await expect(page.getByRole("status")).toHaveText("Die Sprache des Dashboards wurde gespeichert.");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 2, name: "Sprache" })).toBeVisible();

    // The choice belongs to the account: it holds after a reload, whatever the browser says.
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    const saved = page.getByLabel("Sprache des Dashboards");
    await expect(saved).toHaveValue("de");

    await saved.selectOption({ label: "Wie mein Browser (derzeit English)" });
    await page.getByRole("button", { name: "Sprache speichern" }).click();
    await expect(page.getByRole("status")).toHaveText("The dashboard language was saved.");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("is the browser's language for a visitor who chose none", async ({ browser }) => {
    const german = await browser.newContext({ locale: "de-AT" });
    const page = await german.newPage();
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await german.close();

    const french = await browser.newContext({ locale: "fr-FR" });
    const other = await french.newPage();
    await other.goto("/login");
    await expect(other.locator("html")).toHaveAttribute("lang", "en");
    await french.close();
  });
});
