/**
 * Renaming an activity: its section keeps its anchor, links to older anchors
 * still land on it, and the comparison shows one changed section. The
 * versions page says where each version came from and what the checks found;
 * the demo's version 1 is recorded as the organisation published it.
 */
import type { Page } from "@playwright/test";
import type { PolicyDocument } from "../lib/policies/types";
import { test, expect, login, DEMO, type TestOrganisation } from "./fixtures";
import type { createDb } from "../lib/db";

type Db = ReturnType<typeof createDb>;

/** A policy with one activity recorded completely enough that the checks find nothing to confirm. */
async function policyWithActivity(db: Db, organisation: TestOrganisation) {
  await db.organisation.update({
    where: { id: organisation.id },
    data: { address: "Hauptstraße 1, 50667 Köln", email: "privacy@e2e.example", dpoName: "Dana Schmidt", dpoEmail: "dpo@e2e.example", supervisoryAuthorityName: "LDI NRW" },
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
      provisionRequirement: "VOLUNTARY",
      recipientsNone: true,
      transfersNone: true,
      purposes: { create: { description: "Keeping the website secure", legitimateInterests: "Detecting attacks", legalBases: { create: { legalBasisId: basis.id } } } },
      dataCategories: { create: { dataCategoryId: category.id, retention: "7 days" } },
    },
    select: { id: true },
  });
  const policy = await db.policy.create({
    data: { organisationId: organisation.id, slug: "website", title: "Privacy Policy for the Website", sections: [{ type: "controller" }, { type: "activity", activityId: activity.id }, { type: "rights" }] },
    select: { id: true },
  });
  return { policyId: policy.id, activityId: activity.id };
}

async function publish(page: Page, policyId: string, summary: string, number: number) {
  await page.goto(`/policies/${policyId}/publish`);
  await page.getByLabel("What changed in this version").fill(summary);
  // Each warning of the draft is confirmed on its own; errors would refuse publishing.
  for (const warning of await page.getByRole("checkbox", { name: /^I have considered:/ }).all()) await warning.check();
  await page.getByRole("button", { name: "Publish version" }).click();
  await expect(page.getByText(`Version ${number} was published.`)).toBeVisible();
}

test("a renamed activity keeps its anchor, older anchors still land on it, and the comparison shows one changed section", async ({ page, db, makeOrganisation, makeUser }) => {
  // Renaming an activity's public title turned its section into "removed + added"
  // on the compare page, and links to the old #anchor of the policy died.
  test.slow(); // Four publications, each composing the policy.
  const organisation = await makeOrganisation();
  const dpo = await makeUser(organisation, "DPO");
  const { policyId, activityId } = await policyWithActivity(db, organisation);
  const publicBase = `/p/${organisation.slug}/website`;
  await login(page, dpo);
  await publish(page, policyId, "First published version.", 1);

  await db.processingActivity.update({ where: { id: activityId }, data: { publicTitle: "Server logs", publicDescription: "Our web server records each request to this website." } });
  await publish(page, policyId, "Log files are now called server logs.", 2);

  // A long viewport would show the section without scrolling; a short one proves the link lands on it.
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto(`${publicBase}#log-files`);
  const section = page.locator("section#log-files");
  await expect(section.getByRole("heading", { level: 2, name: "Server logs" })).toBeInViewport();
  await expect(page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "Server logs" })).toHaveAttribute("href", "#log-files");

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${publicBase}/compare?from=1&to=2`);
  const redline = page.locator(".redline");
  // The activity's section is one changed section; the right to object names the activity, so it changes too.
  const renamed = redline.locator("section").filter({ has: page.getByRole("heading", { level: 3, name: /Server logs/ }) });
  await expect(renamed).toHaveCount(1);
  await expect(redline.locator("section")).toHaveCount(2);
  const heading = renamed.getByRole("heading", { level: 3 });
  expect((await heading.locator("del").allTextContents()).join("")).toContain("Log files");
  expect((await heading.locator("ins").allTextContents()).join("")).toContain("Server logs");
  await expect(redline.locator("del", { hasText: "access" })).toBeVisible();
  await expect(redline.locator("ins", { hasText: "request" })).toBeVisible();
  await expect(redline.getByText("removed", { exact: true })).toHaveCount(0);
  await expect(redline.getByText("added", { exact: true })).toHaveCount(0);
  await page.screenshot({ path: "test-results/compare-after-rename.png", fullPage: true });

  // A version published before anchors were kept gave the section the new title's slug; its older anchor stays a target.
  const v2 = await db.policyVersion.findFirstOrThrow({ where: { policyId, number: 2 } });
  const content = v2.content as unknown as PolicyDocument;
  const moved = { ...content, sections: content.sections.map((s) => (s.activityId === activityId ? { ...s, anchor: "server-logs" } : s)) };
  await db.policyVersion.create({ data: { policyId, number: 3, effectiveAt: new Date(), changeSummary: "Published before anchors were kept.", content: moved, html: v2.html, contentHash: "0".repeat(64) } });
  await db.processingActivity.update({ where: { id: activityId }, data: { publicTitle: "Access logs" } });
  await publish(page, policyId, "Server logs are now called access logs.", 4);
  // The version's permanent address: the browser may keep the latest address's earlier page for its max-age.
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto(`${publicBase}/v/4#log-files`);
  await expect(page.locator("section#server-logs > span#log-files")).toHaveCount(1);
  await expect(page.locator("section#server-logs").getByRole("heading", { level: 2, name: "Access logs" })).toBeInViewport();

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/policies/${policyId}/versions`);
  const versions = page.getByRole("table", { name: "Published versions, newest first" });
  await expect(versions.getByText("Published here")).toHaveCount(4);
  await expect(versions.getByText("Recorded", { exact: true })).toHaveCount(0);
  await page.screenshot({ path: "test-results/versions-after-rename.png", fullPage: true });
});

test("the demo's version 1 is recorded as published before the register, with its findings on the versions page only", async ({ page, db }) => {
  const policy = await db.policy.findFirstOrThrow({ where: { slug: "coi-website", organisation: { slug: DEMO.slug } }, select: { id: true } });
  await login(page, DEMO.dpo);
  await page.goto(`/policies/${policy.id}/versions`);
  const versions = page.getByRole("table", { name: "Published versions, newest first" });
  const first = versions.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "1", exact: true }) });
  await expect(first.getByText("Recorded", { exact: true })).toBeVisible();
  await expect(first.getByText("Published before this register was kept", { exact: true })).toBeVisible();
  const findings = first.getByRole("list", { name: "Findings of version 1" });
  await expect(findings).toBeHidden();
  const summary = first.getByText(/^Findings when recorded: \d+ errors?/);
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(findings).toBeVisible();
  await expect(findings.getByText("Error", { exact: true }).first()).toBeVisible();
  await expect(findings.getByText(/GDPR$/).first()).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "test-results/versions-recorded.png", fullPage: true });

  // The public archive says it neutrally and never shows the findings.
  await page.goto(`/p/${DEMO.slug}/coi-website/versions`);
  await expect(page.getByText("published before this archive was kept").first()).toBeVisible();
  await expect(page.getByText(/Findings|Error/)).toHaveCount(0);
});
