/**
 * Who may start what from where: an export only from this application, an
 * invitation page that tells its visitor nothing about accounts, and an icon
 * every page asks for.
 */
import type { Page } from "@playwright/test";
import { test, expect, login, DEMO } from "./fixtures";

const shots = process.env.E2E_SCREENSHOTS;

async function invitationLink(page: Page, email: string): Promise<string> {
  await page.goto("/settings/members");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(page.getByText(`Invitation for ${email} as Editor created.`)).toBeVisible();
  return page.getByLabel("Invitation link").inputValue();
}

/** The invitation page as text, the address replaced, with what the page sends to the browser besides. */
async function invitationPage(page: Page, link: string, email: string) {
  const response = await page.goto(link);
  const html = await response!.text();
  const text = (await page.locator("main").innerText()).replaceAll(email, "<invited>");
  const fields = await page.locator("main input:not([type=hidden]), main button").evaluateAll((elements) =>
    elements.map((element) => `${element.tagName} ${element.getAttribute("name")} ${element.getAttribute("type")} ${(element as HTMLInputElement).checked}`),
  );
  return { html, text, fields };
}

test.describe("requests and their origin", () => {
  test("the register export starts only from this application, and is audited", async ({ page, db, makeOrganisation, makeUser }) => {
    // Regression: the export is a GET that writes an audit event, so a link on
    // another site recorded an export in the signed-in victim's name.
    const organisation = await makeOrganisation();
    const viewer = await makeUser(organisation, "VIEWER");
    await login(page, viewer);
    const exports = () => db.auditEvent.count({ where: { organisationId: organisation.id, action: "EXPORT" } });

    await page.goto("/register");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /CSV/ }).click();
    expect(await (await download).failure()).toBeNull();
    await expect.poll(exports).toBe(1);

    const forged: Record<string, string>[] = [{ "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }, { referer: "https://elsewhere.example/page" }];
    for (const headers of forged) {
      const response = await page.request.get("/register/export/csv", { headers });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toMatch(/start the export from the register page/);
    }
    expect(await exports()).toBe(1);
    const typed = await page.request.get("/register/export/json", { headers: { "sec-fetch-site": "none" } });
    expect(typed.status()).toBe(200);
    expect(await exports()).toBe(2);
  });

  test("the invitation page does not tell whoever opens it whether the address has an account", async ({ page, browser, makeOrganisation, makeUser }) => {
    // Regression: an owner opening their own invitation link saw "Your current password"
    // for an address with an account on this server, "Choose a password" otherwise.
    // Two sign-ins and two invitations: more than the default time on a busy machine.
    test.slow();
    const organisation = await makeOrganisation();
    const owner = await makeUser(organisation, "OWNER");
    const existing = await makeUser(await makeOrganisation(), "EDITOR");
    const fresh = `fresh-${crypto.randomUUID().slice(0, 8)}@e2e.example`;
    await login(page, owner);
    const toExisting = await invitationLink(page, existing.email);
    const toFresh = await invitationLink(page, fresh);

    const [seenExisting, seenFresh] = [await invitationPage(page, toExisting, existing.email), await invitationPage(page, toFresh, fresh)];
    expect(seenExisting.text).toBe(seenFresh.text);
    expect(seenExisting.fields).toEqual(seenFresh.fields);
    expect(seenExisting.html).not.toMatch(/existingUser|current-password/);
    if (shots) await page.screenshot({ path: `${shots}/invitation-neutral.png`, fullPage: true });

    // The invited person, signed in with that address, is offered to confirm with their password.
    const context = await browser.newContext();
    const invited = await context.newPage();
    await login(invited, existing);
    await invited.goto(toExisting);
    await expect(invited.getByRole("radio", { name: "Yes, confirm with its password" })).toBeChecked();
    if (shots) await invited.screenshot({ path: `${shots}/invitation-signed-in.png`, fullPage: true });
    await invited.getByLabel("Your current password").fill(existing.password);
    await invited.getByRole("button", { name: "Confirm and join" }).click();
    await expect(invited).toHaveURL(/\/$/);
    await expect(invited.getByText(organisation.legalName).first()).toBeVisible();
    await context.close();
  });

  test("every kind of page has an icon, and asking for it is no error", async ({ page, makeOrganisation, makeUser }) => {
    // Regression: the browser's request for /favicon.ico got 404, a console error on every page.
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on("response", (response) => {
      if (/\/(favicon\.ico|icon\.svg)/.test(response.url()) && response.status() !== 200) problems.push(`${response.status()} ${response.url()}`);
    });
    const icon = await page.request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toMatch(/image\//);
    expect((await page.request.get("/favicon.ico", { headers: { cookie: "" } })).status()).toBe(200);

    const icons = page.waitForResponse(/\/(favicon\.ico|icon\.svg)/);
    await page.goto("/login");
    await icons;
    await login(page, await makeUser(await makeOrganisation(), "VIEWER"));
    for (const address of ["/", "/activities", "/register", `/p/${DEMO.slug}/coi-website`]) {
      await page.goto(address);
      await page.waitForLoadState("networkidle");
    }
    expect(problems).toEqual([]);
  });
});
