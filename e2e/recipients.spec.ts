import { test, expect, login } from "./fixtures";

test.describe("recipients and processors", () => {
  test("a DPO records a processor with its agreement and a sub-processor under it, and sees the chain", async ({ page, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await login(page, await makeUser(organisation, "DPO"));

    await page.goto("/recipients");
    await page.getByRole("link", { name: "Add recipient" }).click();
    await page.getByLabel("Kind").selectOption("PROCESSOR");
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Acme Hosting GmbH");
    await page.getByLabel("Services").fill("Hosting of the customer portal");
    await page.getByLabel("Country").selectOption({ label: "Germany" });
    await expect(page.getByText("Processing agreement missing", { exact: true })).toBeVisible();
    await page.getByLabel("Status").selectOption("IN_PLACE");
    await expect(page.getByText("Processing agreement missing", { exact: true })).toHaveCount(0);
    await page.getByLabel("Signed on").fill("2025-01-15");
    await page.getByLabel("Next review").fill("2030-01-15");
    await page.getByLabel("Reference or link").fill("https://contracts.example/dpa-acme");
    await page.getByRole("button", { name: "Add recipient" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Acme Hosting GmbH" })).toBeVisible();
    await expect(page.getByText("DPA in place")).toBeVisible();
    await expect(page.getByRole("link", { name: "https://contracts.example/dpa-acme" })).toBeVisible();

    await page.getByRole("link", { name: "Add sub-processor" }).click();
    await expect(page.getByLabel("Kind")).toHaveValue("SUB_PROCESSOR");
    await expect(page.getByLabel("Engaged by")).toHaveValue(/.+/);
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Acme CDN Ltd");
    await page.getByLabel("Country").selectOption({ label: "United States" });
    // Art. 28(3): a missing agreement is a warning, not a reason to refuse the record.
    await expect(page.getByText("Processing agreement missing", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Add recipient" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Acme CDN Ltd" })).toBeVisible();
    await expect(page.getByText("Data processing agreement missing")).toBeVisible();
    const chain = page.getByRole("list", { name: "Sub-processor chain" });
    await expect(chain.getByRole("link", { name: "Acme Hosting GmbH" })).toBeVisible();
    await expect(chain.getByText("Acme CDN Ltd")).toBeVisible();

    await chain.getByRole("link", { name: "Acme Hosting GmbH" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Acme Hosting GmbH" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Sub-processors of Acme Hosting GmbH" }).getByRole("link", { name: "Acme CDN Ltd" })).toBeVisible();
  });

  test("a review date before the signing date is explained next to the field and the input is kept", async ({ page, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await login(page, await makeUser(organisation, "EDITOR"));
    await page.goto("/recipients/new");
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Backwards Ltd");
    await page.getByLabel("Signed on").fill("2025-06-01");
    await page.getByLabel("Next review").fill("2025-05-01");
    await page.getByRole("button", { name: "Add recipient" }).click();

    const review = page.getByLabel("Next review");
    await expect(review).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("The next review cannot be before the agreement was signed")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Backwards Ltd");
    await expect(page.getByLabel("Signed on")).toHaveValue("2025-06-01");
  });

  test("a viewer sees no editing controls and an editor cannot delete", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    const recipient = await db.recipient.create({ data: { organisationId: organisation.id, kind: "PROCESSOR", name: "Read Only Cloud" } });

    await login(page, await makeUser(organisation, "VIEWER"));
    await page.goto(`/recipients/${recipient.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Read Only Cloud" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Add sub-processor" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Delete recipient" })).toHaveCount(0);
    expect((await page.goto(`/recipients/${recipient.id}/edit`))?.status()).toBe(403);
    await page.goto("/recipients");
    await expect(page.getByRole("link", { name: "Add recipient" })).toHaveCount(0);

    await page.context().clearCookies();
    await login(page, await makeUser(organisation, "EDITOR"));
    await page.goto(`/recipients/${recipient.id}`);
    await expect(page.getByRole("link", { name: "Edit" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Delete recipient" })).toHaveCount(0);
  });
});
