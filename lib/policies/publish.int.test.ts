import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { createDb } from "../db";
import type { Actor } from "../catalogues/mutations";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { deleteOrganisation } from "../organisation/delete";
import { contentHash } from "./content-hash";
import { composeDraft } from "./draft";
import { getPolicyDrift, listPolicyVersions } from "./drift-queries";
import { getPublicPolicy, getPublicVersion, versionInForce } from "./public-queries";
import { publishPolicy, type ComposedDraft } from "./publish";
import { sampleDocument } from "./test-documents";
import type { PolicyDocument } from "./types";

const db = createDb(process.env.DATABASE_URL!);
const organisations: string[] = [];

type Org = Actor["organisation"];

async function organisation(): Promise<Org> {
  const id = crypto.randomUUID().slice(0, 12);
  const org = await db.organisation.create({
    data: { slug: `pub-${id}`, legalName: `Publisher ${id} AG`, address: "Hauptstraße 1, 50667 Köln", email: "privacy@pub.example", dpoName: "Dana Schmidt", supervisoryAuthorityName: "LDI NRW" },
    select: { id: true, slug: true, legalName: true },
  });
  await db.$transaction((tx) => createDefaultCatalogues(tx, org.id));
  organisations.push(org.id);
  return org;
}

async function member(org: Org, role: Role): Promise<Actor> {
  const email = `${role.toLowerCase()}-${crypto.randomUUID()}@pub.example`;
  const user = await db.user.create({ data: { email, name: email, passwordHash: "x", memberships: { create: { organisationId: org.id, role } } } });
  return { user: { id: user.id, email, name: email }, organisation: org, role };
}

async function policy(org: Org, slug = "website") {
  return db.policy.create({ data: { organisationId: org.id, slug, title: "Website policy", sections: [{ type: "controller" }, { type: "rights" }] }, select: { id: true, slug: true } });
}

/** A composer returning a fixed document (the real one is exercised below), with `findings` open items. */
const fixed = (document: PolicyDocument, findings = 0) => async (): Promise<ComposedDraft> => ({ document, findings: Array.from({ length: findings }, (_, i) => ({ id: `f${i}` })) });

let org: Org;
let dpo: Actor;

beforeAll(async () => {
  org = await organisation();
  dpo = await member(org, "DPO");
});

afterAll(async () => {
  for (const id of organisations) await db.$transaction((tx) => deleteOrganisation(tx, id));
  await db.$disconnect();
});

describe("publishPolicy", () => {
  it("numbers versions, stores content, HTML and hash, and records a PUBLISH audit event", async () => {
    const { id } = await policy(org, "numbering");
    const first = sampleDocument();
    const second = sampleDocument({ title: "Privacy Policy, revised" });
    const one = await publishPolicy(dpo, { policyId: id, changeSummary: "First version" }, fixed(first));
    const two = await publishPolicy(dpo, { policyId: id, changeSummary: "New title" }, fixed(second));
    expect([one.number, two.number]).toEqual([1, 2]);
    const stored = await db.policyVersion.findFirstOrThrow({ where: { policyId: id, number: 1 } });
    expect(stored).toMatchObject({ changeSummary: "First version", publishedById: dpo.user.id, contentHash: contentHash(first) });
    expect(stored.content).toEqual(JSON.parse(JSON.stringify(first)));
    expect(stored.html).toContain("<h1>Privacy Policy for the Website</h1>");
    const events = await db.auditEvent.findMany({ where: { entityId: id, action: "PUBLISH" }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => (event.after as { number: number }).number)).toEqual([1, 2]);
    expect(events[0]).toMatchObject({ entityType: "Policy", actorEmail: dpo.user.email });
  });

  it("requires a change summary, next to the field", async () => {
    const { id } = await policy(org, "summary");
    const result = await publishPolicy(dpo, { policyId: id, changeSummary: "  " }, fixed(sampleDocument()));
    expect(result.fieldErrors?.changeSummary).toMatch(/Describe what changed/);
    expect(await db.policyVersion.count({ where: { policyId: id } })).toBe(0);
  });

  it("refuses content identical to the latest version, and says so", async () => {
    const { id } = await policy(org, "identical");
    await publishPolicy(dpo, { policyId: id, changeSummary: "First" }, fixed(sampleDocument()));
    const again = await publishPolicy(dpo, { policyId: id, changeSummary: "Again" }, fixed(sampleDocument()));
    expect(again).toMatchObject({ identical: true, formError: expect.stringContaining("exactly what version 1 says") });
    expect(await db.policyVersion.count({ where: { policyId: id } })).toBe(1);
  });

  it("asks for confirmation of open findings, and publishes once the publisher accepts that number", async () => {
    const { id } = await policy(org, "findings");
    const unconfirmed = await publishPolicy(dpo, { policyId: id, changeSummary: "First" }, fixed(sampleDocument(), 2));
    expect(unconfirmed).toMatchObject({ openFindings: 2, formError: expect.stringContaining("2 open Art. 13/14 findings") });
    const stale = await publishPolicy(dpo, { policyId: id, changeSummary: "First", acceptedFindings: "1" }, fixed(sampleDocument(), 2));
    expect(stale.openFindings).toBe(2);
    const confirmed = await publishPolicy(dpo, { policyId: id, changeSummary: "First", acceptedFindings: "2" }, fixed(sampleDocument(), 2));
    expect(confirmed).toMatchObject({ ok: true, number: 1 });
  });

  it("refuses viewers and editors, and another organisation's policy", async () => {
    const { id } = await policy(org, "roles");
    for (const role of ["VIEWER", "EDITOR"] as const) {
      expect(await publishPolicy(await member(org, role), { policyId: id, changeSummary: "x" }, fixed(sampleDocument()))).toMatchObject({ forbidden: true });
    }
    const other = await organisation();
    const stranger = await member(other, "OWNER");
    expect(await publishPolicy(stranger, { policyId: id, changeSummary: "x" }, fixed(sampleDocument()))).toMatchObject({ notFound: true });
    expect(await db.policyVersion.count({ where: { policyId: id } })).toBe(0);
  });

  it("refuses an effective date in the past and accepts a later day", async () => {
    const { id } = await policy(org, "effective");
    const now = new Date("2026-11-27T12:00:00Z");
    expect((await publishPolicy(dpo, { policyId: id, changeSummary: "x", effectiveOn: "2026-11-01" }, fixed(sampleDocument()), now)).fieldErrors?.effectiveOn).toBeDefined();
    await publishPolicy(dpo, { policyId: id, changeSummary: "x", effectiveOn: "2026-12-01" }, fixed(sampleDocument()), now);
    expect((await db.policyVersion.findFirstOrThrow({ where: { policyId: id } })).effectiveAt).toEqual(new Date("2026-12-01T00:00:00Z"));
  });
});

describe("published versions in the database", () => {
  it("cannot be updated or deleted on their own, but go with their policy", async () => {
    const { id } = await policy(org, "immutable");
    await publishPolicy(dpo, { policyId: id, changeSummary: "First" }, fixed(sampleDocument()));
    await expect(db.policyVersion.updateMany({ where: { policyId: id }, data: { changeSummary: "Rewritten history" } })).rejects.toThrow(/cannot be changed/);
    await expect(db.$executeRaw`UPDATE "PolicyVersion" SET "html" = '' WHERE "policyId" = ${id}`).rejects.toThrow(/cannot be changed/);
    await expect(db.policyVersion.deleteMany({ where: { policyId: id } })).rejects.toThrow(/cannot be deleted/);
    expect((await db.policyVersion.findFirstOrThrow({ where: { policyId: id } })).changeSummary).toBe("First");
    await db.policy.delete({ where: { id } });
    expect(await db.policyVersion.count({ where: { policyId: id } })).toBe(0);
  });

  it("go with their organisation when it is deleted", async () => {
    const other = await organisation();
    const owner = await member(other, "OWNER");
    const { id } = await policy(other);
    await publishPolicy(owner, { policyId: id, changeSummary: "First" }, fixed(sampleDocument()));
    await db.$transaction((tx) => deleteOrganisation(tx, other.id));
    organisations.splice(organisations.indexOf(other.id), 1);
    expect(await db.policyVersion.count({ where: { policyId: id } })).toBe(0);
  });
});

describe("the real composer, public queries and drift", () => {
  it("publishes the composed draft, serves it by slug, and shows drift when a record changes", async () => {
    const own = await organisation();
    const owner = await member(own, "OWNER");
    const { id, slug } = await policy(own);
    expect(await getPolicyDrift(own.id, id)).toEqual({ state: "unpublished" });
    const draft = await composeDraft(own.id, id);
    const result = await publishPolicy(owner, { policyId: id, changeSummary: "First", acceptedFindings: draft!.findings.length }, composeDraft);
    expect(result).toMatchObject({ ok: true, number: 1 });
    expect(await getPolicyDrift(own.id, id)).toEqual({ state: "in-sync", publishedNumber: 1 });

    const published = await getPublicPolicy(own.slug, slug);
    expect(published?.versions.map((version) => version.number)).toEqual([1]);
    const version = await getPublicVersion(own.slug, slug, 1);
    expect(version?.content.facts.controller.name).toBe(own.legalName);
    expect(await getPublicVersion(own.slug, slug, 2)).toBeNull();
    expect(await getPublicPolicy(own.slug, "no-such-policy")).toBeNull();
    expect(await getPublicPolicy("no-such-org", slug)).toBeNull();

    await db.organisation.update({ where: { id: own.id }, data: { dpoName: "Jana Jentzsch" } });
    const drift = await getPolicyDrift(own.id, id);
    expect(drift).toMatchObject({ state: "drifting", publishedNumber: 1, changes: [{ kind: "changed", scope: "controller", fields: ["controller"] }] });
    // The public page still shows what was published.
    expect((await getPublicVersion(own.slug, slug, 1))?.content.facts.controller.dpo).toContain("Dana Schmidt");
    expect((await listPolicyVersions(own.id, id))[0]).toMatchObject({ number: 1, publishedBy: owner.user.email });
    expect(await listPolicyVersions(org.id, id)).toEqual([]);
  });

  it("serves the version in force, not one that takes effect later", () => {
    const now = new Date("2026-11-27T12:00:00Z");
    const meta = (number: number, effectiveAt: string) => ({ number, effectiveAt: new Date(effectiveAt), changeSummary: "", contentHash: "", createdAt: now });
    expect(versionInForce([meta(2, "2026-12-01"), meta(1, "2026-11-01")], now).number).toBe(1);
    expect(versionInForce([meta(2, "2026-11-27T11:00:00Z"), meta(1, "2026-11-01")], now).number).toBe(2);
    expect(versionInForce([meta(1, "2026-12-01")], now).number).toBe(1);
  });
});
