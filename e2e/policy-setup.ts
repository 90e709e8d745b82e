/**
 * A policy that can be published without findings to confirm beyond warnings:
 * one activity on legitimate interests, complete enough for the checks, in an
 * organisation made for the test.
 */
import type { Page } from "@playwright/test";
import { expect, type TestOrganisation } from "./fixtures";
import type { createDb } from "../lib/db";

type Db = ReturnType<typeof createDb>;

export async function policyWithActivity(db: Db, organisation: TestOrganisation) {
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
      publicDescription: "Our web server records each access to this website, see https://www.example.com/a-rather-long-address/that-does-not-break-by-itself?with=query&parameters=true.",
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

/** Publishes through the publish page, confirming each warning (errors would refuse publishing). */
export async function publish(page: Page, policyId: string, summary: string, number: number) {
  await page.goto(`/policies/${policyId}/publish`);
  await page.getByLabel("What changed in this version").fill(summary);
  for (const warning of await page.getByRole("checkbox", { name: /^I have considered:/ }).all()) await warning.check();
  await page.getByRole("button", { name: "Publish version" }).click();
  await expect(page.getByText(`Version ${number} was published.`)).toBeVisible();
}
