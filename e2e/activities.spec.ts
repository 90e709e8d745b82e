import { test, expect, login, DEMO } from "./fixtures";

test.describe("the register, read-only", () => {
  test("a viewer of the demo organisation sees every demo activity and can open one", async ({ page, db }) => {
    const demo = await db.organisation.findUniqueOrThrow({ where: { slug: DEMO.slug }, select: { id: true } });
    const activities = await db.processingActivity.findMany({
      where: { organisationId: demo.id },
      select: { id: true, name: true, reference: true },
      orderBy: { reference: "asc" },
    });
    expect(activities.length).toBeGreaterThanOrEqual(6);

    await login(page, DEMO.viewer);
    await page.getByRole("link", { name: "Activities", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: /activities/i })).toBeVisible();
    for (const activity of activities) {
      await expect(page.getByRole("link", { name: activity.name, exact: true })).toBeVisible();
    }

    await page.getByRole("searchbox").fill(activities[0].reference);
    await expect(page.getByRole("link", { name: activities[0].name, exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: activities[activities.length - 1].name, exact: true })).toHaveCount(0);

    await page.getByRole("searchbox").fill("");
    await page.getByRole("link", { name: activities[0].name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/activities/${activities[0].id}$`));
    await expect(page.getByRole("heading", { level: 1, name: activities[0].name })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Art\. 30\(1\)\(b\)/ })).toBeVisible();
  });

  // The page's contents list named two sections differently from their
  // headings ("DPIA and automated decisions" for "Impact assessment and …").
  test("the contents list of a record names each section as its heading does", async ({ page, db }) => {
    const demo = await db.organisation.findUniqueOrThrow({ where: { slug: DEMO.slug }, select: { id: true } });
    const activity = await db.processingActivity.findFirstOrThrow({ where: { organisationId: demo.id }, orderBy: { reference: "asc" }, select: { id: true } });
    await page.setViewportSize({ width: 1440, height: 900 });
    await login(page, DEMO.viewer);
    await page.goto(`/activities/${activity.id}`);
    const links = page.getByRole("navigation", { name: "Sections of this record" }).getByRole("link");
    const count = await links.count();
    expect(count).toBeGreaterThan(8);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const id = (await link.getAttribute("href"))!.slice(1);
      const heading = page.locator(`section#${id} h2`);
      // The heading holds the item's letter and citation beside its title; the list names the title.
      await expect(heading).toContainText((await link.textContent())!.replace(/^\([a-g]\) /, ""));
    }
  });

  test("a member of another organisation gets a 404 for a demo activity, with nothing of it in the page", async ({ page, db, makeOrganisation, makeUser }) => {
    const demo = await db.organisation.findUniqueOrThrow({ where: { slug: DEMO.slug }, select: { id: true } });
    const target = await db.processingActivity.findFirstOrThrow({
      where: { organisationId: demo.id },
      select: { id: true, name: true, reference: true, description: true },
    });
    const other = await makeOrganisation("Other Org B.V.");
    const outsider = await makeUser(other, "OWNER");
    await login(page, outsider);

    const response = await page.goto(`/activities/${target.id}`);
    expect(response?.status()).toBe(404);
    const html = await page.content();
    expect(html).not.toContain(target.name);
    expect(html).not.toContain(target.reference);
    if (target.description) expect(html).not.toContain(target.description.slice(0, 40));

    // And the table of the outsider's own organisation is empty, not the demo's.
    await page.goto("/activities");
    await expect(page.getByRole("link", { name: target.name, exact: true })).toHaveCount(0);
  });

  test("a signed-out visitor is sent to the login page", async ({ page }) => {
    await page.goto("/activities");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });
});
