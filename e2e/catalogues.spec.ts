import { test, expect, login } from "./fixtures";

test.describe("catalogues", () => {
  test("deleting a used data category is refused with the list of uses, then it is replaced everywhere", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const old = await db.dataCategory.create({ data: { organisationId: organisation.id, name: "Car data" } });
    const activity = await db.processingActivity.create({
      data: { organisationId: organisation.id, reference: "FLEET-1", name: "Fleet management", dataCategories: { create: { dataCategoryId: old.id, retention: "3 years" } } },
    });
    await login(page, await makeUser(organisation, "DPO"));

    await page.goto("/catalogues");
    await page.getByRole("link", { name: "Car data", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Car data" })).toBeVisible();
    const uses = page.getByRole("region", { name: "Where it is used" });
    await expect(uses.getByRole("link", { name: "Fleet management" })).toHaveAttribute("href", `/activities/${activity.id}`);

    const deletion = page.getByRole("region", { name: "Delete data category" });
    await deletion.getByRole("button", { name: "Replace everywhere and delete" }).click();
    await expect(deletion.getByText("Car data is still used by the records listed here.")).toBeVisible();
    await expect(deletion.getByRole("link", { name: "Fleet management" })).toBeVisible();

    await deletion.getByLabel("Replace it everywhere with").selectOption({ label: "Location data" });
    await deletion.getByRole("button", { name: "Replace everywhere and delete" }).click();
    await expect(page).toHaveURL(/\/catalogues\?deleted=/);
    await expect(page.getByText("Car data was deleted.")).toBeVisible();

    const links = await db.activityDataCategory.findMany({ where: { activityId: activity.id }, select: { retention: true, dataCategory: { select: { name: true } } } });
    expect(links).toEqual([{ retention: "3 years", dataCategory: { name: "Location data" } }]);
    const updated = await db.processingActivity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(updated.version).toBe(activity.version + 1);
  });

  test("an editor adds a data category, gets the duplicate name explained, and cannot delete", async ({ page, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await login(page, await makeUser(organisation, "EDITOR"));

    await page.goto("/catalogues");
    await page.getByRole("link", { name: "Add data category" }).click();
    await page.getByLabel("Name").fill("Health data");
    await page.getByLabel("Default retention").fill("10 years after the last treatment");
    await page.getByRole("button", { name: "Add data category" }).click();
    const name = page.getByLabel("Name");
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("A data category with this name exists already")).toBeVisible();
    await expect(page.getByLabel("Default retention")).toHaveValue("10 years after the last treatment");

    await name.fill("Medical history");
    await page.getByLabel("Special category of personal data (Art. 9(1))").check();
    await page.getByRole("button", { name: "Add data category" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Medical history" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Delete data category" })).toHaveCount(0);

    await page.getByLabel("Default retention").fill("30 years after the last treatment");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await page.getByRole("navigation", { name: "Record views" }).getByRole("link", { name: /History/ }).click();
    await expect(page).toHaveURL(/\/catalogues\/data-categories\/[^/]+\/history$/);
    await expect(page.getByText("30 years after the last treatment")).toBeVisible();
    await expect(page.getByText("10 years after the last treatment").first()).toBeVisible();
  });

  // Regression: after a refused save, an unticked checkbox came back ticked,
  // because the form merged the submitted values (which omit it) with the initial ones.
  test("a refused save keeps an unticked flag unticked", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const genetic = await db.dataCategory.findFirstOrThrow({ where: { organisationId: organisation.id, name: "Genetic data" } });
    await login(page, await makeUser(organisation, "EDITOR"));
    await page.goto(`/catalogues/data-categories/${genetic.id}`);
    const special = page.getByLabel("Special category of personal data (Art. 9(1))");
    await expect(special).toBeChecked();
    await special.uncheck();
    await page.getByLabel("Name").fill("Health data");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("A data category with this name exists already")).toBeVisible();
    await expect(special).not.toBeChecked();
    await expect(page.getByLabel("Name")).toHaveValue("Health data");
  });

  test("a national legal basis can be added; a built-in one keeps its citation", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await login(page, await makeUser(organisation, "DPO"));
    await page.goto("/catalogues/legal-bases/new");
    await page.getByLabel("Citation").fill("§ 26(1) BDSG");
    await page.getByLabel("Short name").fill("Employment relationship");
    await page.getByRole("button", { name: "Add legal basis" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Employment relationship" })).toBeVisible();

    const builtIn = await db.legalBasis.findFirstOrThrow({ where: { organisationId: organisation.id, citation: "Art. 6(1)(a) GDPR" } });
    await page.goto(`/catalogues/legal-bases/${builtIn.id}`);
    await expect(page.getByLabel("Citation")).toHaveAttribute("readonly", "");
    await expect(page.getByRole("heading", { name: "Delete legal basis" })).toHaveCount(0);
  });

  test("a viewer sees no editing controls", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const category = await db.dataCategory.findFirstOrThrow({ where: { organisationId: organisation.id } });
    await login(page, await makeUser(organisation, "VIEWER"));
    await page.goto("/catalogues");
    await expect(page.getByRole("link", { name: "Add data category" })).toHaveCount(0);
    await page.goto(`/catalogues/data-categories/${category.id}`);
    await expect(page.getByRole("heading", { level: 1, name: category.name })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await expect(page.getByRole("textbox")).toHaveCount(0);
    expect((await page.goto("/catalogues/data-categories/new"))?.status()).toBe(403);
  });
});
