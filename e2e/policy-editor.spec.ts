import { test, expect, login, DEMO } from "./fixtures";

test.describe("policy draft editor", () => {
  test("the demo website policy: preview from the records, findings and a Markdown section", async ({ page }) => {
    await login(page, DEMO.dpo);
    await page.goto("/policies");
    await page.getByRole("link", { name: "Privacy Policy for the coi.me Website" }).click();

    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByRole("heading", { name: "Log files", level: 2 })).toBeVisible();
    await expect(preview).toContainText("Art. 6(1)(f) GDPR");
    await expect(preview.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "Your rights" })).toBeVisible();

    const findings = page.getByRole("region", { name: "Art. 13/14 check" });
    const authority = findings.getByRole("link", { name: /Name the supervisory authority/ });
    await expect(authority).toHaveAttribute("href", "/settings#org-supervisoryAuthorityName");
    await expect(findings.getByRole("link", { name: /Purpose 1 of “Cookies” has no legal basis/ })).toHaveAttribute("href", /\/activities\/.+\/edit#purposes\.0\.legalBasisIds$/);

    await page.getByRole("button", { name: "Add text section" }).click();
    const heading = page.getByLabel("Heading").last();
    await expect(heading).toBeFocused();
    await heading.fill("Contacting us securely");
    await page.getByLabel("Text").last().fill("Please send **confidential** information by letter post. <script>alert(1)</script>");
    await expect(preview.getByRole("heading", { name: "Contacting us securely" })).toBeVisible();
    await expect(preview.locator("strong", { hasText: "confidential" })).toBeVisible();
    await expect(preview.locator("script")).toHaveCount(0);
    // The German wording, composed from translated records, is e2e/policy-languages.spec.ts.
  });

  test("the demo app policy reports the transfers to the United States without a safeguard, and states only what is recorded", async ({ page }) => {
    await login(page, DEMO.dpo);
    await page.goto("/policies");
    await page.getByRole("link", { name: "Privacy Policy for the OX COI Messenger" }).click();
    const findings = page.getByRole("region", { name: "Art. 13/14 check" });
    await expect(findings.getByRole("link", { name: /No safeguard is recorded for the transfer to United States/ })).toHaveCount(2);
    // The transfer line states the recorded facts; a missing safeguard is a finding, not a published sentence.
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview).toContainText("United States.");
    await expect(preview).not.toContainText("No safeguard is stated");
  });

  test("create a policy, rearrange and save its draft; a viewer only reads it", async ({ page, db, makeOrganisation, makeUser, browser }) => {
    const organisation = await makeOrganisation("Policy Editor Ltd");
    await db.processingActivity.create({
      data: {
        organisationId: organisation.id,
        reference: "HR-01",
        name: "Applications",
        status: "ACTIVE",
        publicTitle: "Job applications",
        publicDescription: "We process your application to decide on it.",
      },
    });
    await login(page, await makeUser(organisation, "DPO"));
    await page.goto("/policies");
    await page.getByRole("link", { name: "New policy" }).first().click();

    await page.getByLabel("Title").fill("Privacy policy for applicants");
    await page.getByLabel("Address of the public page").fill("Applicants!");
    await page.getByRole("button", { name: "Create policy" }).click();
    await expect(page.getByText("Use lower-case letters, digits and single hyphens only")).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue("Privacy policy for applicants");
    await page.getByLabel("Address of the public page").fill("applicants");
    await page.getByRole("button", { name: "Create policy" }).click();

    await expect(page.getByText("The policy was created.")).toBeVisible();
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByRole("heading", { name: "Job applications" })).toBeVisible();

    await page.getByRole("button", { name: "Add text section" }).click();
    await page.getByLabel("Heading").fill("About this policy");
    await page.getByLabel("Text").fill("It covers applications sent to us.");
    // Move the new section to the top.
    for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Move “About this policy” up" }).click();
    await expect(page.getByRole("button", { name: "Move “About this policy” up" })).toBeDisabled();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("The draft was saved.")).toBeVisible();

    const saved = await db.policy.findFirstOrThrow({ where: { organisationId: organisation.id, slug: "applicants" } });
    expect(saved.version).toBe(2);
    expect((saved.sections as { type: string }[]).map((s) => s.type)).toEqual(["markdown", "controller", "activity", "rights"]);
    await expect(preview.getByRole("navigation", { name: "Contents" }).getByRole("listitem").first()).toHaveText("About this policy");

    const viewerPage = await browser.newPage();
    await login(viewerPage, await makeUser(organisation, "VIEWER"));
    await viewerPage.goto(`/policies/${saved.id}`);
    await expect(viewerPage.getByRole("region", { name: "Preview" }).getByRole("heading", { name: "About this policy" })).toBeVisible();
    await expect(viewerPage.getByRole("button", { name: "Save draft" })).toHaveCount(0);
    await expect(viewerPage.getByRole("button", { name: /Remove/ })).toHaveCount(0);
    await expect(viewerPage.getByRole("link", { name: "New policy" })).toHaveCount(0);
    await viewerPage.close();
  });

  test("a save over someone else's newer save shows the conflict and reapplies the user's change on top", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await db.organisation.update({ where: { id: organisation.id }, data: { languages: ["en", "de"] } });
    const policy = await db.policy.create({
      data: { organisationId: organisation.id, slug: "website", title: "Website policy", languages: ["en"], sections: [{ type: "controller" }, { type: "rights" }] },
    });
    await login(page, await makeUser(organisation, "DPO"));
    await page.goto(`/policies/${policy.id}`);
    await page.getByRole("textbox", { name: "Title", exact: true }).fill("Privacy policy for our website");

    // Meanwhile a colleague adds German (with its audit event, as every save does).
    await db.$transaction(async (tx) => {
      await tx.policy.update({ where: { id: policy.id }, data: { languages: ["en", "de"], version: 2 } });
      await tx.auditEvent.create({
        data: {
          organisationId: organisation.id,
          actorEmail: "colleague@e2e.example",
          action: "UPDATE",
          entityType: "Policy",
          entityId: policy.id,
          before: { languages: ["en"], version: 1 },
          after: { languages: ["en", "de"], version: 2 },
        },
      });
    });

    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("heading", { name: "Someone else saved this record while you were editing" })).toBeVisible();
    await expect(page.getByText("colleague@e2e.example").first()).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue("Privacy policy for our website");
    await page.getByRole("button", { name: "Apply my changes on top" }).click();
    await expect(page.getByText("The draft was saved.")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "German" })).toBeChecked();
    expect(await db.policy.findUniqueOrThrow({ where: { id: policy.id } })).toMatchObject({ title: "Privacy policy for our website", languages: ["en", "de"], version: 3 });
  });
});
