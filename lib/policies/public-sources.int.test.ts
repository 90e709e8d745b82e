import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { composePolicy } from "./compose";
import { publishPolicy } from "./publish";
import { servePolicyPage, serveVersionJson } from "./public-routes";
import { basis, completeActivity, composeInput, purpose } from "../../test/fixtures/sample-records";
import type { PolicyDocument } from "./types";

const db = createDb(process.env.DATABASE_URL!);
let org: { id: string; slug: string; legalName: string };
const base = () => `http://test.example/p/${org.slug}/website`;

// A composed document with sources on every statement, a withdrawal link and the objection included.
const document = composePolicy(
  composeInput({
    activities: [
      completeActivity({
        consentWithdrawalUrl: "https://acme.example/opt-out",
        consentWithdrawalInstructions: "Use the link in any newsletter.",
        purposes: [purpose({ description: "Sending the newsletter", directMarketing: true, legalBases: [basis("ART6", "a")] })],
      }),
    ],
    sections: [{ type: "controller" }, { type: "activity", activityId: "act-1" }, { type: "markdown", title: "Cookies", body: "We use **no** cookies." }, { type: "rights" }],
  }),
);

beforeAll(async () => {
  const id = crypto.randomUUID().slice(0, 12);
  org = await db.organisation.create({ data: { slug: `sources-${id}`, legalName: "Sources AG" }, select: { id: true, slug: true, legalName: true } });
  const user = await db.user.create({ data: { email: `dpo-${id}@sources.example`, name: "DPO", passwordHash: "x", memberships: { create: { organisationId: org.id, role: "DPO" } } } });
  const actor = { user: { id: user.id, email: user.email, name: "DPO" }, organisation: org, role: "DPO" as const };
  const policy = await db.policy.create({ data: { organisationId: org.id, slug: "website", title: "Website" }, select: { id: true } });
  const result = await publishPolicy(actor, { policyId: policy.id, changeSummary: "First" }, async () => ({ document, findings: [] }));
  expect(result).toMatchObject({ ok: true });
});

afterAll(async () => {
  await db.$transaction((tx) => deleteOrganisation(tx, org.id));
  await db.$disconnect();
});

describe("statement sources and the public", () => {
  it("are stored with the published version", async () => {
    const version = await db.policyVersion.findFirstOrThrow({ where: { policy: { organisationId: org.id } }, select: { content: true, html: true } });
    const stored = version.content as unknown as PolicyDocument;
    const withdrawal = stored.sections.flatMap((s) => s.blocks).find((b) => b.field === "withdrawal");
    expect(withdrawal?.kind === "html" && withdrawal.sources?.map((s) => s.field)).toEqual(["legalBases", "consentWithdrawalUrl", "consentWithdrawalInstructions"]);
    // The stored HTML is the public one: no statement links.
    expect(version.html).not.toMatch(/data-source-href|policy-statement/);
  });

  it("never leave the app through the public JSON or the public page", async () => {
    const response = await serveVersionJson(new Request(`${base()}/json`), org.slug, "website", "latest");
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain('"sources"');
    // (The activity's id was public before sources existed: sections and facts name it. The ids of the records behind each statement are not.)
    expect(text).not.toMatch(/\/activities\/|\/settings#|purpose-fixture|recipient-1|"entity"/);
    const json = JSON.parse(text) as { document: PolicyDocument };
    // What the statements say is all there, with their fields.
    expect(json.document.sections.map((s) => s.blocks.length)).toEqual(document.sections.map((s) => s.blocks.length));
    expect(json.document.sections.flatMap((s) => s.blocks).map((b) => b.field)).toContain("objection");

    for (const version of ["latest", 1] as const) {
      const page = await (await servePolicyPage(new Request(base()), org.slug, "website", version)).text();
      expect(page).toContain('<a href="https://acme.example/opt-out" rel="noopener noreferrer">');
      expect(page).toContain("Your right to object (Art. 21 GDPR)");
      expect(page).not.toMatch(/data-source-href|\/activities\/act-1\/edit|\/settings#org-/);
    }
  });
});
