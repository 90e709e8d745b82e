import { test, expect, login } from "./fixtures";

test.describe("sessions end on the server", () => {
  // Regression: signing out only deleted this browser's cookie; a copy of it
  // kept working, and /api/auth/session kept extending it, until the password changed.
  test("signing out ends the session: a copied session cookie no longer works", async ({ page, browser, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const user = await makeUser(organisation, "VIEWER");
    await login(page, user);
    const copied = await page.context().cookies();

    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto("/activities");
    await expect(stolen.getByRole("heading", { level: 1, name: /activities/i })).toBeVisible();

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/login/);

    await thief.clearCookies();
    await thief.addCookies(copied);
    expect(await (await stolen.request.get("/api/auth/session")).json()).toBeNull();
    await thief.clearCookies();
    await thief.addCookies(copied);
    await stolen.goto("/activities");
    await expect(stolen).toHaveURL(/\/login/);
    await thief.close();
  });

  test("signing out everywhere from the account page ends every session of the account", async ({ page, browser, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const user = await makeUser(organisation, "EDITOR");
    const otherContext = await browser.newContext();
    const otherPage = await otherContext.newPage();
    await login(otherPage, user);
    await login(page, user);
    const copied = await page.context().cookies();

    await page.goto("/account");
    await expect(page.getByText("You are signed in on 2 browsers, this one included.")).toBeVisible();
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/login/);

    await otherPage.goto("/activities");
    await expect(otherPage).toHaveURL(/\/login/);

    await page.context().addCookies(copied);
    await page.goto("/activities");
    await expect(page).toHaveURL(/\/login/);

    await login(otherPage, user);
    await expect(otherPage.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await otherContext.close();
  });
});
