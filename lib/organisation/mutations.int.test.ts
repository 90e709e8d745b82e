import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { createDb } from "../db";
import type { Actor } from "@/lib/mutations/actor";

type OrgActor = Actor & { organisation: { id: string; slug: string } };
import { updateOrganisationProfile } from "./mutations";
import { message } from "@/lib/i18n/message";

const db = createDb(process.env.DATABASE_URL!);

const profile = {
  legalName: "Profile Test GmbH",
  address: "Hauptstraße 1, 50667 Köln",
  email: "info@profile.example",
  phone: "+49 221 123456",
  website: "https://profile.example",
  dpoName: "Dana Schmidt",
  dpoEmail: "dpo@profile.example",
  supervisoryAuthorityName: "LDI NRW",
  supervisoryAuthorityWebsite: "https://www.ldi.nrw.de",
  reviewIntervalMonths: "24",
};

let owner: OrgActor;
let editor: OrgActor;

async function member(organisation: OrgActor["organisation"], role: Role): Promise<OrgActor> {
  const email = `${role.toLowerCase()}-${crypto.randomUUID()}@org.example`;
  const user = await db.user.create({ data: { email, name: email, passwordHash: "x", memberships: { create: { organisationId: organisation.id, role } } } });
  return { user: { id: user.id, email }, organisation, role };
}

beforeAll(async () => {
  const id = crypto.randomUUID();
  const organisation = await db.organisation.create({ data: { slug: `org-${id}`, legalName: "Before GmbH" }, select: { id: true, slug: true, legalName: true } });
  owner = await member(organisation, "OWNER");
  editor = await member(organisation, "EDITOR");
});

afterAll(async () => {
  await db.$disconnect();
});

describe("updateOrganisationProfile", () => {
  it("is for DPOs and owners only", async () => {
    expect((await updateOrganisationProfile(editor, { ...profile, version: 1 })).kind).toBe("refused");
  });

  it("saves the profile with an audit event, never touching the slug", async () => {
    const result = await updateOrganisationProfile(owner, { ...profile, slug: "hijacked", version: 1 });
    expect(result.ok).toBe(true);
    const row = await db.organisation.findUniqueOrThrow({ where: { id: owner.organisation.id } });
    expect(row).toMatchObject({ legalName: "Profile Test GmbH", slug: owner.organisation.slug, defaultLanguage: "en", reviewIntervalMonths: 24, version: 2 });
    const [event] = await db.auditEvent.findMany({ where: { entityId: row.id, entityType: "Organisation" } });
    expect(event.before).toMatchObject({ legalName: "Before GmbH", version: 1 });
    expect(event.after).toMatchObject({ legalName: "Profile Test GmbH", version: 2 });
  });

  it("explains a bad e-mail and interval next to the fields and keeps the input", async () => {
    const result = await updateOrganisationProfile(owner, { ...profile, dpoEmail: "dpo(at)profile", reviewIntervalMonths: "0", version: 2 });
    expect(result.fieldErrors).toEqual({
      dpoEmail: message("forms.email"),
      reviewIntervalMonths: message("organisation.errors.interval", { min: 1, max: 60 }),
    });
    expect(result.values).toMatchObject({ dpoEmail: "dpo(at)profile" });
  });

  it("answers a stale version with a conflict naming who changed what", async () => {
    const stale = await updateOrganisationProfile(owner, { ...profile, phone: "+49 1", version: 1 });
    expect(stale.conflict).toMatchObject({ currentVersion: 2, changedBy: owner.user.email });
    expect(stale.conflict?.changes).toContainEqual({ path: "legalName", before: "Before GmbH", after: "Profile Test GmbH" });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: owner.organisation.id } })).phone).toBe(profile.phone);
  });
});
