import { test, expect, login } from "./fixtures";

test.describe("organisation profile", () => {
  test("a bad e-mail is explained next to the field with the input kept, then fixed and saved", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await login(page, await makeUser(organisation, "DPO"));
    await page.goto("/settings");
    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Members" })).toHaveAttribute("href", "/settings/members");

    await page.getByLabel("DPO name").fill("Dana Schmidt");
    // The form of address sets the gender of the DPO's title in German and French policies.
    await page.getByLabel("DPO form of address").selectOption("FEMININE");
    const email = page.getByLabel("DPO e-mail");
    await email.fill("dana(at)example");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toBeFocused();
    await expect(page.getByText("Enter an e-mail address like privacy@example.com, or leave it empty.")).toBeVisible();
    await expect(page.getByLabel("DPO name")).toHaveValue("Dana Schmidt");
    await expect(email).toHaveValue("dana(at)example");
    await expect(page.getByLabel("DPO form of address")).toHaveValue("FEMININE");

    await email.fill("dana@example.com");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("The organisation profile was saved.")).toBeVisible();
    await expect(page.getByLabel("DPO e-mail")).toHaveValue("dana@example.com");
    const saved = await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
    expect(saved).toMatchObject({ dpoName: "Dana Schmidt", dpoForm: "FEMININE", dpoEmail: "dana@example.com", version: 2 });
  });

  test("a save over someone else's newer save shows the conflict, keeps the input and reapplies it", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation();
    await login(page, await makeUser(organisation, "OWNER"));
    await page.goto("/settings");
    await page.getByLabel("Telephone").first().fill("+49 221 555");

    // Meanwhile a colleague saves the profile (with its audit event, as every save does).
    await db.$transaction(async (tx) => {
      await tx.organisation.update({ where: { id: organisation.id }, data: { website: "https://colleague.example", version: 2 } });
      await tx.auditEvent.create({
        data: {
          organisationId: organisation.id,
          actorEmail: "colleague@e2e.example",
          action: "UPDATE",
          entityType: "Organisation",
          entityId: organisation.id,
          before: { website: "", version: 1 },
          after: { website: "https://colleague.example", version: 2 },
        },
      });
    });

    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByRole("heading", { name: "Someone else saved this record while you were editing" })).toBeVisible();
    await expect(page.getByText("colleague@e2e.example", { exact: true })).toBeVisible();
    await expect(page.getByRole("cell", { name: "https://colleague.example" })).toBeVisible();
    await expect(page.getByLabel("Telephone").first()).toHaveValue("+49 221 555");

    await page.getByRole("button", { name: "Apply my changes on top" }).click();
    await expect(page.getByText("The organisation profile was saved.")).toBeVisible();
    const saved = await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
    // Their change stays: only the field this user changed is put on top.
    expect(saved).toMatchObject({ phone: "+49 221 555", website: "https://colleague.example", version: 3 });
  });

  test("a viewer and an editor read the profile without editing controls", async ({ page, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation("Readers GmbH");
    await login(page, await makeUser(organisation, "EDITOR"));
    await page.goto("/settings");
    await expect(page.getByText("Readers GmbH").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Save profile" })).toHaveCount(0);
    await expect(page.getByRole("textbox")).toHaveCount(0);
  });
});
