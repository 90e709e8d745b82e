import { outcomeOf, signInAs } from "../../test/support/request-scope";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb } from "../db";
import { hashPassword } from "../auth/password";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { inEnglish } from "@/lib/i18n/english";
import { message } from "@/lib/i18n/message";

vi.mock("next/headers", async () => (await import("@/test/support/request-scope")).nextHeadersModule);
vi.mock("next/cache", async () => (await import("@/test/support/request-scope")).nextCacheModule);
vi.mock("@/lib/auth/index", async () => (await import("@/test/support/request-scope")).authModule);

const { changePasswordAction } = await import("./actions");

const db = createDb(process.env.DATABASE_URL!);
const id = crypto.randomUUID().slice(0, 8);
const PASSWORD = "the-right-password-1";
let organisation: { id: string };
let user: { id: string; email: string; sessionVersion: number; passwordHash: string };

beforeAll(async () => {
  organisation = await db.organisation.create({ data: { slug: `account-${id}`, legalName: "Account AG" } });
  user = await db.user.create({
    data: { email: `account-${id}@example.test`, name: "Account", passwordHash: await hashPassword(PASSWORD), memberships: { create: { organisationId: organisation.id, role: "VIEWER" } } },
    select: { id: true, email: true, sessionVersion: true, passwordHash: true },
  });
});

afterAll(async () => {
  await db.$transaction((tx) => deleteOrganisation(tx, organisation.id));
  await db.user.delete({ where: { id: user.id } });
  await db.$disconnect();
});

const change = (currentPassword: string) => {
  const form = new FormData();
  form.set("currentPassword", currentPassword);
  form.set("newPassword", "a-new-password-2");
  form.set("confirmPassword", "a-new-password-2");
  return outcomeOf(() => changePasswordAction({}, form));
};

describe("changing the password", () => {
  // Regression: the current-password check was not limited, so a stolen
  // session could guess the password without end.
  it("counts wrong current passwords like failed sign-ins and stops guessing, even at the right password", async () => {
    signInAs(user, organisation.id);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await change(`wrong-guess-${attempt}`)).toEqual({
        kind: "returned",
        value: { fieldErrors: { currentPassword: message("account.errors.wrongCurrentPassword") } },
      });
    }
    const refused = await change(PASSWORD);
    expect(refused).toMatchObject({ kind: "returned", value: { fieldErrors: { currentPassword: expect.any(String) } } });
    expect(inEnglish((refused as { value: { fieldErrors: { currentPassword: string } } }).value.fieldErrors.currentPassword)).toMatch(/^Too many wrong passwords\. Try again in \d+ minutes?\.$/);

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true, passwordHash: true } });
    expect(after).toEqual({ sessionVersion: user.sessionVersion, passwordHash: user.passwordHash });
    // Counted for the address the server derived, not the X-Forwarded-For the client sent.
    const addresses = await db.loginAttempt.findMany({ where: { email: user.email }, select: { ip: true, success: true } });
    expect(addresses).toHaveLength(5);
    expect(new Set(addresses.map((row) => row.ip))).toEqual(new Set(["203.0.113.10"]));
  });
});
