/**
 * The contract test of /api/v1: every call goes through the real route
 * handlers against the database, and every answer (status, and body) is
 * checked against the OpenAPI document (test/support/api-contract.ts).
 * It also fails when a route file under app/api/v1 is not in the document.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { doc, setUpApiContract, templateOf, type Answer } from "@/test/support/api-contract";
import type { World } from "@/test/security/world";

const contract = setUpApiContract();
const { db, call, tokenFor, handlers } = contract;
let world: World;
beforeAll(() => {
  world = contract.world;
});

const activity = (reference: string, extra: Record<string, unknown> = {}) =>
  db.processingActivity.create({ data: { organisationId: world.organisation.id, reference, name: `Activity ${reference}`, ...extra }, select: { id: true, version: true } });

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1, public, and describes itself", async () => {
    const answer = await call("GET", "openapi.json");
    expect(answer.status).toBe(200);
    expect((answer.body as { openapi: string }).openapi).toBe("3.1.0");
  });

  it("documents every route file under app/api/v1, and nothing that has no route", () => {
    const served = [...handlers.values()]
      .map((h) => `${h.name.toLowerCase()} ${templateOf(h.file)}`)
      .sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([template, item]) => Object.keys(item).map((method) => `${method} ${template}`))
      .sort();
    expect(served.filter((op) => !documented.includes(op)), "route handlers missing from the OpenAPI document").toEqual([]);
    expect(documented.filter((op) => !served.includes(op)), "documented operations without a route handler").toEqual([]);
  });
});

describe("authentication", () => {
  it("answers 401 with a challenge without a token, with a malformed or unknown one", async () => {
    for (const authorization of [undefined, "Basic abc", `Bearer ropa_${"x".repeat(43)}`]) {
      const answer = await call("GET", "activities", { headers: authorization ? { authorization } : {} });
      expect(answer.status).toBe(401);
      expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer realm=/);
      expect(answer.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it("refuses revoked and expired tokens, and tokens whose creator is no longer an owner or DPO", async () => {
    const revoked = await tokenFor(["READ"]);
    await db.apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    const expired = await tokenFor(["READ"]);
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    for (const { token } of [revoked, expired]) expect((await call("GET", "activities", { token })).status).toBe(401);

    // A DPO who becomes an editor takes their tokens' power with them; back as DPO, the token works again.
    const demoted = await tokenFor(["READ"], { role: "DPO" });
    const membership = { userId_organisationId: { userId: world.members.DPO.id, organisationId: world.organisation.id } };
    await db.membership.update({ where: membership, data: { role: "EDITOR" } });
    try {
      expect((await call("GET", "activities", { token: demoted.token })).status).toBe(401);
    } finally {
      await db.membership.update({ where: membership, data: { role: "DPO" } });
    }
    expect((await call("GET", "activities", { token: demoted.token })).status).toBe(200);
  });

  it("answers 403 naming the scope when the token lacks it, and records when a token was last used", async () => {
    const writer = await tokenFor(["WRITE_RECORDS"]);
    const answer = await call("GET", "activities", { token: writer.token });
    expect(answer.status).toBe(403);
    expect(answer.headers.get("www-authenticate")).toMatch(/insufficient_scope.*scope="read"/);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: writer.id } })).lastUsedAt).not.toBeNull();
  });

  it("limits requests per token with RateLimit headers and a 429 problem", async () => {
    const previous = process.env.API_RATE_LIMIT_PER_MINUTE;
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    try {
      const { token } = await tokenFor(["READ"]);
      const first = await call("GET", "recipients", { token });
      expect(first.headers.get("ratelimit-limit")).toBe("3");
      expect(first.headers.get("ratelimit-remaining")).toBe("2");
      await call("GET", "recipients", { token });
      await call("GET", "recipients", { token });
      const limited = await call("GET", "recipients", { token });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      // Another token has its own count.
      expect((await call("GET", "recipients", { token: (await tokenFor(["READ"])).token })).status).toBe(200);
    } finally {
      if (previous === undefined) delete process.env.API_RATE_LIMIT_PER_MINUTE;
      else process.env.API_RATE_LIMIT_PER_MINUTE = previous;
    }
  });
});

describe("/activities", () => {
  it("pages by cursor in reference order, with the next link in the body and the Link header, and filters like the table", async () => {
    const { token } = await tokenFor(["READ"]);
    const prefix = world.unique("PG");
    for (const n of [1, 2, 3, 4, 5]) await activity(`${prefix}-${n}`, n === 5 ? { status: "ACTIVE" } : {});
    const seen: string[] = [];
    let next: string | null = `activities?limit=2&q=${encodeURIComponent(prefix)}`;
    while (next) {
      const answer: Answer = await call("GET", next, { token });
      expect(answer.status).toBe(200);
      const page = answer.body as { data: { reference: string }[]; next: string | null };
      seen.push(...page.data.map((row) => row.reference));
      if (page.next) expect(answer.headers.get("link")).toBe(`<${page.next}>; rel="next"`);
      next = page.next;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5].map((n) => `${prefix}-${n}`));
    const active = await call("GET", `activities?status=ACTIVE&q=${encodeURIComponent(prefix)}`, { token });
    expect((active.body as { data: { reference: string }[] }).data.map((row) => row.reference)).toEqual([`${prefix}-5`]);
  });

  it("answers 400 for a cursor it did not give out and for unknown filter values", async () => {
    const { token } = await tokenFor(["READ"]);
    expect((await call("GET", "activities?cursor=not-ours", { token })).status).toBe(400);
    const bad = await call("GET", "activities?status=SOMETIMES&limit=1000", { token });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { parameter: string }[] }).errors.map((e) => e.parameter).sort()).toEqual(["limit", "status"]);
  });

  it("creates with the form's schema, audited as the token, and refuses invalid input with field errors", async () => {
    const { token, id: tokenId, name } = await tokenFor(["WRITE_RECORDS", "READ"]);
    const reference = world.unique("API");
    const created = await call("POST", "activities", { token, body: { reference, name: "Newsletter", status: "DRAFT" } });
    expect(created.status).toBe(201);
    const body = created.body as { id: string; version: number };
    expect(created.headers.get("etag")).toBe(`"${body.version}"`);
    expect(created.headers.get("location")).toBe(`/api/v1/activities/${body.id}`);
    const event = await db.auditEvent.findFirstOrThrow({ where: { organisationId: world.organisation.id, entityId: body.id, action: "CREATE" } });
    expect(event.actorId).toBe(world.members.DPO.id);
    expect(event.actorEmail).toBe(`${world.members.DPO.email} via API token "${name}"`);
    expect(event.apiTokenId).toBe(tokenId);

    const invalid = await call("POST", "activities", { token, body: { reference, name: "", purposes: [{ description: "" }] } });
    expect(invalid.status).toBe(422);
    const pointers = (invalid.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/name", "/purposes/0/description"]));
    expect((await call("POST", "activities", { token, body: "{not json" })).status).toBe(400);
    expect((await call("POST", "activities", { token, body: "{}", headers: { "content-type": "text/plain" } })).status).toBe(415);
  });

  it("reads one activity with its ETag; another organisation's id is not found", async () => {
    const { token } = await tokenFor(["READ"]);
    const { id, version } = await activity(world.unique("ONE"));
    const answer = await call("GET", `activities/${id}`, { token });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("etag")).toBe(`"${version}"`);
    const foreign = await tokenFor(["READ", "WRITE_RECORDS"], { organisation: "foreign" });
    expect((await call("GET", `activities/${id}`, { token: foreign.token })).status).toBe(404);
    expect((await call("PUT", `activities/${id}`, { token: foreign.token, body: { reference: "X", name: "Taken" }, headers: { "if-match": `"${version}"` } })).status).toBe(404);
  });

  it("replaces an activity only with a current If-Match: 428 without, 412 when stale", async () => {
    const { token } = await tokenFor(["READ", "WRITE_RECORDS"]);
    const { id } = await activity(world.unique("PUT"));
    const read = await call("GET", `activities/${id}`, { token });
    const etag = read.headers.get("etag")!;
    const current = read.body as Record<string, unknown>;
    const change = { ...current, name: "Renamed by the API" };
    expect((await call("PUT", `activities/${id}`, { token, body: change })).status).toBe(428);
    expect((await call("PUT", `activities/${id}`, { token, body: change, headers: { "if-match": "*" } })).status).toBe(428);
    const saved = await call("PUT", `activities/${id}`, { token, body: change, headers: { "if-match": etag } });
    expect(saved.status).toBe(200);
    expect((saved.body as { name: string }).name).toBe("Renamed by the API");
    expect(saved.headers.get("etag")).not.toBe(etag);
    // The same change again, based on the version it replaced: someone else's save would be lost.
    expect((await call("PUT", `activities/${id}`, { token, body: change, headers: { "if-match": etag } })).status).toBe(412);
    const invalid = await call("PUT", `activities/${id}`, { token, body: { ...change, name: "" }, headers: { "if-match": saved.headers.get("etag")! } });
    expect(invalid.status).toBe(422);
    expect((await call("PUT", `activities/nope`, { token, body: change, headers: { "if-match": etag } })).status).toBe(404);
  });
});

describe("/recipients", () => {
  it("lists recipients by name with cursor paging, and reads one with its sub-processors", async () => {
    const { token } = await tokenFor(["READ"]);
    const prefix = world.unique("Proc");
    const processor = await db.recipient.create({ data: { organisationId: world.organisation.id, kind: "PROCESSOR", name: `${prefix} A` } });
    const sub = await db.recipient.create({ data: { organisationId: world.organisation.id, kind: "SUB_PROCESSOR", name: `${prefix} B`, parentId: processor.id, dpaStatus: "IN_PLACE", dpaSignedOn: new Date("2026-01-15") } });
    const names: string[] = [];
    let next: string | null = "recipients?limit=1";
    while (next) {
      const page: Answer = await call("GET", next, { token });
      const body = page.body as { data: { name: string }[]; next: string | null };
      names.push(...body.data.map((r) => r.name));
      next = body.next;
    }
    expect(names.filter((n) => n.startsWith(prefix))).toEqual([`${prefix} A`, `${prefix} B`]);
    const one = await call("GET", `recipients/${processor.id}`, { token });
    expect(one.headers.get("etag")).toBe(`"${processor.version}"`);
    expect((one.body as { subProcessors: { id: string; dpaSignedOn: string }[] }).subProcessors).toEqual([expect.objectContaining({ id: sub.id, dpaSignedOn: "2026-01-15" })]);
    const subAnswer = await call("GET", `recipients/${sub.id}`, { token });
    expect((subAnswer.body as { parents: { id: string }[] }).parents.map((p) => p.id)).toEqual([processor.id]);
    const subProcessors = await call("GET", "recipients?kind=SUB_PROCESSOR&limit=100", { token });
    expect((subProcessors.body as { data: { kind: string }[] }).data.every((r) => r.kind === "SUB_PROCESSOR")).toBe(true);
    expect((await call("GET", `recipients/${processor.id}`, { token: (await tokenFor(["READ"], { organisation: "foreign" })).token })).status).toBe(404);
  });
});

describe("/recipients, written", () => {
  it("creates a processor and a sub-processor under it, replaces one with If-Match, and refuses what the form refuses", async () => {
    const { token } = await tokenFor(["READ", "WRITE_RECORDS"]);
    const name = world.unique("Vendor");
    const created = await call("POST", "recipients", { token, body: { kind: "PROCESSOR", name, dpaStatus: "IN_PLACE", dpaSignedOn: "2026-03-01", countryCode: "DE" } });
    expect(created.status).toBe(201);
    const processor = created.body as { id: string; version: number; country: { code: string } };
    expect(created.headers.get("location")).toBe(`/api/v1/recipients/${processor.id}`);
    expect(processor.country.code).toBe("DE");
    const sub = await call("POST", "recipients", { token, body: { kind: "SUB_PROCESSOR", name: `${name} sub`, parentId: processor.id } });
    expect(sub.status).toBe(201);
    expect((sub.body as { parents: { id: string }[] }).parents.map((p) => p.id)).toEqual([processor.id]);

    // The same rules as the form: a duplicate name, an unknown country.
    const duplicate = await call("POST", "recipients", { token, body: { kind: "PROCESSOR", name } });
    expect(duplicate.status).toBe(422);
    expect(JSON.stringify(duplicate.body)).toContain("/name");
    expect((await call("POST", "recipients", { token, body: { kind: "PROCESSOR", name: world.unique("Vendor"), countryCode: "ZZ" } })).status).toBe(422);

    const body = { kind: "PROCESSOR", name: `${name} renamed`, dpaStatus: "IN_PLACE", dpaSignedOn: "2026-03-01" };
    expect((await call("PUT", `recipients/${processor.id}`, { token, body })).status).toBe(428);
    expect((await call("PUT", `recipients/${processor.id}`, { token, body, headers: { "if-match": `"${processor.version + 5}"` } })).status).toBe(412);
    const replaced = await call("PUT", `recipients/${processor.id}`, { token, body, headers: { "if-match": `"${processor.version}"` } });
    expect(replaced.status).toBe(200);
    expect(replaced.headers.get("etag")).toBe(`"${processor.version + 1}"`);
    expect(await db.auditEvent.count({ where: { entityId: processor.id, apiTokenId: { not: null } } })).toBe(2);

    expect((await call("POST", "recipients", { token: (await tokenFor(["READ"])).token, body: { kind: "PROCESSOR", name: world.unique("Vendor") } })).status).toBe(403);
    const foreign = (await tokenFor(["READ", "WRITE_RECORDS"], { organisation: "foreign" })).token;
    expect((await call("PUT", `recipients/${processor.id}`, { token: foreign, body, headers: { "if-match": `"${processor.version + 1}"` } })).status).toBe(404);
  });
});

describe("/catalogues", () => {
  type Entry = { id: string; name: string; version: number; citation?: string; builtIn?: boolean };
  const entries = (answer: Answer) => (answer.body as { data: Entry[] }).data;

  it("lists each catalogue with cursor paging and a search, and reads one entry with its ETag", async () => {
    const { token } = await tokenFor(["READ"]);
    const prefix = world.unique("Cat");
    for (const n of [1, 2, 3]) await db.dataSubjectCategory.create({ data: { organisationId: world.organisation.id, name: `${prefix} ${n}` } });
    const seen: string[] = [];
    let next: string | null = `catalogues/data-subjects?limit=2&q=${encodeURIComponent(prefix)}`;
    while (next) {
      const answer: Answer = await call("GET", next, { token });
      expect(answer.status).toBe(200);
      seen.push(...entries(answer).map((row) => row.name));
      next = (answer.body as { next: string | null }).next;
    }
    expect(seen).toEqual([1, 2, 3].map((n) => `${prefix} ${n}`));
    for (const type of ["legal-bases", "data-categories", "security-measures"]) {
      const page = await call("GET", `catalogues/${type}?limit=100`, { token });
      expect(page.status).toBe(200);
      expect(entries(page).length).toBeGreaterThan(0);
      const [first] = entries(page);
      const one = await call("GET", `catalogues/${type}/${first.id}`, { token });
      expect(one.status).toBe(200);
      expect(one.headers.get("etag")).toBe(`"${first.version}"`);
    }
    const art6 = await call("GET", `catalogues/legal-bases?q=${encodeURIComponent("Art. 6(1)(a)")}`, { token });
    expect(entries(art6).map((row) => row.citation)).toEqual([expect.stringContaining("Art. 6(1)(a)")]);
    expect((await call("GET", "catalogues/legal-bases?cursor=not-ours", { token })).status).toBe(400);
  });

  it("creates, replaces with If-Match and deletes an entry, audited as the token", async () => {
    const { token, id: tokenId } = await tokenFor(["READ", "WRITE_RECORDS"]);
    const name = world.unique("Visitors");
    const created = await call("POST", "catalogues/data-subjects", { token, body: { name, description: "People at the front desk" } });
    expect(created.status).toBe(201);
    const entry = created.body as Entry;
    expect(created.headers.get("location")).toBe(`/api/v1/catalogues/data-subjects/${entry.id}`);
    expect((await call("POST", "catalogues/data-subjects", { token, body: { name } })).status).toBe(422);
    const invalid = await call("POST", "catalogues/data-categories", { token, body: { name: world.unique("Both"), special: true, criminal: true } });
    expect(invalid.status).toBe(422);
    expect((invalid.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual(["/criminal"]);

    const etag = created.headers.get("etag")!;
    const change = { name: `${name} (renamed)`, description: "" };
    expect((await call("PUT", `catalogues/data-subjects/${entry.id}`, { token, body: change })).status).toBe(428);
    const saved = await call("PUT", `catalogues/data-subjects/${entry.id}`, { token, body: change, headers: { "if-match": etag } });
    expect(saved.status).toBe(200);
    expect((saved.body as Entry).name).toBe(change.name);
    expect((await call("PUT", `catalogues/data-subjects/${entry.id}`, { token, body: change, headers: { "if-match": etag } })).status).toBe(412);
    expect((await call("PUT", `catalogues/data-subjects/${entry.id}`, { token, body: { name: "" }, headers: { "if-match": saved.headers.get("etag")! } })).status).toBe(422);

    expect((await call("DELETE", `catalogues/data-subjects/${entry.id}`, { token })).status).toBe(428);
    expect((await call("DELETE", `catalogues/data-subjects/${entry.id}`, { token, headers: { "if-match": etag } })).status).toBe(412);
    const deleted = await call("DELETE", `catalogues/data-subjects/${entry.id}`, { token, headers: { "if-match": saved.headers.get("etag")! } });
    expect(deleted.status).toBe(204);
    expect((await call("GET", `catalogues/data-subjects/${entry.id}`, { token })).status).toBe(404);
    const events = await db.auditEvent.findMany({ where: { organisationId: world.organisation.id, entityId: entry.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.apiTokenId])).toEqual([
      ["CREATE", tokenId],
      ["UPDATE", tokenId],
      ["DELETE", tokenId],
    ]);
  });

  it("refuses to delete an entry in use or built in with 409 and the details, and moves the uses to a replacement", async () => {
    const { token } = await tokenFor(["READ", "WRITE_RECORDS"]);
    const used = await db.securityMeasure.create({ data: { organisationId: world.organisation.id, group: "ORGANISATIONAL", name: world.unique("Clean desk") } });
    const other = await db.securityMeasure.create({ data: { organisationId: world.organisation.id, group: "ORGANISATIONAL", name: world.unique("Locked cabinets") } });
    const { id: activityId } = await activity(world.unique("USE"));
    await db.activitySecurityMeasure.create({ data: { activityId, securityMeasureId: used.id } });
    const ifMatch = { "if-match": `"${used.version}"` };
    const inUse = await call("DELETE", `catalogues/security-measures/${used.id}`, { token, headers: ifMatch });
    expect(inUse.status).toBe(409);
    expect((inUse.body as { uses: { activities: { activityId: string }[] } }).uses.activities.map((a) => a.activityId)).toEqual([activityId]);
    const badReplacement = await call("DELETE", `catalogues/security-measures/${used.id}?replacement=${used.id}`, { token, headers: ifMatch });
    expect(badReplacement.status).toBe(422);
    expect((await call("DELETE", `catalogues/security-measures/${used.id}?replacement=${other.id}`, { token, headers: ifMatch })).status).toBe(204);
    expect(await db.activitySecurityMeasure.findMany({ where: { activityId }, select: { securityMeasureId: true } })).toEqual([{ securityMeasureId: other.id }]);

    const builtIn = await db.legalBasis.findFirstOrThrow({ where: { organisationId: world.organisation.id, builtIn: true } });
    const refused = await call("DELETE", `catalogues/legal-bases/${builtIn.id}`, { token, headers: { "if-match": `"${builtIn.version}"` } });
    expect(refused.status).toBe(409);
    expect((refused.body as { builtIn: boolean }).builtIn).toBe(true);
  });

  it("keeps a built-in legal basis' citation, answers 404 for another organisation's entry and 403 without the write scope", async () => {
    const { token } = await tokenFor(["READ", "WRITE_RECORDS"]);
    const builtIn = await db.legalBasis.findFirstOrThrow({ where: { organisationId: world.organisation.id, builtIn: true } });
    const saved = await call("PUT", `catalogues/legal-bases/${builtIn.id}`, {
      token,
      body: { name: "Renamed", citation: "§ 1 XYZ", description: "Our note" },
      headers: { "if-match": `"${builtIn.version}"` },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: builtIn.name, citation: builtIn.citation, description: "Our note", builtIn: true });

    const foreign = await tokenFor(["READ", "WRITE_RECORDS"], { organisation: "foreign" });
    const ifMatch = { "if-match": saved.headers.get("etag")! };
    expect((await call("GET", `catalogues/legal-bases/${builtIn.id}`, { token: foreign.token })).status).toBe(404);
    expect((await call("PUT", `catalogues/legal-bases/${builtIn.id}`, { token: foreign.token, body: { name: "X", citation: "Y" }, headers: ifMatch })).status).toBe(404);
    expect((await call("DELETE", `catalogues/legal-bases/${builtIn.id}`, { token: foreign.token, headers: ifMatch })).status).toBe(404);
    const reader = await tokenFor(["READ"]);
    expect((await call("POST", "catalogues/data-subjects", { token: reader.token, body: { name: world.unique("Nope") } })).status).toBe(403);
    expect((await call("DELETE", `catalogues/legal-bases/${builtIn.id}`, { token: reader.token, headers: ifMatch })).status).toBe(403);
  });
});

describe("/countries", () => {
  it("lists the reference list with its flags and filters, and reads one country by code", async () => {
    const { token } = await tokenFor(["READ"]);
    const all = await call("GET", "countries", { token });
    expect(all.status).toBe(200);
    const rows = (all.body as { data: { code: string; eea: boolean; adequacy: boolean }[] }).data;
    expect(rows.length).toBeGreaterThan(200);
    expect(rows.find((c) => c.code === "DE")).toMatchObject({ eea: true, adequacy: false });
    const adequate = await call("GET", "countries?adequacy=yes&eea=no", { token });
    expect((adequate.body as { data: { code: string }[] }).data.map((c) => c.code)).toEqual(expect.arrayContaining(["CH", "JP"]));
    const ch = await call("GET", "countries/ch", { token });
    expect(ch.status).toBe(200);
    expect(ch.body).toMatchObject({ code: "CH", adequacy: true });
    expect(ch.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect((await call("GET", "countries/XX", { token })).status).toBe(404);
    expect((await call("GET", "countries?eea=maybe", { token })).status).toBe(400);
    expect((await call("GET", "countries", { token: (await tokenFor(["WRITE_RECORDS"])).token })).status).toBe(403);
  });
});

describe("/audit-events", () => {
  it("lists the organisation's events newest first with filters and cursor paging, naming the token", async () => {
    const writer = await tokenFor(["READ", "WRITE_RECORDS"]);
    const created = await call("POST", "catalogues/data-subjects", { token: writer.token, body: { name: world.unique("Audited") } });
    const entryId = (created.body as { id: string }).id;
    await call("PUT", `catalogues/data-subjects/${entryId}`, { token: writer.token, body: { name: world.unique("Audited again") }, headers: { "if-match": created.headers.get("etag")! } });
    const { token } = await tokenFor(["READ"]);
    const seen: { id: string; action: string; apiToken: { id: string; name: string } | null; actor: { email: string }; sequence: number | null; hash: string }[] = [];
    let next: string | null = `audit-events?entityType=DataSubjectCategory&entityId=${entryId}&limit=1`;
    while (next) {
      const answer: Answer = await call("GET", next, { token });
      expect(answer.status).toBe(200);
      seen.push(...(answer.body as { data: typeof seen }).data);
      next = (answer.body as { next: string | null }).next;
    }
    expect(seen.map((e) => e.action)).toEqual(["UPDATE", "CREATE"]);
    expect(seen[0].apiToken).toEqual({ id: writer.id, name: writer.name });
    expect(seen[0].actor.email).toContain("via API token");
    expect(seen[0].sequence).toBeGreaterThan(seen[1].sequence!);
    expect(seen[0].hash).not.toBe("");

    const updates = await call("GET", `audit-events?action=UPDATE&token=${writer.id}`, { token });
    expect((updates.body as { data: { id: string }[] }).data.map((e) => e.id)).toEqual([seen[0].id]);
    const future = await call("GET", `audit-events?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`, { token });
    expect((future.body as { data: unknown[] }).data).toEqual([]);
    const past = await call("GET", `audit-events?entityId=${entryId}&until=2000-01-01T00:00:00Z`, { token });
    expect((past.body as { data: unknown[] }).data).toEqual([]);
    expect((await call("GET", "audit-events?since=yesterday", { token })).status).toBe(400);

    const one = await call("GET", `audit-events/${seen[1].id}`, { token });
    expect(one.status).toBe(200);
    expect(one.headers.get("etag")).toBe(`"${seen[1].hash}"`);
    expect((one.body as { after: { name: string } }).after.name).toMatch(/^Audited-/);
  });

  it("shows only the token's organisation's events", async () => {
    const event = await db.auditEvent.findFirstOrThrow({ where: { organisationId: world.organisation.id }, select: { id: true } });
    const foreign = await tokenFor(["READ"], { organisation: "foreign" });
    expect((await call("GET", `audit-events/${event.id}`, { token: foreign.token })).status).toBe(404);
    const page = await call("GET", "audit-events?limit=100", { token: foreign.token });
    expect((page.body as { data: { id: string }[] }).data.map((e) => e.id)).not.toContain(event.id);
  });
});
