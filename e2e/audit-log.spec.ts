import { test, expect, login } from "./fixtures";

test.describe("audit log", () => {
  test("shows membership changes field by field, with filters taken from the URL, and nothing of another organisation", async ({
    page,
    db,
    makeOrganisation,
    makeUser,
  }) => {
    const organisation = await makeOrganisation("Audited Ltd");
    const owner = await makeUser(organisation, "OWNER");
    const editor = await makeUser(organisation, "EDITOR");
    const other = await makeOrganisation("Somebody Else AG");
    await db.auditEvent.create({
      data: { organisationId: other.id, actorEmail: "stranger@else.example", action: "UPDATE", entityType: "Membership", entityId: "x", before: { role: "EDITOR" }, after: { email: "secret@else.example", role: "OWNER" } },
    });

    await login(page, owner);
    await page.goto("/settings/members");
    const row = page.getByRole("list", { name: "Members" }).getByRole("listitem").filter({ hasText: editor.email });
    await row.getByRole("combobox").selectOption("VIEWER");
    await row.getByRole("button", { name: /^Save role/ }).click();
    await expect(row.getByText("Role saved.")).toBeVisible();

    await page.goto("/audit?entityType=Membership&action=UPDATE");
    await expect(page.getByLabel("Record type")).toHaveValue("Membership");
    await expect(page.getByLabel("Action")).toHaveValue("UPDATE");
    const events = page.getByRole("list", { name: "Audit events" }).getByRole("article");
    await expect(events).toHaveCount(1);
    await expect(events.first().getByRole("heading")).toContainText(`Changed Member ${editor.email}`);
    await expect(events.first().getByText(owner.email)).toBeVisible();
    await expect(events.first().getByRole("deletion")).toHaveText("Editor");
    await expect(events.first().getByRole("insertion")).toHaveText("Viewer");
    await expect(page.getByText("secret@else.example")).toHaveCount(0);

    // The filter form writes the URL; a filter without matches says so.
    await page.getByLabel("From (UTC)").fill("2099-01-01");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/entityType=Membership/);
    await expect(page).toHaveURL(/action=UPDATE/);
    await expect(page).toHaveURL(/from=2099-01-01/);
    await expect(page.getByText("No events match these filters")).toBeVisible();
    await page.getByRole("link", { name: "Clear" }).click();
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByLabel("User")).toHaveValue("");

    await page.goto(`/audit?actor=${encodeURIComponent("stranger@else.example")}`);
    await expect(page.getByText("No events match these filters")).toBeVisible();
  });

  test("an activity's History tab lists only its own events, newest first, with the version each produced", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const viewer = await makeUser(organisation, "VIEWER");
    const activity = await db.processingActivity.create({ data: { organisationId: organisation.id, reference: "HIS-1", name: "Newsletter", version: 2 } });
    const other = await db.processingActivity.create({ data: { organisationId: organisation.id, reference: "HIS-2", name: "Other one" } });
    const base = { organisationId: organisation.id, actorEmail: "dpo@history.example", entityType: "ProcessingActivity" };
    await db.auditEvent.create({ data: { ...base, action: "CREATE", entityId: activity.id, after: { reference: "HIS-1", name: "Newsletter", status: "DRAFT", version: 1 }, createdAt: new Date(Date.UTC(2026, 0, 1)) } });
    await db.auditEvent.create({
      data: { ...base, action: "UPDATE", entityId: activity.id, before: { status: "DRAFT", description: "", version: 1 }, after: { status: "ACTIVE", description: "x".repeat(600), version: 2 }, createdAt: new Date(Date.UTC(2026, 0, 2)) },
    });
    await db.auditEvent.create({ data: { ...base, action: "CREATE", entityId: other.id, after: { reference: "HIS-2", name: "Other one", version: 1 } } });

    await login(page, viewer);
    await page.goto(`/activities/${activity.id}/history`);
    await expect(page.getByRole("link", { name: /History/ })).toHaveAttribute("aria-current", "page");
    const events = page.getByRole("list", { name: "History of HIS-1 Newsletter" }).getByRole("article");
    await expect(events).toHaveCount(2);
    await expect(events.nth(0)).toContainText("→ version 2");
    await expect(events.nth(0).getByRole("deletion")).toHaveText("Draft");
    await expect(events.nth(0).getByText("Show all 600 characters")).toBeVisible();
    await expect(events.nth(1)).toContainText("→ version 1");
    await expect(events.nth(1)).toContainText("Created with");
    await expect(page.getByText("Other one")).toHaveCount(0);

    const foreign = await makeOrganisation();
    const outsider = await makeUser(foreign, "OWNER");
    await page.context().clearCookies();
    await login(page, outsider);
    expect((await page.goto(`/activities/${activity.id}/history`))?.status()).toBe(404);
    await expect(page.getByText("Newsletter")).toHaveCount(0);
  });
});
