/**
 * A Markdown body that cannot be rendered, on the real database: saving it is
 * refused at the body's field with nothing stored, and a body already stored
 * (written straight into the row, as one saved before the bounds existed
 * would be) breaks none of the pages that compose the draft.
 */
import { inEnglish } from "@/lib/i18n/english";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { createDefaultCatalogues } from "../catalogues/defaults";
import { deleteOrganisation } from "../../test/support/delete-organisation";
import { composeDraft } from "./draft";
import type { Actor } from "../mutations/actor";
import { currentDraft, updatePolicyDraft } from "./draft-mutations";
import { getPolicyDrift, listPolicyDrift } from "./drift-queries";
import { buildPolicyPreview } from "./preview";
import { publishPolicy } from "./publish";

const db = createDb(process.env.DATABASE_URL!);
const BAD_BODY = "> ".repeat(2000).trim();
let organisationId: string;
let editor: Actor;
let dpo: Actor;
let policyId: string;

beforeAll(async () => {
  const id = crypto.randomUUID().slice(0, 12);
  const org = await db.organisation.create({ data: { slug: `md-${id}`, legalName: `Markdown ${id} AG`, address: "Hauptstraße 1, 50667 Köln", email: "privacy@md.example" }, select: { id: true } });
  organisationId = org.id;
  await db.$transaction((tx) => createDefaultCatalogues(tx, org.id));
  const member = async (role: "EDITOR" | "DPO"): Promise<Actor> => {
    const email = `${role.toLowerCase()}-${crypto.randomUUID()}@md.example`;
    const user = await db.user.create({ data: { email, name: email, passwordHash: "x", memberships: { create: { organisationId, role } } } });
    return { user: { id: user.id, email }, organisation: { id: organisationId }, role };
  };
  editor = await member("EDITOR");
  dpo = await member("DPO");
  policyId = (await db.policy.create({ data: { organisationId, slug: "website", title: "Website policy", sections: [{ type: "controller" }, { type: "rights" }] }, select: { id: true } })).id;
});

afterAll(async () => {
  await db.$transaction((tx) => deleteOrganisation(tx, organisationId));
  await db.$disconnect();
});

describe("saving a Markdown body that cannot be rendered", () => {
  // Regression: an editor saved a body of 2,000 "> " (within the 10,000-character limit);
  // it was stored, and every page that composed the policy answered 500 from then on.
  it("is refused with a message at the body, and nothing is stored", async () => {
    const sections = [{ type: "controller" }, { type: "markdown", title: "Cookies", body: BAD_BODY }, { type: "rights" }];
    const result = await updatePolicyDraft(editor, policyId, 1, { title: "Website policy", language: "en", sections });
    expect(result).toMatchObject({ ok: false, fieldErrors: { "sections.1.body": expect.stringMatching(/levels deep/) } });
    expect(await db.policy.findUniqueOrThrow({ where: { id: policyId }, select: { version: true, sections: true } })).toEqual({ version: 1, sections: [{ type: "controller" }, { type: "rights" }] });
  });
});

describe("a stored Markdown body that cannot be rendered", () => {
  beforeAll(async () => {
    // Straight into the row, past validation: what a body saved before the bounds existed looks like.
    await db.policy.update({ where: { id: policyId }, data: { sections: [{ type: "controller" }, { type: "markdown", title: "Cookies", body: BAD_BODY }, { type: "markdown", title: "Contact", body: "Write to **us**." }, { type: "rights" }] } });
  });

  // Regression: composing the draft threw RangeError (marked overflowed the stack), so the
  // dashboard, the policy list, the editor's preview and publishing answered 500 for every role.
  it("composes: that section shows a notice, the others their text", async () => {
    const draft = await composeDraft(organisationId, policyId);
    const cookies = draft!.document.sections.find((section) => section.heading === "Cookies")!;
    expect(cookies.renderError).toMatch(/levels deep/);
    // Each names the section's text as its source, so the preview opens it in the editor.
    const body = (index: number) => ({ entity: "policy", id: policyId, field: `sections.${index}.body`, href: `/policies/${policyId}#sections.${index}.body` });
    expect(cookies.blocks).toEqual([{ kind: "paragraph", text: expect.stringMatching(/cannot be shown/), sources: [body(1)] }]);
    expect(draft!.document.sections.find((section) => section.heading === "Contact")!.blocks).toEqual([
      { kind: "html", field: "markdown", html: "<p>Write to <strong>us</strong>.</p>", sources: [body(2)] },
    ]);
  });

  it("keeps the dashboard's drift, the policy list and the editor's preview working", async () => {
    expect(await getPolicyDrift(organisationId, policyId)).toMatchObject({ state: expect.any(String) });
    expect((await listPolicyDrift(organisationId)).map((row) => row.id)).toEqual([policyId]);
    const stored = await currentDraft(organisationId, policyId);
    expect(stored!.sections[1]).toEqual({ type: "markdown", title: "Cookies", body: BAD_BODY });
    const preview = await buildPolicyPreview(organisationId, policyId, { title: "Website policy", titles: {}, languages: ["en"], sections: stored!.sections });
    expect(preview!.html).toContain("The text of this section cannot be shown.");
  });

  it("cannot be published: the publisher is told which section to fix", async () => {
    const org = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { id: true, slug: true, legalName: true } });
    const result = await publishPolicy({ ...dpo, organisation: org }, { policyId, changeSummary: "First version" }, composeDraft);
    expect(inEnglish(result.formError ?? "")).toMatch(/^The section “Cookies” cannot be published: .*levels deep/);
    expect(await db.policyVersion.count({ where: { policyId } })).toBe(0);
  });
});
