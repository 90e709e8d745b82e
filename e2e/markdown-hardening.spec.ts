/**
 * Markdown that the parser cannot render, in the browser: a body stored
 * before the bounds existed (written straight into the database) breaks none
 * of the pages that compose the policy, and the editor refuses to save a new
 * one with the reason next to the text, keeping what was typed. The public
 * compare page redirects an address with unknown parameters.
 */
import { test, expect } from "./fixtures";

const BAD_BODY = "> ".repeat(2000).trim();

test.describe("Markdown that cannot be rendered", () => {
  // Regression: a stored body of 2,000 "> " made marked overflow the stack, and the dashboard,
  // the policy list, the editor, publish and versions pages answered 500 for every role.
  test("a stored body leaves every policy page working, and a new one is refused at the text", async ({ page, db, makeOrganisation, makeUser }) => {
    const organisation = await makeOrganisation("Markdown Guard Ltd");
    const policy = await db.policy.create({
      data: {
        organisationId: organisation.id,
        slug: "website",
        title: "Website policy",
        sections: [{ type: "controller" }, { type: "markdown", title: "Quoted", body: BAD_BODY }, { type: "markdown", title: "Contact", body: "Write to **us**." }, { type: "rights" }],
      },
      select: { id: true },
    });
    const user = await makeUser(organisation, "DPO");
    await page.goto("/login");
    await page.getByLabel("E-mail address").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Password hashing (argon2) is slow on purpose; the pages under test come after it.
    await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 });

    for (const path of ["/", "/policies", `/policies/${policy.id}/publish`, `/policies/${policy.id}/versions`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
    }
    await page.goto(`/policies/${policy.id}`);
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByRole("heading", { name: "Quoted" })).toBeVisible();
    await expect(preview).toContainText("The text of this section cannot be shown.");
    await expect(preview.locator("strong", { hasText: "us" })).toBeVisible();
    // The stored text is in the editor, not dropped.
    await expect(page.getByLabel("Text").first()).toHaveValue(BAD_BODY);

    await page.getByRole("button", { name: "Save draft" }).click();
    const text = page.getByLabel("Text").first();
    await expect(text).toHaveAccessibleDescription(/nests quotes, lists or indentation more than 10 levels deep/);
    await expect(text).toHaveValue(BAD_BODY);
    await page.screenshot({ path: test.info().outputPath("markdown-refused.png"), fullPage: true });
    expect((await db.policy.findUniqueOrThrow({ where: { id: policy.id }, select: { version: true } })).version).toBe(1);

    // The live preview, composed from what is typed, keeps the notice in that section's place.
    await page.getByLabel("Text").nth(1).fill("Write to **us** by post.");
    await expect(preview).toContainText("Write to us by post.");
    await expect(preview).toContainText("The text of this section cannot be shown.");

    await text.fill("> A quote, one level deep.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByLabel("Text").first()).not.toHaveAccessibleDescription(/levels deep/);
    await expect(preview.locator("blockquote", { hasText: "A quote, one level deep." })).toBeVisible();
    await expect.poll(async () => (await db.policy.findUniqueOrThrow({ where: { id: policy.id }, select: { version: true } })).version).toBe(2);
  });
});
