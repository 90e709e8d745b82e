import { test, expect, login } from "./fixtures";

test.describe("API tokens", () => {
  test("a DPO creates a read token, the API answers it, and after revoking it the API refuses it", async ({ page, makeOrganisation, makeUser }, testInfo) => {
    const organisation = await makeOrganisation("Token Test GmbH");
    const dpo = await makeUser(organisation, "DPO");
    await login(page, dpo);
    await page.goto("/settings");
    await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "API" }).click();
    await expect(page.getByRole("heading", { name: "API tokens (0)" })).toBeVisible();

    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByText("Name the token after what uses it")).toBeVisible();

    await page.getByLabel("Name").fill("Website build");
    await expect(page.getByRole("checkbox", { name: /Read/ })).toBeChecked();
    await page.getByLabel("Expires after").selectOption("30");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByText("The token “Website build” is ready.")).toBeVisible();
    const token = await page.getByRole("textbox", { name: "The new token" }).inputValue();
    expect(token).toMatch(/^ropa_[A-Za-z0-9_-]{43}$/);
    await page.screenshot({ path: testInfo.outputPath("api-settings-created.png"), fullPage: true });

    const listed = await page.request.get("/api/v1/activities", { headers: { authorization: `Bearer ${token}` } });
    expect(listed.status()).toBe(200);
    expect(listed.headers()["ratelimit-limit"]).toBeTruthy();
    expect(await listed.json()).toEqual({ data: [], next: null });

    await page.reload();
    const row = page.getByRole("row", { name: /Website build/ });
    await expect(row.getByText("Active")).toBeVisible();
    await expect(row.getByText("Not yet")).toHaveCount(0);

    await row.getByRole("button", { name: "Revoke the token Website build" }).click();
    await expect(page.getByText("Revoke “Website build”? Systems using it stop working at once.")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "Revoke the token Website build" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Revoke token" })).toBeFocused();
    await page.screenshot({ path: testInfo.outputPath("api-settings-revoke.png"), fullPage: true });
    await page.keyboard.press("Enter");
    await expect(page.getByRole("row", { name: /Website build/ }).getByText("Revoked")).toBeVisible();

    const refused = await page.request.get("/api/v1/activities", { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status()).toBe(401);
    expect(refused.headers()["content-type"]).toBe("application/problem+json");

    // The token's call log has the read; the refused call after revoking has no token to belong to.
    await page.getByRole("row", { name: /Website build/ }).getByRole("link", { name: "Calls with Website build" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Calls with “Website build”" })).toBeVisible();
    const calls = page.getByRole("table", { name: "Calls made with this token, newest first" });
    await expect(calls.getByRole("row")).toHaveCount(2);
    const callRow = calls.getByRole("row").nth(1);
    await expect(callRow.getByRole("cell").nth(1)).toHaveText("GET");
    await expect(callRow.getByRole("cell").nth(2)).toHaveText("/api/v1/activities");
    await expect(callRow.getByRole("cell").nth(3)).toHaveText("200");
    await page.screenshot({ path: testInfo.outputPath("api-token-calls.png"), fullPage: true });
    await page.goto("/settings/api");

    await page.getByRole("link", { name: "API reference" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /GET \/activities List processing activities/ })).toBeVisible();
    // The document's descriptions name parameters in backticks, which the page showed literally.
    await expect(page.locator("main code", { hasText: /^next$/ }).first()).toBeVisible();
    expect(await page.locator("main").innerText()).not.toContain("`");
    await page.screenshot({ path: testInfo.outputPath("api-reference.png") });
  });

  test("an editor cannot create tokens", async ({ page, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation("Token Editor GmbH");
    const editor = await makeUser(organisation, "EDITOR");
    await login(page, editor);
    await page.goto("/settings/api");
    await expect(page.getByText("Only owners and data protection officers create and manage API tokens.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Create token" })).toHaveCount(0);
  });
});
