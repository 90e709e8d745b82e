/**
 * The public compare page against two published versions of 60 large
 * sections that share no wording (the diff's worst case), on the real
 * database: it answers with a bounded redline, and an address with anything
 * but `from` and `to` is redirected to the one canonical address.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { largeDocument } from "../../test/fixtures/large-documents";
import { publishPolicy } from "./publish";
import { serveCompare } from "./public-routes";

const db = createDb(process.env.DATABASE_URL!);
let org: { id: string; slug: string; legalName: string };
const base = () => `/p/${org.slug}/website`;
const compare = (query: string) => serveCompare(new Request(`http://compare.example${base()}/compare${query}`), org.slug, "website");

beforeAll(async () => {
  const id = crypto.randomUUID().slice(0, 12);
  org = await db.organisation.create({ data: { slug: `compare-${id}`, legalName: "Compare AG" }, select: { id: true, slug: true, legalName: true } });
  const user = await db.user.create({ data: { email: `dpo-${id}@compare.example`, name: "DPO", passwordHash: "x", memberships: { create: { organisationId: org.id, role: "DPO" } } } });
  const actor = { user: { id: user.id, email: user.email, name: "DPO" }, organisation: org, role: "DPO" as const };
  const policy = await db.policy.create({ data: { organisationId: org.id, slug: "website", title: "Website" }, select: { id: true } });
  await publishPolicy(actor, { policyId: policy.id, changeSummary: "First" }, async () => ({ document: largeDocument(1), findings: [] }));
  await publishPolicy(actor, { policyId: policy.id, changeSummary: "Rewritten" }, async () => ({ document: largeDocument(2), findings: [] }));
});

afterAll(async () => {
  await db.$transaction((tx) => deleteOrganisation(tx, org.id));
  await db.$disconnect();
});

describe("the public compare page of two large versions", () => {
  // Regression: the redline of 60 large rewritten sections was computed word by word,
  // seconds of CPU per anonymous request; the page held thousands of insertions.
  it("answers with a redline bounded to paragraphs for rewritten sections", async () => {
    const response = await compare("?from=1&to=2");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html.match(/<section aria-labelledby="r-section-/g)).toHaveLength(60);
    // Word level would be thousands of <ins>; paragraphs are at most 8 per section.
    expect(html.match(/<ins>/g)!.length).toBeLessThanOrEqual(60 * 8);
  });

  // Regression: `?x=<random>` made a new address for every request, past every cache,
  // each computing the comparison again.
  it.each([
    ["an unknown parameter", `?from=1&to=2&x=${crypto.randomUUID()}`, "?from=1&to=2"],
    ["parameters in another order", "?to=2&from=1", "?from=1&to=2"],
    ["a repeated parameter", "?from=1&from=1&to=2", "?from=1&to=2"],
    ["only unknown parameters", "?utm_source=mail", ""],
  ])("redirects %s to the canonical address", async (_, query, canonical) => {
    const response = await compare(query);
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe(`${base()}/compare${canonical}`);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("serves the canonical addresses without redirecting, and 404 for a version that does not exist", async () => {
    expect((await compare("")).status).toBe(200);
    expect((await compare("?to=2")).status).toBe(200);
    expect((await compare("?from=1&to=3&x=1")).status).toBe(404);
    expect((await compare("?from=01&to=2")).status).toBe(404);
  });
});
