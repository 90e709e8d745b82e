/**
 * Findings decide publishing: the editor's panel groups them by severity,
 * each with its article and a link to the field; an error refuses
 * publication (the button says why, and the server refuses too when the
 * records change behind an open form); each warning is confirmed on its own,
 * and the confirmed warnings are kept with the version.
 */
import { test, expect, login, type TestOrganisation } from "./fixtures";
import type { createDb } from "../lib/db";

type Db = ReturnType<typeof createDb>;

/** A policy whose one activity has a purpose without a legal basis (an error) and a vague retention (a warning). */
async function policyWithGaps(db: Db, organisation: TestOrganisation) {
  await db.organisation.update({
    where: { id: organisation.id },
    data: { address: "Hauptstraße 1, 50667 Köln", email: "privacy@e2e.example", dpoName: "Dana Schmidt", dpoEmail: "dpo@e2e.example", supervisoryAuthorityName: "LDI NRW" },
  });
  const basis = await db.legalBasis.findFirstOrThrow({ where: { organisationId: organisation.id, citation: "Art. 6(1)(b) GDPR" }, select: { id: true } });
  const category = await db.dataCategory.findFirstOrThrow({ where: { organisationId: organisation.id }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  const activity = await db.processingActivity.create({
    data: {
      organisationId: organisation.id,
      reference: "SHOP-01",
      name: "Online orders",
      publicTitle: "Orders",
      publicDescription: "We process your order to deliver it.",
      status: "ACTIVE",
      provisionRequirement: "VOLUNTARY",
      recipientsNone: true,
      transfersNone: true,
      purposes: { create: { description: "Delivering the order" } },
      dataCategories: { create: { dataCategoryId: category.id, retention: "Kept for a limited time." } },
    },
    select: { id: true, purposes: { select: { id: true } } },
  });
  const policy = await db.policy.create({
    data: { organisationId: organisation.id, slug: "shop", title: "Privacy Policy for the Shop", sections: [{ type: "controller" }, { type: "activity", activityId: activity.id }, { type: "rights" }] },
    select: { id: true },
  });
  return { policyId: policy.id, activityId: activity.id, purposeId: activity.purposes[0].id, basisId: basis.id, categoryName: category.name };
}

test("errors refuse publishing, each warning is confirmed, and the confirmations are kept with the version", async ({ page, db, makeOrganisation, makeUser }) => {
  test.slow(); // Several compositions of the policy and one publication.
  const organisation = await makeOrganisation();
  const owner = await makeUser(organisation, "OWNER");
  const { policyId, activityId, purposeId, basisId, categoryName } = await policyWithGaps(db, organisation);
  await login(page, owner);

  // The editor's panel: grouped by severity, each finding with its article and a link to the field.
  await page.goto(`/policies/${policyId}`);
  const panel = page.getByRole("region", { name: "Art. 13/14 check" });
  const errors = panel.getByRole("region", { name: /1 error/ });
  await expect(errors.getByText("Publishing is refused until these are fixed in the records.")).toBeVisible();
  await expect(errors.getByRole("link", { name: "Purpose 1 of “Orders” has no legal basis. Choose one." })).toHaveAttribute("href", `/activities/${activityId}/edit#purposes.0.legalBasisIds`);
  await expect(errors.getByText("Art. 13(1)(c), 14(1)(c) GDPR")).toBeVisible();
  const warnings = panel.getByRole("region", { name: /1 warning/ });
  await expect(warnings.getByRole("link", { name: /The retention of .* \(“for a limited time”\) states neither a period nor the criteria/ })).toHaveAttribute(
    "href",
    `/activities/${activityId}/edit#dataCategories.0.retention`,
  );
  await expect(warnings.getByText("Art. 13(2)(a), 14(2)(a) GDPR")).toBeVisible();
  await expect(page.getByText("1 error blocks publishing")).toBeVisible();

  // Publishing: even the owner cannot; the button says why.
  await page.getByRole("link", { name: "Publish…" }).click();
  await expect(page.getByRole("heading", { name: "1 error must be fixed before publishing" })).toBeVisible();
  const publish = page.getByRole("button", { name: "Publish version" });
  await expect(publish).toBeDisabled();
  await expect(publish).toHaveAccessibleDescription("Publishing is refused while the draft has an error: fix it in the records first.");

  // The legal basis is recorded: the error is gone, the warning remains.
  await db.purposeLegalBasis.create({ data: { purposeId, legalBasisId: basisId } });
  await page.reload();
  await expect(publish).toBeEnabled();
  const confirm = page.getByRole("checkbox", { name: /^I have considered: The retention of “.+” in “Orders” \(“for a limited time”\)/ });
  await expect(confirm).not.toBeChecked();
  await page.getByLabel("What changed in this version").fill("First published version.");

  // The server is the guard: the records change while the form is open, and it refuses what the form allowed.
  await db.purposeLegalBasis.deleteMany({ where: { purposeId } });
  await confirm.check();
  await publish.click();
  await expect(page.getByText(/^Publishing is refused: the draft has an error that must be fixed in the records first\. “Purpose 1 of “Orders” has no legal basis/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "1 error must be fixed before publishing" })).toBeVisible();
  await expect(publish).toBeDisabled();
  expect(await db.policyVersion.count({ where: { policyId } })).toBe(0);

  // Fixed again: an unconfirmed warning is refused, naming it; confirmed with the keyboard, it publishes.
  await db.purposeLegalBasis.create({ data: { purposeId, legalBasisId: basisId } });
  await page.reload();
  await page.getByLabel("What changed in this version").fill("First published version.");
  await publish.click();
  await expect(page.getByText(/^Confirm that you have considered this warning before publishing: “The retention of/)).toBeVisible();
  expect(await db.policyVersion.count({ where: { policyId } })).toBe(0);
  await confirm.focus();
  await page.keyboard.press("Space");
  await expect(confirm).toBeChecked();
  await publish.click();
  await expect(page.getByText("Version 1 was published.")).toBeVisible();

  // The versions page shows the warning as confirmed by the publisher.
  const versions = page.getByRole("table", { name: "Published versions, newest first" });
  await versions.getByText("Findings when published: 1 warning").click();
  const stored = versions.getByRole("list", { name: "Findings of version 1" });
  await expect(stored.getByText(`The retention of “${categoryName}” in “Orders” (“for a limited time”)`, { exact: false })).toBeVisible();
  await expect(stored.getByText("Art. 13(2)(a), 14(2)(a) GDPR · acknowledged by the publisher")).toBeVisible();
  const event = await db.auditEvent.findFirstOrThrow({ where: { organisationId: organisation.id, action: "PUBLISH" } });
  expect((event.after as { findings: { id: string; acknowledged?: boolean }[] }).findings).toEqual([expect.objectContaining({ id: `retention-vague:0:${activityId}`, acknowledged: true })]);
});
