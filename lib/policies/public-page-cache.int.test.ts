import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { publishPolicy } from "./publish";
import { POLICY_TTL_MS } from "./public-cache";
import { servePolicyPage } from "./public-routes";
import { sampleDocument, sampleFacts } from "../../test/fixtures/test-documents";

// servePolicyPage keeps rendered pages in memory and remembers which versions
// a policy has for POLICY_TTL_MS; these check that what it serves lags behind
// the database by no more than that.
const afterTtl = () => new Promise((resolve) => setTimeout(resolve, POLICY_TTL_MS + 50));
const db = createDb(process.env.DATABASE_URL!);
let org: { id: string; slug: string; legalName: string };
let actor: { user: { id: string; email: string; name: string }; organisation: typeof org; role: "DPO" };
let policyId: string;
const base = () => `http://cache.example/p/${org.slug}/website`;
const latest = async () => (await servePolicyPage(new Request(base()), org.slug, "website", "latest")).text();

beforeAll(async () => {
  const id = crypto.randomUUID().slice(0, 12);
  org = await db.organisation.create({ data: { slug: `cache-${id}`, legalName: "Cache AG" }, select: { id: true, slug: true, legalName: true } });
  const user = await db.user.create({ data: { email: `dpo-${id}@cache.example`, name: "DPO", passwordHash: "x", memberships: { create: { organisationId: org.id, role: "DPO" } } } });
  actor = { user: { id: user.id, email: user.email, name: "DPO" }, organisation: org, role: "DPO" };
  policyId = (await db.policy.create({ data: { organisationId: org.id, slug: "website", title: "Website" }, select: { id: true } })).id;
  await publishPolicy(actor, { policyId, changeSummary: "First" }, async () => ({ document: sampleDocument(), findings: [] }));
});

afterAll(async () => {
  await db.$transaction((tx) => deleteOrganisation(tx, org.id));
  await db.$disconnect();
});

describe("the public policy page served from memory", () => {
  it("serves a new publication within a second, though the previous one was rendered already", async () => {
    expect(await latest()).toContain("<strong>Version 1</strong>");
    expect(await latest()).toContain("<strong>Version 1</strong>");
    const facts = sampleFacts();
    facts.activities[0].dataCategories[0].retention = "30 days";
    await publishPolicy(actor, { policyId, changeSummary: "Second" }, async () => ({ document: sampleDocument({ facts }), findings: [] }));
    await afterTtl();
    const response = await servePolicyPage(new Request(base()), org.slug, "website", "latest");
    const html = await response.text();
    expect(html).toContain("<strong>Version 2</strong>");
    const v2 = await db.policyVersion.findFirstOrThrow({ where: { policyId, number: 2 }, select: { contentHash: true } });
    expect(response.headers.get("etag")).toBe(`"${v2.contentHash}"`);
    // The permanent address of version 1 is still version 1, with its own notice.
    expect(await (await servePolicyPage(new Request(`${base()}/v/1`), org.slug, "website", 1)).text()).toContain("always shows version 1");
  });

  it("shows the organisation's current name and the address the page was asked for", async () => {
    await db.organisation.update({ where: { id: org.id }, data: { legalName: "Cache Renamed AG" } });
    await afterTtl();
    expect(await latest()).toContain("Cache Renamed AG");
    const other = await (await servePolicyPage(new Request(`http://other.example/p/${org.slug}/website`), org.slug, "website", "latest")).text();
    expect(other).toContain(`http://other.example/p/${org.slug}/website/v/2`);
    expect(other).not.toContain("http://cache.example");
  });
});
