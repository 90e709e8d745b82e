/**
 * Drift after an edit in the activity form. Regression: after publishing,
 * changing an included activity's "Is providing the data required?" changed
 * the preview, yet the dashboard, the policies list and the versions page all
 * said the policy matched the register (drift compared only a few facts).
 */
import { test, expect, login } from "./fixtures";

test("a changed provision requirement shows as drift on the dashboard, the policies list and the versions page", async ({ page, db, makeOrganisation, makeUser }) => {
  const organisation = await makeOrganisation();
  await db.organisation.update({ where: { id: organisation.id }, data: { address: "Hauptstraße 1, 50667 Köln", email: "privacy@e2e.example" } });
  const basis = await db.legalBasis.findFirstOrThrow({ where: { organisationId: organisation.id, citation: "Art. 6(1)(b) GDPR" }, select: { id: true } });
  const activity = await db.processingActivity.create({
    data: {
      organisationId: organisation.id,
      reference: "NL-01",
      name: "Newsletter list",
      publicTitle: "Newsletter",
      status: "ACTIVE",
      owner: "Marketing lead",
      provisionRequirement: "CONTRACT_PREREQUISITE",
      purposes: { create: { description: "Sending the newsletter", legalBases: { create: { legalBasisId: basis.id } } } },
    },
    select: { id: true },
  });
  const policy = await db.policy.create({
    data: { organisationId: organisation.id, slug: "website", title: "Website privacy policy", sections: [{ type: "controller" }, { type: "activity", activityId: activity.id }, { type: "rights" }] },
    select: { id: true },
  });

  await login(page, await makeUser(organisation, "DPO"));
  await page.goto(`/policies/${policy.id}/publish`);
  await page.getByLabel("What changed in this version").fill("First version.");
  // Warnings (e.g. no retention recorded) are acknowledged one by one; this draft has no errors.
  for (const warning of await page.getByRole("checkbox", { name: /^I have considered:/ }).all()) await warning.check();
  await page.getByRole("button", { name: "Publish version" }).click();
  await expect(page.getByText("Version 1 matches the register")).toBeVisible();

  await page.goto(`/activities/${activity.id}/edit`);
  await page.getByRole("region", { name: /Provision and storage/ }).getByLabel(/Is providing the data required/).selectOption("STATUTORY");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/activities\/[^/]+\?saved=1$/);

  const change = "“Newsletter”: statutory or contractual requirement changed";
  await page.goto("/");
  const drift = page.getByRole("region", { name: "Published policies out of date" });
  await expect(drift.getByRole("link", { name: "Website privacy policy" })).toBeVisible();
  await expect(drift.getByText("Out of date: 1 change")).toBeVisible();
  await page.goto("/policies");
  await expect(page.getByText("Out of date: 1 change")).toBeVisible();
  await page.goto(`/policies/${policy.id}/versions`);
  await expect(page.getByText("The published version 1 no longer matches the register")).toBeVisible();
  await expect(page.getByText(change)).toBeVisible();
  // The publish form suggests the same change as the summary for readers.
  await page.goto(`/policies/${policy.id}/publish`);
  await expect(page.getByLabel("What changed in this version")).toHaveValue(`${change}.`);
});
