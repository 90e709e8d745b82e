import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { publishPolicy } from "./publish";
import { serveCompare, servePolicyPage, serveVersionJson, serveVersions } from "./public-routes";
import { sampleDocument, sampleFacts } from "../../test/fixtures/test-documents";

const db = createDb(process.env.DATABASE_URL!);
let org: { id: string; slug: string; legalName: string };
const base = () => `http://test.example/p/${org.slug}/website`;

beforeAll(async () => {
  const id = crypto.randomUUID().slice(0, 12);
  org = await db.organisation.create({ data: { slug: `routes-${id}`, legalName: "Routes <Test> AG" }, select: { id: true, slug: true, legalName: true } });
  const user = await db.user.create({ data: { email: `dpo-${id}@routes.example`, name: "DPO", passwordHash: "x", memberships: { create: { organisationId: org.id, role: "DPO" } } } });
  const actor = { user: { id: user.id, email: user.email, name: "DPO" }, organisation: org, role: "DPO" as const };
  const policy = await db.policy.create({ data: { organisationId: org.id, slug: "website", title: "Website" }, select: { id: true } });
  const facts = sampleFacts();
  facts.activities[0].dataCategories[0].retention = "14 days";
  await publishPolicy(actor, { policyId: policy.id, changeSummary: "First" }, async () => ({ document: sampleDocument(), findings: [] }));
  await publishPolicy(actor, { policyId: policy.id, changeSummary: "Longer <retention>" }, async () => ({ document: sampleDocument({ facts }), findings: [] }));
});

afterAll(async () => {
  await db.$transaction((tx) => deleteOrganisation(tx, org.id));
  await db.$disconnect();
});

describe("public routes", () => {
  it("serve the latest version with caching headers, and 304 when the client has it", async () => {
    const response = await servePolicyPage(new Request(base()), org.slug, "website", "latest");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<strong>Version 2</strong>");
    expect(html).toContain("Routes &lt;Test&gt; AG");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300, stale-while-revalidate=86400");
    const again = await servePolicyPage(new Request(base(), { headers: { "if-none-match": response.headers.get("etag")! } }), org.slug, "website", "latest");
    expect(again.status).toBe(304);
  });

  it("serve a numbered version as immutable, and 404 for unknown addresses", async () => {
    const v1 = await servePolicyPage(new Request(`${base()}/v/1`), org.slug, "website", 1);
    expect(v1.headers.get("cache-control")).toContain("immutable");
    expect(await v1.text()).toContain("always shows version 1");
    for (const response of [
      await servePolicyPage(new Request(base()), org.slug, "website", 3),
      await servePolicyPage(new Request(base()), "no-such-org", "website", "latest"),
      await servePolicyPage(new Request(base()), org.slug, "no-such-policy", "latest"),
      await serveVersionJson(new Request(base()), org.slug, "website", "0"),
      await serveCompare(new Request(`${base()}/compare?from=1&to=9`), org.slug, "website"),
    ]) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("text/html");
    }
  });

  it("list the versions with escaped change summaries, and compare them", async () => {
    const archive = await (await serveVersions(new Request(`${base()}/versions`), org.slug, "website")).text();
    expect(archive).toContain("Longer &lt;retention&gt;");
    const compare = await (await serveCompare(new Request(`${base()}/compare?from=1&to=2`), org.slug, "website")).text();
    expect(compare).toContain("Retention of IP address (Log files): 7 days → 14 days");
    const json = await (await serveVersionJson(new Request(`${base()}/json`), org.slug, "website", "latest")).json();
    expect(json.version.number).toBe(2);
    expect(json.jsonLd["@id"]).toBe(`http://test.example/p/${org.slug}/website/v/2`);
  });
});
