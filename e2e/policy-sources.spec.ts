import { test, expect, login } from "./fixtures";

test.describe("where the policy's statements come from", () => {
  test("a statement of the draft preview opens its field; the withdrawal link and the objection come from the form", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation("Sources Ltd");
    const consent = await db.legalBasis.findFirstOrThrow({ where: { organisationId: organisation.id, citation: "Art. 6(1)(a) GDPR" }, select: { id: true } });
    const activity = await db.processingActivity.create({
      data: {
        organisationId: organisation.id,
        reference: "NL-01",
        name: "Newsletter list",
        status: "ACTIVE",
        publicTitle: "Newsletter",
        purposes: { create: { description: "Sending the newsletter", legalBases: { create: { legalBasisId: consent.id } } } },
      },
      select: { id: true },
    });
    const policy = await db.policy.create({
      data: { organisationId: organisation.id, slug: "website", title: "Website policy", sections: [{ type: "activity", activityId: activity.id }, { type: "rights" }] },
      select: { id: true },
    });
    await login(page, await makeUser(organisation, "DPO"));

    // Nothing recorded about recipients: the preview says nothing about them, rather than "we do not disclose".
    await page.goto(`/policies/${policy.id}`);
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview).toContainText("Sending the newsletter. Legal basis: Art. 6(1)(a) GDPR.");
    await expect(preview).not.toContainText("do not disclose");
    await expect(preview).not.toContainText("Your right to object");

    // Clicking a statement opens the activity form at the field it comes from.
    await preview.locator("[data-source-href]", { hasText: "Sending the newsletter" }).click();
    await expect(page).toHaveURL(new RegExp(`/activities/${activity.id}/edit#purposes\\.0\\.description$`));
    await expect(page.locator('[id="purposes.0.description"]')).toBeFocused();

    // The withdrawal page must be a web address: the message stands next to the field.
    const url = page.getByLabel("Withdrawal page");
    await url.fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.locator("#consentWithdrawalUrl-error")).toContainText("web address starting with https://");
    await url.fill("https://sources.example/opt-out");
    await page.getByLabel("How to withdraw").fill("Or use the link in any newsletter.");
    await page.getByRole("checkbox", { name: "Direct marketing (Art. 21(2))" }).check();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/saved=1/);

    await page.goto(`/policies/${policy.id}`);
    await expect(preview.getByRole("link", { name: "https://sources.example/opt-out" })).toHaveAttribute("href", "https://sources.example/opt-out");
    await expect(preview.getByRole("heading", { name: "Your right to object (Art. 21 GDPR)" })).toBeVisible();

    // From the keyboard: focus the objection statement and press Enter to open the direct marketing answer.
    const objection = preview.locator("[data-source-href]", { hasText: "for direct marketing" });
    await objection.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/activities/${activity.id}/edit#purposes\\.0\\.directMarketing$`));
    await expect(page.getByRole("checkbox", { name: "Direct marketing (Art. 21(2))" })).toBeFocused();
  });
});
