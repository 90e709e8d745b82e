import type { Page } from "@playwright/test";
import { test, expect, login } from "./fixtures";

// Waits for the server action's answer and for React to reset the form after
// it (which empties the password), so the next attempt's typing is not lost.
async function submit(page: Page) {
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/login"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  await expect(page.getByLabel("Password")).toHaveValue("");
}

test.describe("signing in and out", () => {
  test("a member signs in, sees the dashboard, and signs out", async ({ page, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation("Login Test GmbH");
    const user = await makeUser(organisation, "EDITOR");
    await login(page, user);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(page.getByText("Login Test GmbH").first()).toBeVisible();

    await page.getByRole("button", { name: /sign out/i }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/activities");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a wrong password gets one generic message and keeps the e-mail", async ({ page, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const user = await makeUser(organisation, "VIEWER");
    await page.goto("/login");
    await page.getByLabel("E-mail address").fill(user.email);
    await page.getByLabel("Password").fill("not-the-password");
    await submit(page);
    await expect(page.getByText("The e-mail address or password is not correct.")).toBeVisible();
    await expect(page.getByLabel("E-mail address")).toHaveValue(user.email);

    // An unknown account gets exactly the same message.
    await page.getByLabel("E-mail address").fill(`nobody-${crypto.randomUUID().slice(0, 8)}@e2e.example`);
    await page.getByLabel("Password").fill("whatever-it-is");
    await submit(page);
    await expect(page.getByText("The e-mail address or password is not correct.")).toBeVisible();
  });

  test("an empty form is explained field by field", async ({ page }) => {
    await page.goto("/login");
    await submit(page);
    await expect(page.getByText("Enter your e-mail address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expect(page.getByLabel("E-mail address")).toHaveAttribute("aria-describedby", "email-error");
  });

  test("repeated failures from one address lock the account there with a clear message, even for the right password", async ({ page, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const user = await makeUser(organisation, "VIEWER");
    await page.goto("/login");
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.getByLabel("E-mail address").fill(user.email);
      await page.getByLabel("Password").fill(`wrong-${attempt}`);
      await submit(page);
      await expect(page.getByText("The e-mail address or password is not correct.")).toBeVisible();
    }
    await page.getByLabel("Password").fill(user.password);
    await submit(page);
    await expect(page.getByText(/Too many failed sign-in attempts\. Try again in \d+ minutes?\./)).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  // Regression: the sign-in limits counted the first entry of X-Forwarded-For,
  // which the client writes: rotating it bypassed them, naming someone else's address locked that address out.
  test("the sign-in limits count the connection's address, not one the request names", async ({ browser, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const user = await makeUser(organisation, "VIEWER");
    const forged = await browser.newContext({
      extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.7", "X-Real-IP": "203.0.113.8", "X-Ropa-Client-Address": "203.0.113.9" },
    });
    const page = await forged.newPage();
    await page.goto("/login");
    await page.getByLabel("E-mail address").fill(user.email);
    await page.getByLabel("Password").fill("not-the-password");
    await submit(page);
    await expect(page.getByText("The e-mail address or password is not correct.")).toBeVisible();
    const attempts = await db.loginAttempt.findMany({ where: { email: user.email }, select: { ip: true } });
    expect(attempts).toHaveLength(1);
    expect(["127.0.0.1", "::1"]).toContain(attempts[0].ip);
    await forged.close();
  });

  test("a disabled user's session stops working", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const user = await makeUser(organisation, "DPO");
    await login(page, user);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await db.user.update({ where: { email: user.email }, data: { disabled: true, sessionVersion: { increment: 1 } } });
    await page.goto("/activities");
    await expect(page).toHaveURL(/\/login/);
  });

  test("changing the password keeps this session and ends every other one", async ({ page, browser, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const user = await makeUser(organisation, "EDITOR");
    const otherContext = await browser.newContext();
    const otherPage = await otherContext.newPage();
    await login(otherPage, user);
    await login(page, user);

    await page.goto("/account");
    await page.getByLabel("Current password").fill("not-my-password");
    await page.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
    await page.getByLabel("New password, again").fill("a-brand-new-password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("That is not your current password.")).toBeVisible();

    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
    await page.getByLabel("New password, again").fill("a-brand-new-password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Your password was changed.")).toBeVisible();

    await otherPage.goto("/activities");
    await expect(otherPage).toHaveURL(/\/login/);
    await login(otherPage, { email: user.email, password: "a-brand-new-password" });
    await otherContext.close();
  });
});
