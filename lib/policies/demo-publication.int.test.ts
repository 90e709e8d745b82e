import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { upsertCountries } from "../catalogues/countries";
import { createDemoOrganisation } from "../demo/demo-organisation";
import { deleteOrganisation } from "../organisation/delete";
import { composeDraft } from "./draft";
import { getPolicyDrift } from "./drift-queries";
import { publishDemoPolicies } from "./publish";
import type { PolicyDocument } from "./types";

const db = createDb(process.env.DATABASE_URL!);
let organisationId = "";

afterAll(async () => {
  if (organisationId) await db.$transaction((tx) => deleteOrganisation(tx, organisationId));
  await db.$disconnect();
});

describe("publishDemoPolicies", () => {
  it("publishes both demo policies as version 1 from the records, once, in sync with the register", async () => {
    await upsertCountries(db);
    const user = await db.user.create({ data: { email: `demo-pub-${crypto.randomUUID()}@example.test`, name: "Demo Publisher", passwordHash: "x" }, select: { id: true, email: true, name: true } });
    const slug = `demo-pub-${crypto.randomUUID().slice(0, 8)}`;
    ({ organisationId } = await db.$transaction((tx) => createDemoOrganisation(tx, { actor: user, slug }), { timeout: 60_000 }));
    const organisation = { id: organisationId, slug, legalName: "Open-Xchange AG" };
    const publisher = { user, organisation, role: "DPO" as const };
    const compose = (orgId: string, policyId: string) => composeDraft(orgId, policyId, db);

    expect(await publishDemoPolicies(db, organisationId, publisher, compose)).toEqual([1, 1]);
    expect(await publishDemoPolicies(db, organisationId, publisher, compose)).toEqual([]);

    const versions = await db.policyVersion.findMany({ where: { policy: { organisationId } }, include: { policy: { select: { id: true, slug: true } } }, orderBy: { policy: { slug: "asc" } } });
    expect(versions.map((version) => [version.policy.slug, version.number])).toEqual([
      ["coi-website", 1],
      ["ox-coi-messenger", 1],
    ]);
    const website = versions[0].content as unknown as PolicyDocument;
    expect(website.facts.activities).toHaveLength(3);
    expect(versions[0].html).toContain("Art. 6(1)(f) GDPR");
    for (const version of versions) expect(await getPolicyDrift(organisationId, version.policy.id)).toMatchObject({ state: "in-sync" });
  });
});
