import type { Role } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { allInEnglish } from "../../test/support/in-english";
import { upsertCountries } from "../catalogues/countries";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { createDemoOrganisation } from "../demo/demo-organisation";
import { checkPolicy } from "./checks";
import { composePolicy } from "./compose";
import type { Actor } from "../mutations/actor";
import { createPolicy, updatePolicyDraft } from "./draft-mutations";
import { renderPolicyHtml } from "./html";
import { loadPolicyComposeInput } from "./queries";
import type { PolicySectionSpec } from "./types";

const db = createDb(process.env.DATABASE_URL!);

async function makeOrganisation(prefix: string, languages = ["en"]) {
  const id = crypto.randomUUID();
  const organisation = await db.organisation.create({ data: { slug: `${prefix}-${id}`, legalName: `Policies ${id}`, languages }, select: { id: true } });
  await db.$transaction((tx) => createDefaultCatalogues(tx, organisation.id));
  return organisation;
}

async function makeActor(role: Role, organisation: { id: string }): Promise<Actor> {
  const email = `${role.toLowerCase()}-${crypto.randomUUID()}@pol.example`;
  const user = await db.user.create({ data: { email, name: email, passwordHash: "x", memberships: { create: { organisationId: organisation.id, role } } } });
  return { user: { id: user.id, email }, organisation, role };
}

async function activity(organisationId: string, reference: string, status: "ACTIVE" | "RETIRED" = "ACTIVE") {
  return (await db.processingActivity.create({ data: { organisationId, reference, name: `Activity ${reference}`, status }, select: { id: true } })).id;
}

let editor: Actor;
let dpo: Actor;
let viewer: Actor;
let outsider: Actor;
let foreignActivityId: string;
let active: string[];

beforeAll(async () => {
  await upsertCountries(db);
  const organisation = await makeOrganisation("pol", ["en", "de"]);
  editor = await makeActor("EDITOR", organisation);
  dpo = await makeActor("DPO", organisation);
  viewer = await makeActor("VIEWER", organisation);
  active = [await activity(organisation.id, "A-2"), await activity(organisation.id, "A-1")];
  await activity(organisation.id, "A-3", "RETIRED");
  const other = await makeOrganisation("pol-other");
  outsider = await makeActor("OWNER", other);
  foreignActivityId = await activity(other.id, "F-1");
});

afterAll(async () => {
  await db.$disconnect();
});

const draft = (sections: PolicySectionSpec[], extra: Record<string, unknown> = {}) => ({ title: "Website policy", languages: ["en"], sections, ...extra });

describe("createPolicy", () => {
  it("starts with the controller, the active activities by reference and the rights, and audits it", async () => {
    const result = await createPolicy(editor, { title: "Website", slug: "website", languages: ["de", "en"], start: "standard" });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = await db.policy.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ organisationId: editor.organisation.id, slug: "website", languages: ["de", "en"], version: 1 });
    expect(row.sections).toEqual([{ type: "controller" }, { type: "activity", activityId: active[1] }, { type: "activity", activityId: active[0] }, { type: "rights" }]);
    const events = await db.auditEvent.findMany({ where: { entityId: result.id } });
    expect(events).toEqual([expect.objectContaining({ action: "CREATE", entityType: "Policy", actorEmail: editor.user.email })]);
  });

  it("can start with the controller and rights only", async () => {
    const result = await createPolicy(dpo, { title: "App", slug: "app", languages: ["en"], start: "empty" });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect((await db.policy.findUniqueOrThrow({ where: { id: result.id } })).sections).toEqual([{ type: "controller" }, { type: "rights" }]);
  });

  it("refuses a slug already used in the organisation, but not one used by another", async () => {
    await createPolicy(editor, { title: "One", slug: "taken", languages: ["en"], start: "empty" });
    const again = await createPolicy(editor, { title: "Two", slug: "taken", languages: ["en"], start: "empty" });
    expect(allInEnglish(again)).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringContaining("already uses the address") } });
    expect(await createPolicy(outsider, { title: "Theirs", slug: "taken", languages: ["en"], start: "empty" })).toMatchObject({ ok: true });
  });

  it("says what to fix for bad input", async () => {
    const result = await createPolicy(editor, { title: "", slug: "Not A Slug", languages: [], start: "standard" });
    expect(allInEnglish(result)).toMatchObject({ ok: false, fieldErrors: { title: expect.any(String), slug: expect.stringContaining("lower-case"), languages: "Choose at least one language to publish the policy in." } });
    expect(allInEnglish(await createPolicy(editor, { title: "x".repeat(201), slug: "long", languages: ["en"], start: "standard" }))).toMatchObject({ fieldErrors: { title: expect.stringContaining("200") } });
  });

  it("refuses viewers", async () => {
    expect(await createPolicy(viewer, { title: "V", slug: "viewer", languages: ["en"], start: "empty" })).toMatchObject({ ok: false, kind: "refused" });
  });
});

describe("updatePolicyDraft", () => {
  async function newPolicy(slug: string) {
    const result = await createPolicy(dpo, { title: "Draft", slug, languages: ["en"], start: "empty" });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.id;
  }

  it("refuses a language the organisation does not keep its records in", async () => {
    const result = await createPolicy(outsider, { title: "Theirs", slug: "german", languages: ["de"], start: "empty" });
    expect(allInEnglish(result)).toMatchObject({ ok: false, fieldErrors: { languages: expect.stringContaining("does not keep its records in German") } });
  });

  it("saves title, languages and reordered sections with Markdown, raises the version and audits before and after", async () => {
    const id = await newPolicy("edit");
    const sections: PolicySectionSpec[] = [
      { type: "markdown", title: "Cookies", body: "We use **no** tracking." },
      { type: "rights" },
      { type: "activity", activityId: active[0] },
      { type: "controller", privacyContactEmail: "app@example.com" },
    ];
    const result = await updatePolicyDraft(editor, id, 1, draft(sections, { languages: ["en", "de"], titles: { de: "Datenschutzerklärung" } }));
    expect(result).toEqual({ ok: true, id, version: 2 });
    const row = await db.policy.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "Website policy", languages: ["en", "de"], titles: { de: "Datenschutzerklärung" }, version: 2, sections });
    const update = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "UPDATE" } });
    expect(update.before).toMatchObject({ version: 1, languages: ["en"] });
    expect(update.after).toMatchObject({ version: 2, languages: ["en", "de"], sections });
  });

  it("answers a stale version with the conflict and leaves the newer save in place", async () => {
    const id = await newPolicy("conflict");
    expect(await updatePolicyDraft(dpo, id, 1, draft([{ type: "controller" }], { title: "Theirs" }))).toMatchObject({ ok: true, version: 2 });
    const stale = await updatePolicyDraft(editor, id, 1, draft([{ type: "rights" }], { title: "Mine" }));
    expect(stale).toMatchObject({ ok: false, conflict: { currentVersion: 2, changedBy: dpo.user.email } });
    if (stale.ok || !stale.conflict) throw new Error("expected a conflict");
    expect(stale.conflict.changes.map((c) => c.path)).toContain("title");
    expect(await db.policy.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Theirs", version: 2 });
    expect(await updatePolicyDraft(editor, id, 2, draft([{ type: "rights" }], { title: "Mine" }))).toMatchObject({ ok: true, version: 3 });
  });

  it("refuses another organisation's activity and an unknown one, naming the section", async () => {
    const id = await newPolicy("foreign");
    const result = await updatePolicyDraft(dpo, id, 1, draft([{ type: "controller" }, { type: "activity", activityId: foreignActivityId }]));
    expect(allInEnglish(result)).toMatchObject({ ok: false, fieldErrors: { "sections.1": expect.stringContaining("does not exist in your organisation") } });
    expect(await updatePolicyDraft(dpo, id, 1, draft([{ type: "activity", activityId: "nope" }]))).toMatchObject({ ok: false, fieldErrors: { "sections.0": expect.any(String) } });
    expect((await db.policy.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it("refuses duplicates, empty Markdown headings and oversized text with field messages", async () => {
    const id = await newPolicy("invalid");
    const result = await updatePolicyDraft(dpo, id, 1, draft([{ type: "rights" }, { type: "rights" }, { type: "markdown", title: "", body: "x".repeat(10_001) }]));
    expect(allInEnglish(result)).toMatchObject({
      ok: false,
      fieldErrors: { "sections.1": expect.stringContaining("already has a rights section"), "sections.2.title": "Give this section a heading.", "sections.2.body": expect.stringContaining("10,000") },
    });
    expect(await updatePolicyDraft(dpo, id, 1, "not an object")).toMatchObject({ ok: false });
  });

  it("does not find another organisation's policy", async () => {
    const id = await newPolicy("private");
    expect(await updatePolicyDraft(outsider, id, 1, draft([]))).toMatchObject({ ok: false, kind: "not-found" });
    expect((await db.policy.findUniqueOrThrow({ where: { id } })).title).toBe("Draft");
  });

  it("refuses viewers", async () => {
    const id = await newPolicy("viewer-edit");
    expect(await updatePolicyDraft(viewer, id, 1, draft([]))).toMatchObject({ ok: false, kind: "refused" });
  });
});

describe("the demo organisation's policies, composed from its records", () => {
  it("states the log files with Art. 6(1)(f) and finds the gaps the demo leaves open", async () => {
    const owner = await db.user.create({ data: { email: `demo-${crypto.randomUUID()}@pol.example`, name: "Demo", passwordHash: "x" } });
    const demo = await db.$transaction((tx) => createDemoOrganisation(tx, { actor: owner, slug: `demo-${crypto.randomUUID()}` }), { timeout: 30_000 });

    const website = await loadPolicyComposeInput(demo.organisationId, demo.policyIds["coi-website"]);
    if (!website) throw new Error("website policy not found");
    const html = renderPolicyHtml(composePolicy(website));
    expect(html).toContain("Log files");
    expect(html).toContain("Art. 6(1)(f) GDPR");
    expect(html).toContain("Keeping the systems secure");
    expect(checkPolicy(website, "/p").map((f) => f.id)).toContain("supervisory-authority");

    const app = await loadPolicyComposeInput(demo.organisationId, demo.policyIds["ox-coi-messenger"]);
    if (!app) throw new Error("app policy not found");
    const findings = checkPolicy(app, "/p");
    expect(findings.filter((f) => f.id.startsWith("transfer-safeguard"))).toHaveLength(2);
    const appHtml = renderPolicyHtml(composePolicy(app));
    expect(appHtml).toContain("privacy@open-xchange.com");
    expect(appHtml).toContain("Right to withdraw consent");

    expect(await loadPolicyComposeInput(outsider.organisation.id, demo.policyIds["coi-website"])).toBeNull();
  });
});
