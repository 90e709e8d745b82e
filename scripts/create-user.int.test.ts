import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../lib/db";
import { verifyPassword } from "../lib/auth/password";
import { createUser } from "./create-user";

const db = createDb(process.env.DATABASE_URL!);
const unique = () => crypto.randomUUID().replaceAll("-", "").slice(0, 10);

afterAll(async () => {
  await db.$disconnect();
});

describe("npm run user:create", () => {
  it("creates the organisation with its default catalogues, the user and the membership, with an audit event", async () => {
    const slug = `cli-${unique()}`;
    const email = `owner-${unique()}@cli.example`;
    const result = await createUser(db, { email, org: slug, role: "OWNER", "org-name": "CLI Test AG" });
    expect(result.createdOrganisation).toBe(true);
    expect(result.createdUser).toBe(true);
    expect(result.password).toMatch(/^[\w-]{16}$/);

    const user = await db.user.findUniqueOrThrow({
      where: { email },
      select: { passwordHash: true, memberships: { select: { role: true, organisation: { select: { id: true, slug: true } } } } },
    });
    expect(await verifyPassword(user.passwordHash, result.password!)).toBe(true);
    expect(user.memberships).toEqual([{ role: "OWNER", organisation: { id: result.organisation.id, slug } }]);
    expect(await db.legalBasis.count({ where: { organisationId: result.organisation.id, article: "ART6" } })).toBe(6);
    expect(await db.auditEvent.count({ where: { organisationId: result.organisation.id, entityType: "Membership" } })).toBe(1);
  });

  it("changes the role of an existing member without touching the password", async () => {
    const slug = `cli-${unique()}`;
    const email = `editor-${unique()}@cli.example`;
    await createUser(db, { email, org: slug, role: "EDITOR", "org-name": "CLI Role Change", password: "first-password-1" });
    const again = await createUser(db, { email, org: slug, role: "DPO" });
    expect(again.createdUser).toBe(false);
    expect(again.password).toBeUndefined();
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true, sessionVersion: true, memberships: { select: { role: true } } } });
    expect(user.memberships).toEqual([{ role: "DPO" }]);
    expect(await verifyPassword(user.passwordHash, "first-password-1")).toBe(true);
    expect(user.sessionVersion).toBe(1);
  });

  it("refuses an unknown organisation without --org-name and writes nothing", async () => {
    const email = `nobody-${unique()}@cli.example`;
    await expect(createUser(db, { email, org: `missing-${unique()}`, role: "VIEWER" })).rejects.toThrow(/--org-name/);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});
