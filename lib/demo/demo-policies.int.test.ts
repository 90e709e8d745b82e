import { afterAll, describe, expect, it } from "vitest";
import { publisherReads } from "../../test/support/in-english";
import { createDb } from "../db";
import { upsertCountries } from "../catalogues/countries";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { checkPolicy } from "../policies/checks";
import { composeDraft } from "../policies/draft";
import { getPolicyDrift } from "../policies/drift-queries";
import { publishPolicy } from "../policies/publish";
import { acknowledgeAll } from "../policies/publish-gate";
import { loadPolicyComposeInput } from "../policies/queries";
import type { PolicyDocument } from "../policies/types";
import { createDemoOrganisation } from "./demo-organisation";
import { recordDemoPolicies } from "./demo-policies";

const db = createDb(process.env.DATABASE_URL!);
let organisationId = "";

afterAll(async () => {
  if (organisationId) await db.$transaction((tx) => deleteOrganisation(tx, organisationId));
  await db.$disconnect();
});

describe("recordDemoPolicies", () => {
  it("records both demo policies as version 1, as published before the register, with the findings the checks report for them", async () => {
    // The demo's version 1 went through the publish gate as if published here, and
    // nothing showed that the policy the organisation had published had gaps.
    await upsertCountries(db);
    const user = await db.user.create({ data: { email: `demo-rec-${crypto.randomUUID()}@example.test`, name: "Demo DPO", passwordHash: "x" }, select: { id: true, email: true, name: true } });
    const slug = `demo-rec-${crypto.randomUUID().slice(0, 8)}`;
    const demo = await db.$transaction((tx) => createDemoOrganisation(tx, { actor: user, slug }), { timeout: 60_000 });
    organisationId = demo.organisationId;
    const recorder = { user, organisation: { id: organisationId, slug, legalName: "Open-Xchange AG" }, role: "DPO" as const };
    const compose = (orgId: string, policyId: string) => composeDraft(orgId, policyId, db);

    const policies = await db.policy.findMany({ where: { organisationId }, select: { id: true, slug: true }, orderBy: { slug: "asc" } });
    // What the checks report for each policy at seed time, computed on their own.
    const expected = new Map<string, unknown>();
    for (const policy of policies) expected.set(policy.id, checkPolicy((await loadPolicyComposeInput(organisationId, policy.id, db))!, `/policies/${policy.id}`));

    expect(await recordDemoPolicies(db, organisationId, recorder, compose)).toEqual([1, 1]);
    expect(await recordDemoPolicies(db, organisationId, recorder, compose)).toEqual([]);

    const versions = await db.policyVersion.findMany({ where: { policy: { organisationId } }, include: { policy: { select: { id: true, slug: true } } }, orderBy: { policy: { slug: "asc" } } });
    expect(versions.map((version) => [version.policy.slug, version.number, version.origin])).toEqual([
      ["coi-website", 1, "RECORDED"],
      ["ox-coi-messenger", 1, "RECORDED"],
    ]);
    for (const version of versions) {
      expect(version.findings).not.toEqual([]);
      expect(version.findings).toEqual(JSON.parse(JSON.stringify(expected.get(version.policy.id))));
      expect(version.publishedById).toBe(user.id);
    }
    expect(versions[0].changeSummary).toContain("Last updated: December 2019");
    const website = versions[0].content as unknown as PolicyDocument;
    expect(website.facts.activities).toHaveLength(3);
    expect(versions[0].html).toContain("Art. 6(1)(f) GDPR");

    // Recorded, not published: an audit event of its own, and no publication.
    const events = await db.auditEvent.findMany({ where: { organisationId, entityType: "Policy", action: { in: ["RECORD_VERSION", "PUBLISH"] } } });
    expect(events.map((event) => event.action)).toEqual(["RECORD_VERSION", "RECORD_VERSION"]);

    for (const version of versions) {
      expect(await getPolicyDrift(organisationId, version.policy.id)).toMatchObject({ state: "in-sync" });
      const draft = await compose(organisationId, version.policy.id);
      expect(draft!.findings).toEqual(expected.get(version.policy.id));
    }
    // The website's draft has errors a DPO must fix before version 2: the cookies' purpose has no legal basis.
    const websiteDraft = await compose(organisationId, versions[0].policy.id);
    const errors = websiteDraft!.findings.filter((finding) => finding.severity === "error");
    expect(errors.map((finding) => finding.activityId)).toContain(demo.activityIds["WEB-02"]);

    // Version 2 of the website's policy cannot be published until those errors are fixed: not by the
    // DPO, not by the owner, not with every warning acknowledged.
    for (const role of ["DPO", "OWNER"] as const) {
      const refused = await publishPolicy({ ...recorder, role }, { policyId: versions[0].policy.id, changeSummary: "Version 2", acknowledged: acknowledgeAll(websiteDraft!.findings) }, compose, new Date(), db);
      expect(publisherReads(refused, acknowledgeAll(websiteDraft!.findings)), role).toMatch(/^Publishing is refused: the draft has an error .*Purpose 1 of “Cookies” has no legal basis/);
    }
    // The app's draft has warnings only (its US transfers fall under an adequacy decision that covers only
    // certified recipients): each must be acknowledged before it can be published.
    const appDraft = await compose(organisationId, versions[1].policy.id);
    expect(appDraft!.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(appDraft!.findings.map((finding) => finding.id)).toContain(`transfer-safeguard:0:${demo.activityIds["APP-04"]}`);
    const unacknowledged = await publishPolicy(recorder, { policyId: versions[1].policy.id, changeSummary: "Version 2" }, compose, new Date(), db);
    expect(publisherReads(unacknowledged)).toMatch(/^Confirm that you have considered these \d+ warnings before publishing/);
    expect(await db.policyVersion.count({ where: { policy: { organisationId } } })).toBe(2);
  });
});
