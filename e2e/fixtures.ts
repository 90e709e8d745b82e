/**
 * Test data for end-to-end tests: each test makes its own organisation and
 * users directly in the database, so tests never depend on one another.
 */
import { test as base, expect, type Page } from "@playwright/test";
import type { Role } from "@prisma/client";
import { createDb } from "../lib/db";
import { hashPassword } from "../lib/auth/password";
import { createDefaultCatalogues } from "../lib/catalogues/defaults";

export const DEMO = {
  slug: "open-xchange",
  dpo: { email: "dpo@demo.example", password: "demo-password-2026" },
  viewer: { email: "viewer@demo.example", password: "demo-password-2026" },
};

export type TestUser = { email: string; password: string; role: Role };
export type TestOrganisation = { id: string; slug: string; legalName: string };

type Fixtures = {
  db: ReturnType<typeof createDb>;
  makeOrganisation: (name?: string) => Promise<TestOrganisation>;
  makeUser: (organisation: TestOrganisation, role: Role) => Promise<TestUser>;
};

const unique = () => crypto.randomUUID().replaceAll("-", "").slice(0, 10);

export const test = base.extend<Fixtures>({
  db: async ({}, provide) => {
    const db = createDb(process.env.DATABASE_URL!);
    await provide(db);
    await db.$disconnect();
  },
  makeOrganisation: async ({ db }, provide) => {
    await provide(async (name) => {
      const id = unique();
      const organisation = await db.organisation.create({
        data: { slug: `e2e-${id}`, legalName: name ?? `E2E Organisation ${id}` },
        select: { id: true, slug: true, legalName: true },
      });
      await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
      return organisation;
    });
  },
  makeUser: async ({ db }, provide) => {
    await provide(async (organisation, role) => {
      const email = `${role.toLowerCase()}-${unique()}@e2e.example`;
      const password = `pw-${unique()}-${unique()}`;
      await db.user.create({
        data: {
          email,
          name: `${role[0]}${role.slice(1).toLowerCase()} ${email.slice(0, 6)}`,
          passwordHash: await hashPassword(password),
          memberships: { create: { organisationId: organisation.id, role } },
        },
      });
      return { email, password, role };
    });
  },
});

export async function login(page: Page, user: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

export { expect };
