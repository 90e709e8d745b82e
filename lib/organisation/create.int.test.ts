import { afterAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { db } from "../db";
import { hashPassword } from "../auth/password";
import { DEFAULT_DATA_CATEGORIES, DEFAULT_LEGAL_BASES } from "../catalogues/defaults";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { createOrganisation } from "./create";

const organisations: string[] = [];
const users: string[] = [];

async function makeMember(role: Role) {
  const id = crypto.randomUUID();
  const organisation = await db.organisation.create({ data: { slug: `org-create-${id}`, legalName: `Home ${id}` } });
  organisations.push(organisation.id);
  const user = await db.user.create({
    data: { email: `${id}@create.example`, name: "Creator", passwordHash: await hashPassword("irrelevant-here"), memberships: { create: { organisationId: organisation.id, role } } },
  });
  users.push(user.id);
  return { user: { id: user.id, email: user.email }, memberships: [{ role }] };
}

afterAll(async () => {
  for (const id of organisations) await db.$transaction((tx) => deleteOrganisation(tx, id));
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.$disconnect();
});

describe("createOrganisation", () => {
  it("creates the organisation with the default catalogues, its creator as owner, and audits both", async () => {
    const member = await makeMember("OWNER");
    const slug = `acme-${crypto.randomUUID().slice(0, 8)}`;
    const result = await createOrganisation(member, { legalName: "  Acme GmbH ", slug: slug.toUpperCase() });
    expect(result).toMatchObject({ ok: true, organisation: { slug, legalName: "Acme GmbH" } });
    if (!result.ok) return;
    const id = result.organisation.id;
    organisations.push(id);

    expect(await db.legalBasis.count({ where: { organisationId: id } })).toBe(DEFAULT_LEGAL_BASES.length);
    expect(await db.dataCategory.count({ where: { organisationId: id } })).toBe(DEFAULT_DATA_CATEGORIES.length);
    expect(await db.dataSubjectCategory.count({ where: { organisationId: id } })).toBeGreaterThan(0);
    expect(await db.securityMeasure.count({ where: { organisationId: id } })).toBeGreaterThan(0);
    expect(await db.membership.findMany({ where: { organisationId: id }, select: { userId: true, role: true } })).toEqual([
      { userId: member.user.id, role: "OWNER" },
    ]);
    const events = await db.auditEvent.findMany({ where: { organisationId: id }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.entityType, event.action, event.actorId])).toEqual([
      ["Organisation", "CREATE", member.user.id],
      ["Membership", "CREATE", member.user.id],
    ]);
  });

  it("says which short name is taken, and what a valid one looks like", async () => {
    const member = await makeMember("OWNER");
    const taken = await db.organisation.findUniqueOrThrow({ where: { id: organisations[organisations.length - 1] }, select: { slug: true } });
    expect(await createOrganisation(member, { legalName: "Copy", slug: taken.slug })).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringMatching(/already taken/) } });
    expect(await createOrganisation(member, { legalName: "Bad", slug: "-bad slug-" })).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringMatching(/lower-case letters/) } });
    expect(await createOrganisation(member, { legalName: "", slug: "fine-slug" })).toMatchObject({ ok: false, fieldErrors: { legalName: expect.any(String) } });
    expect(await createOrganisation(member, { legalName: "x".repeat(201), slug: "fine-slug" })).toMatchObject({ ok: false, fieldErrors: { legalName: expect.stringMatching(/200/) } });
  });

  it("is refused to members who own no organisation", async () => {
    const member = await makeMember("DPO");
    const slug = `refused-${crypto.randomUUID().slice(0, 8)}`;
    expect(await createOrganisation(member, { legalName: "Refused Ltd", slug })).toMatchObject({ ok: false, formError: expect.stringMatching(/owners/) });
    expect(await db.organisation.count({ where: { slug } })).toBe(0);
  });
});
