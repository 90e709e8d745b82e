import { test, expect, login } from "./fixtures";

const shots = process.env.E2E_SCREENSHOTS;

test.describe("audit trail integrity on the dashboard", () => {
  test("says the trail is intact, with the number of events verified", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation("Intact Trail Ltd");
    const owner = await makeUser(organisation, "OWNER");
    for (const entityId of ["a", "b", "c"]) {
      await db.auditEvent.create({ data: { organisationId: organisation.id, actorEmail: owner.email, action: "CREATE", entityType: "Recipient", entityId } });
    }

    await login(page, owner);
    await page.goto("/");
    const status = page.getByRole("region", { name: "Audit trail intact — 3 events verified" });
    await expect(status).toBeVisible();
    await expect(status.getByRole("link", { name: "Audit log" })).toHaveAttribute("href", "/audit");
    if (shots) await page.screenshot({ path: `${shots}/dashboard-audit-trail-intact.png` });
  });

  test("warns, in words, which events were edited or deleted outside the application", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation("Tampered Trail Ltd");
    const owner = await makeUser(organisation, "OWNER");
    for (const entityId of ["a", "b", "c", "d"]) {
      await db.auditEvent.create({
        data: { organisationId: organisation.id, actorEmail: owner.email, action: "UPDATE", entityType: "ProcessingActivity", entityId, after: { name: entityId } },
      });
    }
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE "organisationId" = ${organisation.id} AND "sequence" = 2`;
    await db.$executeRaw`UPDATE "AuditEvent" SET "after" = '{"name": "rewritten"}' WHERE "organisationId" = ${organisation.id} AND "sequence" = 4`;

    await login(page, owner);
    await page.goto("/");
    const warning = page.getByRole("region", { name: "Audit trail broken — 2 problems found" });
    await expect(warning).toBeVisible();
    await expect(warning.getByRole("listitem")).toHaveText([/^Event #2 deleted, just before event #3 \(Changed · Processing activity, /, /^Event #4 \(Changed · Processing activity, .*\) was changed after it was written\.$/]);
    const day = new Date().toISOString().slice(0, 10);
    await expect(warning.getByRole("link", { name: `Audit log of ${day}` })).toHaveAttribute("href", `/audit?from=${day}&to=${day}`);
    if (shots) await page.screenshot({ path: `${shots}/dashboard-audit-trail-broken.png` });

    await warning.getByRole("link", { name: "Full audit log" }).click();
    await expect(page).toHaveURL(/\/audit$/);
  });
});
