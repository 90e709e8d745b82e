/**
 * Publishing a policy: v1, a record change shows as drift on the policy and
 * the dashboard, v2 with a summary, and the public pages keep both versions.
 */
import { test, expect, login, type TestOrganisation } from "./fixtures";
import type { createDb } from "../lib/db";

type Db = ReturnType<typeof createDb>;

/** One activity on legitimate interests with one data category kept "7 days", and a policy that includes it. */
async function policyWithActivity(db: Db, organisation: TestOrganisation) {
  await db.organisation.update({
    where: { id: organisation.id },
    data: { address: "Hauptstraße 1, 50667 Köln", email: "privacy@e2e.example", dpoName: "Dana Schmidt", supervisoryAuthorityName: "LDI NRW" },
  });
  const basis = await db.legalBasis.findFirstOrThrow({ where: { organisationId: organisation.id, citation: "Art. 6(1)(f) GDPR" } });
  const category = await db.dataCategory.findFirstOrThrow({ where: { organisationId: organisation.id }, orderBy: { name: "asc" } });
  const activity = await db.processingActivity.create({
    data: {
      organisationId: organisation.id,
      reference: "WEB-01",
      name: "Web server logs",
      publicTitle: "Log files",
      publicDescription: "Our web server records each access to this website.",
      status: "ACTIVE",
      purposes: { create: { description: "Keeping the website secure", legitimateInterests: "Detecting attacks", legalBases: { create: { legalBasisId: basis.id } } } },
      dataCategories: { create: { dataCategoryId: category.id, retention: "7 days" } },
    },
    select: { id: true, dataCategories: { select: { id: true } } },
  });
  const policy = await db.policy.create({
    data: { organisationId: organisation.id, slug: "website", title: "Privacy Policy for the Website", sections: [{ type: "controller" }, { type: "activity", activityId: activity.id }, { type: "rights" }] },
    select: { id: true },
  });
  return { policyId: policy.id, activityDataCategoryId: activity.dataCategories[0].id, categoryName: category.name };
}

test("a DPO publishes v1, sees the drift after a record change, publishes v2, and the public pages keep both", async ({ page, db, makeOrganisation, makeUser }) => {
  const organisation = await makeOrganisation();
  const dpo = await makeUser(organisation, "DPO");
  const { policyId, activityDataCategoryId, categoryName } = await policyWithActivity(db, organisation);
  const publicBase = `/p/${organisation.slug}/website`;

  async function publish(summary: string) {
    await page.goto(`/policies/${policyId}/publish`);
    await page.getByLabel("What changed in this version").fill(summary);
    // Each warning of the draft is confirmed on its own; errors would refuse publishing.
    for (const warning of await page.getByRole("checkbox", { name: /^I have considered:/ }).all()) await warning.check();
    await page.getByRole("button", { name: "Publish version" }).click();
  }

  await login(page, dpo);
  await page.goto(`/policies/${policyId}/publish`);
  await page.getByRole("button", { name: "Publish version" }).click();
  await expect(page.getByText(/Describe what changed in this version/)).toBeVisible();
  await expect(page.getByLabel("What changed in this version")).toHaveAttribute("aria-invalid", "true");

  await publish("First published version.");
  await expect(page.getByText("Version 1 was published.")).toBeVisible();
  await expect(page.getByText("Version 1 matches the register")).toBeVisible();

  // Publishing the unchanged draft again is refused.
  await publish("Nothing changed.");
  await expect(page.getByText(/Nothing to publish: the draft says exactly what version 1 says/)).toBeVisible();

  // A record included in the policy changes.
  await db.activityDataCategory.update({ where: { id: activityDataCategoryId }, data: { retention: "14 days" } });
  await page.goto(`/policies/${policyId}/versions`);
  await expect(page.getByText("The published version 1 no longer matches the register")).toBeVisible();
  await expect(page.getByText("“Log files”: retention changed")).toBeVisible();
  await page.goto("/");
  const drift = page.getByRole("region", { name: "Published policies out of date" });
  await expect(drift.getByRole("link", { name: "Privacy Policy for the Website" })).toBeVisible();
  await expect(drift.getByText("Out of date: 1 change")).toBeVisible();
  await page.goto("/policies");
  await expect(page.getByText("Out of date: 1 change")).toBeVisible();

  await publish("Log files are now kept for 14 days.");
  await expect(page.getByText("Version 2 was published.")).toBeVisible();
  await expect(page.getByText("Version 2 matches the register")).toBeVisible();
  const versions = page.getByRole("table", { name: "Published versions, newest first" });
  await expect(versions.getByRole("row")).toHaveCount(3);
  await expect(versions.getByText("Log files are now kept for 14 days.")).toBeVisible();

  // The public pages: v2 at the policy's address, v1 kept at its own.
  await page.goto(publicBase);
  await expect(page.getByText("Version 2", { exact: true })).toBeVisible();
  await expect(page.getByText("14 days")).toBeVisible();
  await page.goto(`${publicBase}/v/1`);
  await expect(page.getByText("Version 1", { exact: true })).toBeVisible();
  await expect(page.getByText("7 days")).toBeVisible();
  await expect(page.getByText("14 days")).toHaveCount(0);

  await page.goto(`${publicBase}/versions`);
  const archive = page.getByRole("table");
  await expect(archive.getByRole("link", { name: "Version 2" })).toBeVisible();
  await expect(archive.getByRole("link", { name: "Version 1" })).toBeVisible();
  await expect(archive.getByText("Log files are now kept for 14 days.")).toBeVisible();
  await expect(archive.getByText("First published version.")).toBeVisible();

  await archive.getByRole("link", { name: "Compare with previous" }).click();
  await expect(page).toHaveURL(new RegExp(`${publicBase}/compare\\?from=1&to=2$`));
  await expect(page.getByRole("heading", { name: "What changed in substance" })).toBeVisible();
  await expect(page.getByText(`Retention of ${categoryName} (Log files): 7 days → 14 days`)).toBeVisible();
  await expect(page.locator("del", { hasText: "7" }).first()).toBeVisible();
  await expect(page.locator("ins", { hasText: "14" }).first()).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "test-results/public-policy-compare.png", fullPage: true });

  // The publication is in the audit trail.
  const events = await db.auditEvent.findMany({ where: { organisationId: organisation.id, action: "PUBLISH" } });
  expect(events).toHaveLength(2);
});

test("a viewer cannot publish", async ({ page, db, makeOrganisation, makeUser }) => {
  const organisation = await makeOrganisation();
  const viewer = await makeUser(organisation, "VIEWER");
  const { policyId } = await policyWithActivity(db, organisation);
  await login(page, viewer);
  await page.goto(`/policies/${policyId}/versions`);
  await expect(page.getByRole("heading", { name: "Published versions" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Publish a new version" })).toHaveCount(0);
  await page.goto(`/policies/${policyId}`);
  await expect(page.getByRole("link", { name: "Versions & drift" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Publish…" })).toHaveCount(0);
  const response = await page.goto(`/policies/${policyId}/publish`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("button", { name: "Publish version" })).toHaveCount(0);
  expect(await db.policyVersion.count({ where: { policyId } })).toBe(0);
});
