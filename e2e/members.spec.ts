import { test, expect, login } from "./fixtures";

test.describe("members and organisations", () => {
  test("an owner invites a colleague as editor, who joins by the link; a role change to viewer takes effect on their next page", async ({
    page,
    browser,
    makeOrganisation,
    makeUser,
  }) => {
    const organisation = await makeOrganisation("Invite Test GmbH");
    const owner = await makeUser(organisation, "OWNER");
    const colleagueEmail = `colleague-${crypto.randomUUID().slice(0, 8)}@e2e.example`;

    await login(page, owner);
    await page.getByRole("link", { name: "Members" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
    await page.getByLabel("E-mail address").fill(colleagueEmail);
    await page.getByLabel("Role of the new member").selectOption("EDITOR");
    await page.getByRole("button", { name: "Create invitation link" }).click();
    await expect(page.getByText(`Invitation for ${colleagueEmail} as Editor created.`)).toBeVisible();
    const link = await page.getByLabel("Invitation link").inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole("list", { name: "Open invitations" }).getByText(colleagueEmail, { exact: true })).toBeVisible();

    const colleagueContext = await browser.newContext();
    const colleague = await colleagueContext.newPage();
    await colleague.goto(link);
    await expect(colleague.getByRole("heading", { name: "Join Invite Test GmbH" })).toBeVisible();
    await colleague.getByLabel("Your name").fill("Colleague Example");
    await colleague.getByLabel("Choose a password").fill("short");
    await colleague.getByLabel("Password, again").fill("short");
    await colleague.getByRole("button", { name: "Create account and join" }).click();
    await expect(colleague.getByText(/at least 10 characters/).last()).toBeVisible();
    await expect(colleague.getByLabel("Your name")).toHaveValue("Colleague Example");

    await colleague.getByLabel("Choose a password").fill("colleague-password-1");
    await colleague.getByLabel("Password, again").fill("colleague-password-1");
    await colleague.getByRole("button", { name: "Create account and join" }).click();
    await expect(colleague).toHaveURL(/\/$/);
    await expect(colleague.getByText("Invite Test GmbH").first()).toBeVisible();
    await colleague.goto("/activities");
    await expect(colleague.getByRole("link", { name: "New activity" }).first()).toBeVisible();

    // The link was single-use.
    const third = await browser.newContext();
    const reuse = await third.newPage();
    await reuse.goto(link);
    await expect(reuse.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
    await expect(reuse.getByText(/already been used/)).toBeVisible();
    await third.close();

    await page.reload();
    const members = page.getByRole("list", { name: "Members" });
    await expect(members.getByText(colleagueEmail)).toBeVisible();
    await page.getByLabel("Role of Colleague Example").selectOption("VIEWER");
    await page.getByRole("button", { name: "Save role of Colleague Example" }).click();
    await expect(page.getByText("Role saved.")).toBeVisible();

    await colleague.reload();
    await expect(colleague.getByRole("heading", { level: 1, name: "Processing activities" })).toBeVisible();
    await expect(colleague.getByRole("link", { name: "New activity" })).toHaveCount(0);
    const direct = await colleague.goto("/activities/new");
    expect(direct?.status()).toBe(403);

    // Removal ends the colleague's access to the organisation at their next request.
    await page.getByRole("button", { name: "Remove Colleague Example" }).click();
    await page.getByRole("button", { name: "Yes, remove" }).click();
    await expect(page.getByText("The member was removed.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Members" }).getByText(colleagueEmail)).toHaveCount(0);
    await colleague.goto("/activities");
    await expect(colleague).toHaveURL(/\/login/);
    await colleagueContext.close();
  });

  test("the last owner can neither leave nor give up the owner role", async ({ page, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const owner = await makeUser(organisation, "OWNER");
    await login(page, owner);
    await page.goto("/settings/members");
    const me = page.getByRole("list", { name: "Members" }).getByRole("listitem").filter({ hasText: owner.email });

    await me.getByRole("button", { name: /^Leave/ }).click();
    await me.getByRole("button", { name: "Yes, leave" }).click();
    await expect(me.getByText(/You are the only owner of this organisation/)).toBeVisible();

    await me.getByRole("combobox").selectOption("DPO");
    await me.getByRole("button", { name: /^Save role/ }).click();
    await expect(me.getByRole("combobox")).toHaveAccessibleDescription(/You are the only owner of this organisation\. Make another member an owner first/);
    await page.reload();
    await expect(page.getByRole("list", { name: "Members" }).getByRole("combobox")).toHaveValue("OWNER");
  });

  test("an owner creates a second organisation, lands in it, and switches between both", async ({ page, makeOrganisation, makeUser }) => {
    const first = await makeOrganisation("First Register Ltd");
    const owner = await makeUser(first, "OWNER");
    await login(page, owner);
    await page.getByRole("link", { name: "New organisation" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "New organisation" })).toBeVisible();

    // A short name that is taken gets a message, and the input stays.
    await page.getByLabel("Legal name").fill("Second Register GmbH");
    await expect(page.getByLabel("Short name")).toHaveValue("second-register-gmbh");
    await page.getByLabel("Short name").fill(first.slug);
    await page.getByRole("button", { name: "Create organisation" }).click();
    await expect(page.getByText(/already taken/)).toBeVisible();
    await expect(page.getByLabel("Legal name")).toHaveValue("Second Register GmbH");

    const slug = `second-${crypto.randomUUID().slice(0, 8)}`;
    await page.getByLabel("Short name").fill(slug);
    await page.getByRole("button", { name: "Create organisation" }).click();
    await expect(page).toHaveURL(/\/(\?.*)?$/);
    const switcher = page.getByLabel("Organisation", { exact: true });
    await expect(switcher.locator("option:checked")).toHaveText("Second Register GmbH");

    await page.goto("/catalogues");
    await expect(page.getByText("Legitimate interests").first()).toBeVisible();

    // The user's own choice shows in the select before the switch completes,
    // so wait for the server's answer before reading it back.
    const switchTo = async (name: string) => {
      await page.getByLabel("Organisation", { exact: true }).selectOption({ label: name });
      await Promise.all([
        page.waitForResponse((response) => response.request().method() === "POST"),
        page.getByRole("button", { name: "Switch organisation" }).click(),
      ]);
      // The shell's organisation name is rendered by the server: it changes only once the switch is done.
      await expect(page.locator("p").filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }).first()).toBeVisible();
      await expect(page.getByLabel("Organisation", { exact: true }).locator("option:checked")).toHaveText(name);
    };
    await switchTo("First Register Ltd");
    await switchTo("Second Register GmbH");
    await page.goto("/settings/members");
    await expect(page.getByRole("list", { name: "Members" }).getByText(owner.email)).toBeVisible();
  });

  test("members who are not owners see the list read-only and cannot open the invitation controls", async ({ page, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await makeUser(organisation, "OWNER");
    const dpo = await makeUser(organisation, "DPO");
    await login(page, dpo);
    await page.goto("/settings/members");
    await expect(page.getByRole("list", { name: "Members" }).getByText(dpo.email)).toBeVisible();
    await expect(page.getByRole("button", { name: /Save role|Remove|Create invitation link/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "New organisation" })).toHaveCount(0);
    expect((await page.goto("/organisations/new"))?.status()).toBe(403);
  });
});
