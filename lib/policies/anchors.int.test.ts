import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import type { Actor } from "@/lib/mutations/actor";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { loadSectionAnchors } from "./anchor-queries";
import { composeDraft } from "./draft";
import { publishPolicy } from "./publish";
import { acknowledgeAll } from "./publish-gate";
import type { PolicyDocument } from "./types";

const db = createDb(process.env.DATABASE_URL!);
let actor: Actor;
let activityId = "";
let policyId = "";

beforeAll(async () => {
  const id = crypto.randomUUID().slice(0, 12);
  const organisation = await db.organisation.create({
    data: { slug: `anchors-${id}`, legalName: `Anchors ${id} AG`, address: "Hauptstraße 1, 50667 Köln", email: "privacy@anchors.example", dpoEmail: "dpo@anchors.example", supervisoryAuthorityName: "LDI NRW" },
    select: { id: true, slug: true, legalName: true },
  });
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
  const user = await db.user.create({ data: { email: `dpo-${id}@anchors.example`, name: "DPO", passwordHash: "x", memberships: { create: { organisationId: organisation.id, role: "DPO" } } } });
  actor = { user: { id: user.id, email: user.email }, organisation, role: "DPO" };
  const basis = await db.legalBasis.findFirstOrThrow({ where: { organisationId: organisation.id, citation: "Art. 6(1)(f) GDPR" } });
  const category = await db.dataCategory.findFirstOrThrow({ where: { organisationId: organisation.id }, orderBy: { name: "asc" } });
  const activity = await db.processingActivity.create({
    data: {
      organisationId: organisation.id,
      reference: "WEB-01",
      name: "Web server logs",
      publicTitle: "Log files",
      publicDescription: "Our web server records each access to this website.",
      status: "ACTIVE",
      provisionRequirement: "VOLUNTARY",
      purposes: { create: { description: "Keeping the website secure", legitimateInterests: "Detecting attacks", legalBases: { create: { legalBasisId: basis.id } } } },
      dataCategories: { create: { dataCategoryId: category.id, retention: "7 days" } },
    },
  });
  activityId = activity.id;
  const policy = await db.policy.create({
    data: { organisationId: organisation.id, slug: "website", title: "Website", sections: [{ type: "controller" }, { type: "activity", activityId }, { type: "rights" }] },
  });
  policyId = policy.id;
});

afterAll(async () => {
  if (actor) await db.$transaction((tx) => deleteOrganisation(tx, actor.organisation.id));
  await db.$disconnect();
});

/** Publishes the draft as composed from the register now, acknowledging the warnings the checks report. */
async function publishDraft(changeSummary: string) {
  const compose = (orgId: string, id: string) => composeDraft(orgId, id, db);
  const draft = await compose(actor.organisation.id, policyId);
  const result = await publishPolicy(actor, { policyId, changeSummary, acknowledged: acknowledgeAll(draft!.findings) }, compose, new Date(), db);
  expect(result).toMatchObject({ ok: true });
  return db.policyVersion.findFirstOrThrow({ where: { policyId, number: result.number! } });
}

const sectionOf = (version: { content: unknown }) => (version.content as PolicyDocument).sections.find((section) => section.activityId === activityId)!;

describe("section anchors across published versions", () => {
  it("keeps an activity's anchor when its public title is renamed, and keeps older anchors as link targets", async () => {
    // Renaming an activity's public title gave its section a new anchor in the
    // next version: links to the old #anchor of the published page stopped working.
    const v1 = await publishDraft("First version.");
    expect(sectionOf(v1)).toMatchObject({ anchor: "log-files", heading: "Log files" });

    await db.processingActivity.update({ where: { id: activityId }, data: { publicTitle: "Server logs" } });
    const v2 = await publishDraft("Log files are now called server logs.");
    expect(sectionOf(v2)).toMatchObject({ anchor: "log-files", heading: "Server logs" });
    expect(v2.html).toContain('<a href="#log-files">Server logs</a>');
    expect(v2.html).toMatch(/<section id="log-files"[^>]*><h2 id="log-files-heading">Server logs<\/h2>/);

    // A version published before anchors were kept gave the renamed section the new title's slug.
    const legacy = v2.content as PolicyDocument;
    const moved = { ...legacy, sections: legacy.sections.map((section) => (section.activityId === activityId ? { ...section, anchor: "server-logs" } : section)) };
    await db.policyVersion.create({
      data: { policyId, number: 3, effectiveAt: new Date(), publishedById: actor.user.id, changeSummary: "Published before anchors were kept.", content: moved, html: v2.html, contentHash: "legacy" },
    });
    expect(await loadSectionAnchors(actor.organisation.id, policyId, db)).toEqual({ [activityId]: { anchor: "server-logs", aliases: ["log-files"] } });
    // Another organisation reads nothing of this policy's anchors.
    expect(await loadSectionAnchors("another-organisation", policyId, db)).toEqual({});

    await db.processingActivity.update({ where: { id: activityId }, data: { publicTitle: "Access logs" } });
    const v4 = await publishDraft("Server logs are now called access logs.");
    expect(sectionOf(v4)).toMatchObject({ anchor: "server-logs", anchorAliases: ["log-files"], heading: "Access logs" });
    expect(v4.html).toMatch(/<section id="server-logs"[^>]*><span id="log-files" class="policy-anchor"><\/span><h2 id="server-logs-heading">Access logs<\/h2>/);
  });
});
