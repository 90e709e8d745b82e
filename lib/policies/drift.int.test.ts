/**
 * Drift against a real PostgreSQL: the records revision the triggers move,
 * the stored drift and completeness, and the write paths a DPO uses.
 */
import { Prisma } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getActivityFormValues } from "../activities/form-options";
import { createActivity, updateActivity } from "../activities/mutations";
import type { Actor } from "@/lib/mutations/actor";
import { emptyActivityValues } from "../activities/schema";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { createDb } from "../db";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { readRecordsRevision, stillAtRevision, storeAtRevision } from "../records/revision";
import { computeOrganisationCompleteness, getOrganisationCompleteness } from "../register/queries";
import { describeDocumentChange } from "./document-changes";
import { composeDraft } from "./draft";
import { getPolicyDrift, listPolicyDrift } from "./drift-queries";
import { publishPolicy } from "./publish";

const db = createDb(process.env.DATABASE_URL!);
const organisations: string[] = [];

type Setup = Awaited<ReturnType<typeof setUp>>;

/** An organisation with two activities, a policy naming only the first, published once. */
async function setUp() {
  const key = crypto.randomUUID().slice(0, 12);
  const organisation = await db.organisation.create({
    data: { slug: `drift-${key}`, legalName: `Drift ${key} AG`, address: "Hauptstraße 1, 50667 Köln", email: "privacy@drift.example" },
    select: { id: true, slug: true, legalName: true },
  });
  organisations.push(organisation.id);
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
  const email = `dpo-${key}@drift.example`;
  const user = await db.user.create({ data: { email, name: "Dana", passwordHash: "x", memberships: { create: { organisationId: organisation.id, role: "DPO" } } } });
  const actor: Actor = { user: { id: user.id, email }, organisation, role: "DPO" };
  const basis = await db.legalBasis.findFirstOrThrow({ where: { organisationId: organisation.id, citation: "Art. 6(1)(b) GDPR" }, select: { id: true } });
  const category = await db.dataCategory.findFirstOrThrow({ where: { organisationId: organisation.id, special: false, criminal: false }, select: { id: true } });
  const activity = async (reference: string, name: string) => {
    const result = await createActivity(actor, {
      ...emptyActivityValues(),
      reference,
      name,
      publicTitle: name,
      status: "ACTIVE",
      provisionRequirement: "CONTRACT_PREREQUISITE",
      purposes: [{ description: "Sending the newsletter", legalBasisIds: [basis.id] }],
      dataCategories: [{ dataCategoryId: category.id, details: "E-mail address", retention: "Until you unsubscribe" }],
      recipientsNone: true,
      transfersNone: true,
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.id!;
  };
  const included = await activity("NL-01", "Newsletter");
  const other = await activity("HR-01", "Payroll");
  const policy = await db.policy.create({
    data: { organisationId: organisation.id, slug: "website", title: "Website policy", sections: [{ type: "controller" }, { type: "activity", activityId: included }, { type: "rights" }] },
    select: { id: true },
  });
  const draft = await composeDraft(organisation.id, policy.id);
  const published = await publishPolicy(actor, { policyId: policy.id, changeSummary: "First", acknowledged: draft!.findings.filter((finding) => finding.severity === "warning").map((finding) => finding.id) }, composeDraft);
  if (!published.ok) throw new Error(JSON.stringify(published));
  return { organisation, actor, policyId: policy.id, included, other };
}

async function edit(setup: Setup, activityId: string, patch: Record<string, unknown>) {
  const values = await getActivityFormValues(setup.organisation.id, activityId);
  const result = await updateActivity(setup.actor, activityId, { ...values, ...patch });
  if (!result.ok) throw new Error(JSON.stringify(result));
}

const stored = (policyId: string) => db.policyDriftState.findUnique({ where: { policyId } });

let setup: Setup;

beforeAll(async () => {
  setup = await setUp();
});

afterAll(async () => {
  for (const id of organisations) await db.$transaction((tx) => deleteOrganisation(tx, id));
  await db.$disconnect();
});

describe("drift of a published policy", () => {
  // Drift compared only the facts, which do not include the provision
  // requirement: the preview changed while every page said "matches the register".
  it("sees a changed statutory or contractual requirement, naming the activity and the field", async () => {
    const own = await setUp();
    expect(await getPolicyDrift(own.organisation.id, own.policyId)).toEqual({ state: "in-sync", publishedNumber: 1 });
    await edit(own, own.included, { provisionRequirement: "STATUTORY" });
    const drift = await getPolicyDrift(own.organisation.id, own.policyId);
    expect(drift).toMatchObject({ state: "drifting", changes: [{ kind: "changed", activityId: own.included, heading: "Newsletter", fields: ["provision"] }] });
    expect(drift?.state === "drifting" && drift.changes.map(describeDocumentChange)).toEqual(["“Newsletter”: statutory or contractual requirement changed"]);
    // The list (dashboard, policies page) says the same.
    expect((await listPolicyDrift(own.organisation.id)).map((row) => row.drift)).toEqual([drift]);
  });

  // The same gap: a data category's details on the activity were not among the facts.
  it("sees a data category's details changed on the activity", async () => {
    const own = await setUp();
    expect(await listPolicyDrift(own.organisation.id)).toMatchObject([{ drift: { state: "in-sync" } }]);
    await db.activityDataCategory.updateMany({ where: { activityId: own.included }, data: { details: "E-mail address and first name" } });
    expect(await getPolicyDrift(own.organisation.id, own.policyId)).toMatchObject({ state: "drifting", changes: [{ activityId: own.included, fields: ["dataCategories"] }] });
  });

  it("stays in sync when an activity the policy does not include changes", async () => {
    const before = await readRecordsRevision(setup.organisation.id);
    await edit(setup, setup.other, { provisionRequirement: "STATUTORY", publicDescription: "Salaries are paid monthly." });
    expect(await readRecordsRevision(setup.organisation.id)).toBeGreaterThan(before);
    expect(await getPolicyDrift(setup.organisation.id, setup.policyId)).toEqual({ state: "in-sync", publishedNumber: 1 });
  });

  it("stores the drift at the records revision and computes it again after a write", async () => {
    const own = await setUp();
    const { id: orgId } = own.organisation;
    await listPolicyDrift(orgId);
    const revision = await readRecordsRevision(orgId);
    expect(await stored(own.policyId)).toMatchObject({ revision, state: { state: "in-sync" } });

    // A stored state is what is shown while the revision stands: planted here to prove it is read, not recomputed.
    const planted = { state: "in-sync", publishedNumber: 99 };
    await db.policyDriftState.update({ where: { policyId: own.policyId }, data: { state: planted } });
    expect(await getPolicyDrift(orgId, own.policyId)).toEqual(planted);

    await db.purpose.updateMany({ where: { activityId: own.included }, data: { description: "Sending the newsletter and offers" } });
    const moved = await readRecordsRevision(orgId);
    expect(moved).toBeGreaterThan(revision);
    expect(await getPolicyDrift(orgId, own.policyId)).toMatchObject({ state: "drifting", publishedNumber: 1, changes: [{ fields: ["purposes"] }] });
    expect(await stored(own.policyId)).toMatchObject({ revision: moved, state: { state: "drifting" } });
  });

  it("never stores a result as current when the records changed after the revision was read", async () => {
    const own = await setUp();
    const { id: orgId } = own.organisation;
    const read = await readRecordsRevision(orgId);
    await db.organisation.update({ where: { id: orgId }, data: { dpoName: "Jana Jentzsch" } });
    const store = (revision: bigint) =>
      storeAtRevision(Prisma.sql`
        INSERT INTO "PolicyDriftState" ("policyId", "revision", "state") SELECT ${own.policyId}, ${revision}, '{"state":"in-sync","publishedNumber":1}'::jsonb
        WHERE ${stillAtRevision(orgId, revision)}
        ON CONFLICT ("policyId") DO UPDATE SET "revision" = EXCLUDED."revision", "state" = EXCLUDED."state"`);
    expect(await store(read)).toBe(false);
    expect(await store(await readRecordsRevision(orgId))).toBe(true);
  });

  it("moves the revision only when the changing transaction commits, and not for one rolled back", async () => {
    const own = await setUp();
    const { id: orgId } = own.organisation;
    const before = await readRecordsRevision(orgId);
    let during: bigint | undefined;
    await db.$transaction(async (tx) => {
      await tx.processingActivity.update({ where: { id: own.included }, data: { provisionConsequences: "We cannot sign you up." } });
      await tx.processingActivity.update({ where: { id: own.included }, data: { publicDescription: "Our newsletter." } });
      // Another connection, outside the transaction: the change is not visible, nor is a new revision.
      during = await readRecordsRevision(orgId);
      // A reader computing now sees the old records and may store them at the old revision…
      expect(await getPolicyDrift(orgId, own.policyId)).toEqual({ state: "in-sync", publishedNumber: 1 });
    });
    expect(during).toBe(before);
    // …which the commit made stale, once.
    expect(await readRecordsRevision(orgId)).toBe(before + BigInt(1));
    expect(await getPolicyDrift(orgId, own.policyId)).toMatchObject({ state: "drifting", changes: [{ fields: ["description", "provision"] }] });

    const after = await readRecordsRevision(orgId);
    await expect(
      db.$transaction(async (tx) => {
        await tx.processingActivity.update({ where: { id: own.included }, data: { publicDescription: "Rolled back." } });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await readRecordsRevision(orgId)).toBe(after);
  });
});

describe("completeness of the register", () => {
  it("is stored per revision and day, and follows a change of the organisation profile", async () => {
    const own = await setUp();
    const { id: orgId } = own.organisation;
    const now = new Date("2026-12-03T10:00:00Z");
    const first = await getOrganisationCompleteness(orgId, now);
    expect(first).toEqual(await computeOrganisationCompleteness(orgId, now));
    expect(await db.completenessCache.findUnique({ where: { organisationId: orgId } })).toMatchObject({ revision: await readRecordsRevision(orgId), day: "2026-12-03" });
    expect(first?.organisation.find((item) => item.label === "DPO's contact details")).toBeUndefined();

    // The organisation's own items count: naming a DPO without contact details is a gap the dashboard must show at once.
    await db.organisation.update({ where: { id: orgId }, data: { dpoName: "Dana Schmidt" } });
    const after = await getOrganisationCompleteness(orgId, now);
    expect(after?.organisation.find((item) => item.label === "DPO's contact details")).toMatchObject({ complete: false });
    expect(after?.percent).toBeLessThan(first!.percent);
  });
});
