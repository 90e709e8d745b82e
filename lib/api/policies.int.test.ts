/**
 * The contract test of /api/v1/policies, their published versions and the
 * register export: every answer is checked against the OpenAPI document
 * (test/support/api-contract.ts), the errors included.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { World } from "@/test/security/world";
import { setUpApiContract } from "@/test/support/api-contract";

const contract = setUpApiContract();
const { db, call, tokenFor } = contract;
let world: World;

beforeAll(async () => {
  world = contract.world;
  // The controller's address and contact: without them the checks refuse every publication (Art. 13(1)(a)).
  await db.organisation.update({ where: { id: world.organisation.id }, data: { address: "Apiweg 1, 50667 Köln", email: "privacy@api.example" } });
});

const sections = [{ type: "controller" }, { type: "rights" }];

async function policy(title = world.unique("Policy"), draft: unknown[] = sections) {
  return db.policy.create({ data: { organisationId: world.organisation.id, slug: world.unique("policy").toLowerCase(), title, sections: draft as object[] }, select: { id: true, slug: true, version: true } });
}

type Finding = { id: string; severity: string };
type Problem = { status: number; errors?: { pointer?: string; detail: string }[]; findings?: Finding[] };

/** Publishes through the API as a client would: the refusal names the warnings, which are then acknowledged. */
async function publish(token: string, id: string, changeSummary: string) {
  const first = await call("POST", `policies/${id}/publish`, { token, body: { changeSummary } });
  if (first.status === 201) return first;
  expect(first.status).toBe(422);
  const acknowledged = ((first.body as Problem).findings ?? []).map((f) => f.id);
  return call("POST", `policies/${id}/publish`, { token, body: { changeSummary, acknowledged } });
}

describe("/policies", () => {
  it("pages by cursor in title order and reads a draft with its ETag and drift; another organisation's id is not found", async () => {
    const { token } = await tokenFor(["READ"]);
    const prefix = world.unique("Paged");
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await policy(`${prefix} ${n}`)).id);
    const seen: string[] = [];
    let next: string | null = "policies?limit=2";
    while (next) {
      const page = await call("GET", next, { token });
      const body = page.body as { data: { id: string }[]; next: string | null };
      seen.push(...body.data.map((row) => row.id));
      next = body.next;
    }
    expect(seen.filter((id) => ids.includes(id))).toEqual(ids);
    expect((await call("GET", "policies?cursor=not-ours", { token })).status).toBe(400);

    const one = await call("GET", `policies/${ids[0]}`, { token });
    expect(one.status).toBe(200);
    expect(one.headers.get("etag")).toBe('"1"');
    expect(one.body).toMatchObject({ id: ids[0], title: `${prefix} 1`, sections, drift: { state: "unpublished" } });
    const foreign = await tokenFor(["READ", "WRITE_RECORDS", "PUBLISH"], { organisation: "foreign" });
    expect((await call("GET", `policies/${ids[0]}`, { token: foreign.token })).status).toBe(404);
    expect((await call("PUT", `policies/${ids[0]}`, { token: foreign.token, body: { title: "Taken", languages: ["en"], sections }, headers: { "if-match": '"1"' } })).status).toBe(404);
    expect((await call("POST", `policies/${ids[0]}/publish`, { token: foreign.token, body: { changeSummary: "Taken" } })).status).toBe(404);
  });

  it("replaces a draft with the editor's schema, only with a current If-Match, audited as the token", async () => {
    const { token, id: tokenId } = await tokenFor(["READ", "WRITE_RECORDS"]);
    const { id } = await policy();
    const draft = { title: "Website privacy policy", titles: {}, languages: ["en"], sections: [...sections, { type: "markdown", title: "Cookies", body: "We set **no** cookies." }] };
    expect((await call("PUT", `policies/${id}`, { token, body: draft })).status).toBe(428);
    const saved = await call("PUT", `policies/${id}`, { token, body: draft, headers: { "if-match": '"1"' } });
    expect(saved.status).toBe(200);
    expect(saved.headers.get("etag")).toBe('"2"');
    expect(saved.body).toMatchObject(draft);
    const event = await db.auditEvent.findFirstOrThrow({ where: { organisationId: world.organisation.id, entityId: id, action: "UPDATE" } });
    expect(event.apiTokenId).toBe(tokenId);
    expect((await call("PUT", `policies/${id}`, { token, body: draft, headers: { "if-match": '"1"' } })).status).toBe(412);
    const invalid = await call("PUT", `policies/${id}`, { token, body: { ...draft, title: "", sections: [{ type: "rights" }, { type: "rights" }] }, headers: { "if-match": '"2"' } });
    expect(invalid.status).toBe(422);
    expect((invalid.body as Problem).errors!.map((e) => e.pointer)).toEqual(expect.arrayContaining(["/title", "/sections/1"]));
    const reader = await tokenFor(["READ"]);
    expect((await call("PUT", `policies/${id}`, { token: reader.token, body: draft, headers: { "if-match": '"2"' } })).status).toBe(403);
  });

  it("publishes only what the publish page would: errors and unacknowledged warnings are a 422 listing them", async () => {
    const { token, id: tokenId } = await tokenFor(["PUBLISH", "READ"]);
    // No rights section: an error, which no acknowledgement overrides (Art. 13(2)(b)-(d)).
    const withoutRights = await policy(undefined, [{ type: "controller" }]);
    const refused = await call("POST", `policies/${withoutRights.id}/publish`, { token, body: { changeSummary: "First", acknowledged: ["rights-section"] } });
    expect(refused.status).toBe(422);
    expect((refused.body as Problem).findings).toEqual(expect.arrayContaining([expect.objectContaining({ id: "rights-section", severity: "error" })]));

    const { id, slug } = await policy();
    const unacknowledged = await call("POST", `policies/${id}/publish`, { token, body: { changeSummary: "First" } });
    expect(unacknowledged.status).toBe(422);
    const problem = unacknowledged.body as Problem;
    expect(problem.findings!.length).toBeGreaterThan(0);
    expect(problem.findings!.every((f) => f.severity === "warning")).toBe(true);
    expect(problem.errors!.every((e) => e.pointer === "/acknowledged")).toBe(true);
    expect((await call("POST", `policies/${id}/publish`, { token, body: { changeSummary: "" } })).status).toBe(422);

    const published = await publish(token, id, "First version");
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ number: 1, changeSummary: "First version", language: "en", url: `http://api.test/p/${world.organisation.slug}/${slug}/en/v/1` });
    expect(published.headers.get("location")).toBe(`/api/v1/policies/${id}/versions/1`);
    const event = await db.auditEvent.findFirstOrThrow({ where: { organisationId: world.organisation.id, entityId: id, action: "PUBLISH" } });
    expect(event.apiTokenId).toBe(tokenId);
    // Nothing changed since version 1.
    const again = await publish(token, id, "Again");
    expect(again.status).toBe(422);
    expect(await db.policyVersion.count({ where: { policyId: id } })).toBe(1);

    const writer = await tokenFor(["READ", "WRITE_RECORDS"]);
    expect((await call("POST", `policies/${id}/publish`, { token: writer.token, body: { changeSummary: "Not mine" } })).status).toBe(403);
  });
});

describe("/policies/{id}/versions", () => {
  it("lists versions newest first by cursor, and reads one as published, with its content hash as a strong ETag", async () => {
    const { token } = await tokenFor(["PUBLISH", "READ"]);
    const { id, slug } = await policy();
    expect(((await call("GET", `policies/${id}/versions`, { token })).body as { data: unknown[] }).data).toEqual([]);
    await publish(token, id, "First version");
    await db.policy.update({ where: { id }, data: { title: "Revised policy" } });
    await publish(token, id, "Second version");

    const numbers: number[] = [];
    let next: string | null = `policies/${id}/versions?limit=1`;
    while (next) {
      const page = await call("GET", next, { token });
      const body = page.body as { data: { number: number }[]; next: string | null };
      numbers.push(...body.data.map((row) => row.number));
      next = body.next;
    }
    expect(numbers).toEqual([2, 1]);

    const one = await call("GET", `policies/${id}/versions/1`, { token });
    expect(one.status).toBe(200);
    const version = one.body as { contentHash: string; html: string; json: { version: { number: number }; policy: { slug: string } }; publishedBy: string };
    expect(one.headers.get("etag")).toBe(`"${version.contentHash}"`);
    expect(one.headers.get("cache-control")).toContain("immutable");
    expect(version.html).toContain("<");
    expect(version.json).toMatchObject({ version: { number: 1 }, policy: { slug } });
    expect(version.publishedBy).toBe(world.members.DPO.name || world.members.DPO.email);

    for (const n of ["3", "0", "one"]) expect((await call("GET", `policies/${id}/versions/${n}`, { token })).status).toBe(404);
    // Each language of a version is asked for by its code; the policy is published in English only.
    expect((await call("GET", `policies/${id}/versions/1?language=en`, { token })).body).toMatchObject({ number: 1, language: "en", json: { policy: { language: "en" } } });
    expect((await call("GET", `policies/${id}/versions/1?language=de`, { token })).status).toBe(404);
    expect(((await call("GET", `policies/${id}/versions?language=de`, { token })).body as { data: unknown[] }).data).toEqual([]);
    expect((await call("GET", `policies/${id}/versions?language=xx`, { token })).status).toBe(400);
    const foreign = await tokenFor(["READ"], { organisation: "foreign" });
    expect((await call("GET", `policies/${id}/versions`, { token: foreign.token })).status).toBe(404);
    expect((await call("GET", `policies/${id}/versions/1`, { token: foreign.token })).status).toBe(404);
    expect((await call("GET", `policies/${id}/versions?cursor=not-ours`, { token })).status).toBe(400);
  });
});

describe("/register", () => {
  it("exports the register in every format, filtered like the register page, audited as the token", async () => {
    const { token, id: tokenId } = await tokenFor(["READ"]);
    const active = world.unique("REG");
    const draft = world.unique("REG");
    await db.processingActivity.create({ data: { organisationId: world.organisation.id, reference: active, name: "Exported", status: "ACTIVE" } });
    await db.processingActivity.create({ data: { organisationId: world.organisation.id, reference: draft, name: "Not exported", status: "DRAFT" } });

    const json = await call("GET", "register?format=json&status=ACTIVE", { token });
    expect(json.status).toBe(200);
    const references = (json.body as { activities: { reference: string }[] }).activities.map((a) => a.reference);
    expect(references).toContain(active);
    expect(references).not.toContain(draft);
    expect(json.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.json"$/);
    const event = await db.auditEvent.findFirstOrThrow({ where: { organisationId: world.organisation.id, action: "EXPORT", apiTokenId: tokenId } });
    expect(event.after).toMatchObject({ format: "json", filters: { status: "ACTIVE" } });

    const types = { csv: "text/csv", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", pdf: "application/pdf" };
    for (const [format, type] of Object.entries(types)) {
      const file = await call("GET", `register?format=${format}`, { token });
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toContain(type);
    }
    expect((await call("GET", "register?format=docx", { token })).status).toBe(400);
    const writer = await tokenFor(["WRITE_RECORDS"]);
    expect((await call("GET", "register", { token: writer.token })).status).toBe(403);
  });
});
