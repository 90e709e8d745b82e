import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/i18n/english";
import { allInEnglish, publisherReads } from "../../test/support/in-english";
import type { Role } from "@prisma/client";
import { createDb } from "../db";
import type { Actor } from "@/lib/mutations/actor";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { contentHash } from "./content-hash";
import { composeDraft } from "./draft";
import { getPolicyDrift, listPolicyVersions } from "./drift-queries";
import { getPublicPolicy, getPublicVersion, versionInForce } from "./public-queries";
import type { Finding, FindingSeverity } from "./checks";
import { publishPolicy, type ComposedDraft } from "./publish";
import { acknowledgeAll } from "./publish-gate";
import { sampleDocument } from "../../test/fixtures/test-documents";
import type { PolicyDocument } from "./types";

const db = createDb(process.env.DATABASE_URL!);
const organisations: string[] = [];

type Org = { id: string; slug: string; legalName: string };

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

async function member(org: Org, role: Role): Promise<Actor & { organisation: Org }> {
  const email = `${role.toLowerCase()}-${crypto.randomUUID()}@pub.example`;
  const user = await db.user.create({ data: { email, name: email, passwordHash: "x", memberships: { create: { organisationId: org.id, role } } } });
  return { user: { id: user.id, email }, organisation: org, role };
}

async function policy(org: Org, slug = "website") {
  return db.policy.create({ data: { organisationId: org.id, slug, title: "Website policy", sections: [{ type: "controller" }, { type: "rights" }] }, select: { id: true, slug: true } });
}

const finding = (id: string, severity: FindingSeverity): Finding => ({ id, severity, article: "Art. 13(2)(a)", message: `Finding ${id}.`, href: `/activities/a1/edit#${id}` });

/** A composer returning a fixed document and findings (the real one is exercised below). */
const fixed = (document: PolicyDocument, findings: Finding[] = []) => async (): Promise<ComposedDraft> => ({ document, findings });

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
    expect(inEnglish(result.fieldErrors?.changeSummary ?? "")).toMatch(/Describe what changed/);
    expect(await db.policyVersion.count({ where: { policyId: id } })).toBe(0);
  });

  it("refuses content identical to the latest version, and says so", async () => {
    const { id } = await policy(org, "identical");
    await publishPolicy(dpo, { policyId: id, changeSummary: "First" }, fixed(sampleDocument()));
    const again = await publishPolicy(dpo, { policyId: id, changeSummary: "Again" }, fixed(sampleDocument()));
    expect(allInEnglish(again)).toMatchObject({ identical: true, formError: expect.stringContaining("exactly what version 1 says") });
    expect(await db.policyVersion.count({ where: { policyId: id } })).toBe(1);
  });

  it("refuses a draft with an error for DPO and owner alike, whatever is acknowledged", async () => {
    // What was seen: a purpose without a legal basis only needed "publish despite findings" ticked.
    const { id } = await policy(org, "errors");
    const owner = await member(org, "OWNER");
    const error = finding("legal-basis:0:a1", "error");
    for (const publisher of [dpo, owner]) {
      const refused = await publishPolicy(publisher, { policyId: id, changeSummary: "First", acknowledged: [error.id] }, fixed(sampleDocument(), [error]));
      expect(publisherReads(refused, [error.id])).toMatch(/^Publishing is refused: the draft has an error .*“Finding legal-basis:0:a1\.”/);
      expect(refused).toMatchObject({ findings: [error] });
      expect(refused.ok).toBe(false);
    }
    expect(await db.policyVersion.count({ where: { policyId: id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "PUBLISH" } })).toBe(0);
  });

  it("refuses until every current warning is acknowledged, naming those that are not", async () => {
    const { id } = await policy(org, "warnings");
    const findings = [finding("retention-vague:0:a1", "warning"), finding("dpia:a1", "warning"), finding("public-title:a1", "info")];
    const none = await publishPolicy(dpo, { policyId: id, changeSummary: "First" }, fixed(sampleDocument(), findings));
    expect(publisherReads(none)).toMatch(/^Confirm that you have considered these 2 warnings before publishing: “Finding retention-vague:0:a1\.” “Finding dpia:a1\.”$/);
    expect(none.findings).toEqual(findings);
    // An acknowledgement of another warning (say, one the form showed before the records changed) does not count.
    const one = await publishPolicy(dpo, { policyId: id, changeSummary: "First", acknowledged: ["dpia:a1", "retention:0:a1"] }, fixed(sampleDocument(), findings));
    expect(publisherReads(one, ["dpia:a1", "retention:0:a1"])).toMatch(/^Confirm that you have considered this warning before publishing: “Finding retention-vague:0:a1\.”$/);
    expect(await db.policyVersion.count({ where: { policyId: id } })).toBe(0);

    // Notes never block; acknowledged warnings are stored with the version and in the audit event.
    const published = await publishPolicy(dpo, { policyId: id, changeSummary: "First", acknowledged: ["dpia:a1", "retention-vague:0:a1"] }, fixed(sampleDocument(), findings));
    expect(published).toMatchObject({ ok: true, number: 1 });
    const stored = [
      { ...findings[0], acknowledged: true },
      { ...findings[1], acknowledged: true },
      findings[2],
    ];
    expect((await db.policyVersion.findFirstOrThrow({ where: { policyId: id } })).findings).toEqual(stored);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "PUBLISH" } });
    expect((event.after as { findings: unknown }).findings).toEqual(stored);
  });

  it("publishes a draft with notes only, without asking", async () => {
    const { id } = await policy(org, "notes");
    expect(await publishPolicy(dpo, { policyId: id, changeSummary: "First" }, fixed(sampleDocument(), [finding("public-title:a1", "info")]))).toMatchObject({ ok: true, number: 1 });
    expect((await db.policyVersion.findFirstOrThrow({ where: { policyId: id } })).findings).toEqual([finding("public-title:a1", "info")]);
  });

  it("refuses viewers and editors, and another organisation's policy", async () => {
    const { id } = await policy(org, "roles");
    for (const role of ["VIEWER", "EDITOR"] as const) {
      expect(await publishPolicy(await member(org, role), { policyId: id, changeSummary: "x" }, fixed(sampleDocument()))).toMatchObject({ ok: false, kind: "refused" });
    }
    const other = await organisation();
    const stranger = await member(other, "OWNER");
    expect(await publishPolicy(stranger, { policyId: id, changeSummary: "x" }, fixed(sampleDocument()))).toMatchObject({ ok: false, kind: "not-found" });
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
    const result = await publishPolicy(owner, { policyId: id, changeSummary: "First", acknowledged: acknowledgeAll(draft!.findings) }, composeDraft);
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

  it("checks the records as they are when publishing, not as the form saw them: an error refuses for DPO and owner", async () => {
    const own = await organisation();
    const owner = await member(own, "OWNER");
    const ownDpo = await member(own, "DPO");
    const basis = await db.legalBasis.findFirstOrThrow({ where: { organisationId: own.id, citation: "Art. 6(1)(b) GDPR" }, select: { id: true } });
    const category = await db.dataCategory.findFirstOrThrow({ where: { organisationId: own.id }, orderBy: { name: "asc" }, select: { id: true } });
    const activity = await db.processingActivity.create({
      data: {
        organisationId: own.id, reference: "SHOP-01", name: "Orders", publicTitle: "Orders", publicDescription: "We process your orders.", status: "ACTIVE",
        provisionRequirement: "CONTRACT_PREREQUISITE", provisionConsequences: "We cannot deliver.",
        purposes: { create: { description: "Delivering the order", legalBases: { create: { legalBasisId: basis.id } } } },
        dataCategories: { create: { dataCategoryId: category.id, retention: "10 years (§ 147 AO)" } },
      },
      select: { id: true, purposes: { select: { id: true } } },
    });
    const created = await db.policy.create({ data: { organisationId: own.id, slug: "shop", title: "Shop", sections: [{ type: "controller" }, { type: "activity", activityId: activity.id }, { type: "rights" }] }, select: { id: true } });
    const publish = (actor: Actor, acknowledged: string[]) => publishPolicy(actor, { policyId: created.id, changeSummary: "First", acknowledged }, composeDraft);

    // The form was opened while the draft had only warnings; the legal basis is removed before the publisher submits.
    const acknowledged = acknowledgeAll((await composeDraft(own.id, created.id))!.findings);
    expect((await composeDraft(own.id, created.id))!.findings.filter((f) => f.severity === "error")).toEqual([]);
    await db.purposeLegalBasis.deleteMany({ where: { purposeId: activity.purposes[0].id } });
    for (const publisher of [ownDpo, owner]) {
      const refused = await publish(publisher, acknowledged);
      expect(publisherReads(refused, acknowledged)).toMatch(/^Publishing is refused: .*Purpose 1 of “Orders” has no legal basis/);
      expect(refused.findings).toContainEqual(expect.objectContaining({ id: `legal-basis:0:${activity.id}`, severity: "error", href: `/activities/${activity.id}/edit#purposes.0.legalBasisIds` }));
    }
    expect(await db.policyVersion.count({ where: { policyId: created.id } })).toBe(0);

    // Vague retention is a warning: once the basis is back, publishing needs it acknowledged.
    await db.purposeLegalBasis.create({ data: { purposeId: activity.purposes[0].id, legalBasisId: basis.id } });
    await db.activityDataCategory.updateMany({ where: { activityId: activity.id }, data: { retention: "Kept for a limited time." } });
    const vague = await publish(ownDpo, acknowledged);
    expect(publisherReads(vague, acknowledged)).toMatch(/^Confirm that you have considered this warning before publishing: .*“for a limited time”/);
    const current = acknowledgeAll((await composeDraft(own.id, created.id))!.findings);
    expect(current).toContain(`retention-vague:0:${activity.id}`);
    expect(await publish(ownDpo, current)).toMatchObject({ ok: true, number: 1 });
    const version = await db.policyVersion.findFirstOrThrow({ where: { policyId: created.id }, select: { findings: true } });
    expect(version.findings).toContainEqual(expect.objectContaining({ id: `retention-vague:0:${activity.id}`, severity: "warning", acknowledged: true }));
  });

  it("serves the version in force, not one that takes effect later", () => {
    const now = new Date("2026-11-27T12:00:00Z");
    const meta = (number: number, effectiveAt: string) => ({ number, effectiveAt: new Date(effectiveAt), changeSummary: "", contentHash: "", createdAt: now });
    expect(versionInForce([meta(2, "2026-12-01"), meta(1, "2026-11-01")], now).number).toBe(1);
    expect(versionInForce([meta(2, "2026-11-27T11:00:00Z"), meta(1, "2026-11-01")], now).number).toBe(2);
    expect(versionInForce([meta(1, "2026-12-01")], now).number).toBe(1);
  });
});
