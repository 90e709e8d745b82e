/**
 * The access matrix of the REST API and of the settings that manage its
 * tokens. For an API route the session plays no part: each case calls with a
 * token that the caller made in their current organisation (none when
 * nobody is signed in). A token acts with its creator's current role and
 * works only while the creator is an owner or DPO, so the viewer's and the
 * editor's tokens are refused (401) like revoked and expired ones; the
 * outsider's token reads and writes its own organisation, never the target's.
 * Each route runs once per scope (none, read, write, publish) and with a
 * revoked and an expired token.
 */
import type { ApiScope } from "@prisma/client";
import { getActivityFormValues } from "@/lib/activities/form-options";
import { createApiTokenSecret } from "@/lib/api-tokens/secret";
import { scopeNames, type ApiOperation } from "@/lib/api/operation";
import { activityOperations } from "@/lib/api/resources/activities";
import { policyOperations } from "@/lib/api/resources/policies";
import { policyVersionOperations } from "@/lib/api/resources/policy-versions";
import { recipientOperations } from "@/lib/api/resources/recipients";
import { registerOperations } from "@/lib/api/resources/register";
import { composeDraft } from "@/lib/policies/draft";
import { publishPolicy } from "@/lib/policies/publish";
import { acknowledgeAll } from "@/lib/policies/publish-gate";
import { catalogueOperations } from "@/lib/api/resources/catalogues";
import { countryOperations } from "@/lib/api/resources/countries";
import { auditEventOperations } from "@/lib/api/resources/audit-events";
import { CATALOGUE_TYPES, catalogueNouns, type CatalogueType } from "@/lib/catalogues/schema";
import type { Outcome } from "@/test/support/request-scope";
import { byRole, CASES, everyone, type CaseContext, type CaseName, type Entry } from "./matrix-types";
import type { OutcomeKind } from "./outcomes";
import { form } from "./world";

const API = "app/api/v1";

type TokenState = { scenario: string; scopes: ApiScope[]; state?: "revoked" | "expired" };

const ALL: ApiScope[] = ["READ", "WRITE_RECORDS", "PUBLISH"];
const TOKEN_STATES: TokenState[] = [
  { scenario: "token without scopes", scopes: [] },
  { scenario: "read token", scopes: ["READ"] },
  { scenario: "write token", scopes: ["WRITE_RECORDS"] },
  { scenario: "publish token", scopes: ["PUBLISH"] },
  { scenario: "revoked token", scopes: ALL, state: "revoked" },
  { scenario: "expired token", scopes: ALL, state: "expired" },
];

/** A token of the caller's current organisation made by the caller, or no Authorization header for the anonymous case. */
async function bearer(ctx: CaseContext, token: TokenState): Promise<Record<string, string>> {
  if (!ctx.caller || !ctx.callerOrganisation) return {};
  const secret = createApiTokenSecret();
  await ctx.db.apiToken.create({
    data: {
      organisationId: ctx.callerOrganisation.id,
      name: ctx.unique("Matrix token"),
      scopes: token.scopes,
      tokenHash: secret.tokenHash,
      prefix: secret.prefix,
      createdById: ctx.caller.id,
      revokedAt: token.state === "revoked" ? new Date() : null,
      expiresAt: token.state === "expired" ? new Date(Date.now() - 60_000) : null,
    },
  });
  return { authorization: `Bearer ${secret.token}` };
}

const request = (path: string, init: { method?: string; headers: Record<string, string>; body?: unknown }) =>
  new Request(`http://matrix.example/api/v1${path}`, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? init.headers : { ...init.headers, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });

const params = (values: Record<string, string> = {}) => ({ params: Promise.resolve(values) });

async function disclosed(outcome: Outcome, id: string): Promise<boolean> {
  if (outcome.kind !== "response" || outcome.status >= 300) return false;
  return (await outcome.response.clone().text()).includes(id);
}

async function targetActivity(ctx: CaseContext) {
  return ctx.db.processingActivity.create({
    data: { organisationId: ctx.target.id, reference: ctx.unique("API"), name: "Matrix API payroll" },
    select: { id: true, reference: true, version: true },
  });
}

const sections = [{ type: "controller" }, { type: "rights" }];

/** A policy of the target organisation, whose profile names the controller's address and contact so that the checks allow publishing (Art. 13(1)(a)). */
async function targetPolicy(ctx: CaseContext) {
  await ctx.db.organisation.update({ where: { id: ctx.target.id }, data: { address: "Matrixweg 1, 50667 Köln", email: "privacy@matrix.example" } });
  return ctx.db.policy.create({ data: { organisationId: ctx.target.id, slug: ctx.unique("api-policy").toLowerCase(), title: ctx.unique("Matrix API policy"), sections }, select: { id: true, version: true } });
}

const publishedPolicies = new Map<string, Promise<{ id: string; contentHash: string }>>();

/** A policy of the target organisation with one published version, made once per run and organisation. */
function publishedTargetPolicy(ctx: CaseContext) {
  const key = `${ctx.run}:${ctx.target.id}`;
  if (!publishedPolicies.has(key)) {
    publishedPolicies.set(
      key,
      (async () => {
        const { id } = await targetPolicy(ctx);
        const dpo = { user: ctx.members.DPO, organisation: ctx.target, role: "DPO" as const };
        const result = await publishPolicy(dpo, { policyId: id, changeSummary: "Matrix version", acknowledged: acknowledgeAll((await composeDraft(ctx.target.id, id))!.findings) }, composeDraft);
        if (!result.ok) throw new Error(`The matrix could not publish its policy: ${result.formError}`);
        const { contentHash } = await ctx.db.policyVersion.findFirstOrThrow({ where: { policyId: id }, select: { contentHash: true } });
        return { id, contentHash };
      })(),
    );
  }
  return publishedPolicies.get(key)!;
}

function policyRoutes(): Route[] {
  return [
    {
      operation: policyOperations.list,
      target: `${API}/policies/route.ts#GET`,
      does: "List privacy policies (API)",
      async build(ctx, headers) {
        const { id } = await targetPolicy(ctx);
        return { args: [request("/policies?limit=100", { headers })], happened: (o) => disclosed(o, id) };
      },
    },
    {
      operation: policyOperations.get,
      target: `${API}/policies/[id]/route.ts#GET`,
      does: "Read a policy's draft (API)",
      async build(ctx, headers) {
        const { id } = await targetPolicy(ctx);
        return { args: [request(`/policies/${id}`, { headers }), params({ id })], happened: (o) => disclosed(o, id) };
      },
    },
    {
      operation: policyOperations.update,
      target: `${API}/policies/[id]/route.ts#PUT`,
      does: "Replace a policy's draft (API)",
      async build(ctx, headers) {
        const { id, version } = await targetPolicy(ctx);
        const title = ctx.unique("Renamed by API");
        return {
          args: [request(`/policies/${id}`, { method: "PUT", headers: { ...headers, "if-match": `"${version}"` }, body: { title, language: "en", sections } }), params({ id })],
          happened: async () => (await ctx.db.policy.findUnique({ where: { id } }))?.title === title,
        };
      },
    },
    {
      operation: policyOperations.publish,
      target: `${API}/policies/[id]/publish/route.ts#POST`,
      does: "Publish a policy version (API)",
      async build(ctx, headers) {
        const { id } = await targetPolicy(ctx);
        const acknowledged = acknowledgeAll((await composeDraft(ctx.target.id, id))!.findings);
        return {
          args: [request(`/policies/${id}/publish`, { method: "POST", headers, body: { changeSummary: "Matrix publication", acknowledged } }), params({ id })],
          happened: async () => (await ctx.db.policyVersion.count({ where: { policyId: id } })) > 0,
        };
      },
    },
    {
      operation: policyVersionOperations.list,
      target: `${API}/policies/[id]/versions/route.ts#GET`,
      does: "List a policy's published versions (API)",
      async build(ctx, headers) {
        const { id, contentHash } = await publishedTargetPolicy(ctx);
        return { args: [request(`/policies/${id}/versions`, { headers }), params({ id })], happened: (o) => disclosed(o, contentHash) };
      },
    },
    {
      operation: policyVersionOperations.get,
      target: `${API}/policies/[id]/versions/[n]/route.ts#GET`,
      does: "Read a published policy version (API)",
      async build(ctx, headers) {
        const { id, contentHash } = await publishedTargetPolicy(ctx);
        return { args: [request(`/policies/${id}/versions/1`, { headers }), params({ id, n: "1" })], happened: (o) => disclosed(o, contentHash) };
      },
    },
  ];
}

type Route = {
  operation: ApiOperation;
  target: string;
  does: string;
  /** What the outsider's token gets, when not the default (404 for one record, else its own organisation's list). */
  foreign?: OutcomeKind;
  /** Tells apart two entries of one operation (a parameter that changes what it does), before the token's scenario. */
  variant?: string;
  build: (ctx: CaseContext, headers: Record<string, string>) => Promise<{ args: unknown[]; happened?: (o: Outcome) => Promise<boolean> }>;
};

const routes: Route[] = [
  {
    operation: activityOperations.list,
    target: `${API}/activities/route.ts#GET`,
    does: "List processing activities (API)",
    async build(ctx, headers) {
      const { id, reference } = await targetActivity(ctx);
      return { args: [request(`/activities?q=${encodeURIComponent(reference)}`, { headers })], happened: (o) => disclosed(o, id) };
    },
  },
  {
    operation: activityOperations.create,
    target: `${API}/activities/route.ts#POST`,
    does: "Create a processing activity (API)",
    async build(ctx, headers) {
      const reference = ctx.unique("APINEW");
      return {
        args: [request("/activities", { method: "POST", headers, body: { reference, name: "Matrix API enquiries" } })],
        happened: async () => !!(await ctx.db.processingActivity.findFirst({ where: { organisationId: ctx.target.id, reference } })),
      };
    },
  },
  {
    operation: activityOperations.get,
    target: `${API}/activities/[id]/route.ts#GET`,
    does: "Read a processing activity (API)",
    async build(ctx, headers) {
      const { id } = await targetActivity(ctx);
      return { args: [request(`/activities/${id}`, { headers }), params({ id })], happened: (o) => disclosed(o, id) };
    },
  },
  {
    operation: activityOperations.update,
    target: `${API}/activities/[id]/route.ts#PUT`,
    does: "Replace a processing activity (API)",
    async build(ctx, headers) {
      const { id, version } = await targetActivity(ctx);
      const values = (await getActivityFormValues(ctx.target.id, id))!;
      const name = ctx.unique("Renamed by API");
      return {
        args: [request(`/activities/${id}`, { method: "PUT", headers: { ...headers, "if-match": `"${version}"` }, body: { ...values, version: undefined, name } }), params({ id })],
        happened: async () => (await ctx.db.processingActivity.findUnique({ where: { id } }))?.name === name,
      };
    },
  },
  {
    operation: recipientOperations.list,
    target: `${API}/recipients/route.ts#GET`,
    does: "List recipients (API)",
    async build(ctx, headers) {
      const { id } = await ctx.db.recipient.create({ data: { organisationId: ctx.target.id, kind: "SUB_PROCESSOR", name: ctx.unique("Matrix API sub-processor") } });
      return { args: [request("/recipients?kind=SUB_PROCESSOR&limit=100", { headers })], happened: (o) => disclosed(o, id) };
    },
  },
  {
    operation: recipientOperations.create,
    target: `${API}/recipients/route.ts#POST`,
    does: "Create a recipient (API)",
    async build(ctx, headers) {
      const name = ctx.unique("Matrix API new processor");
      return {
        args: [request("/recipients", { method: "POST", headers, body: { kind: "PROCESSOR", name, dpaStatus: "MISSING" } })],
        happened: async () => !!(await ctx.db.recipient.findFirst({ where: { organisationId: ctx.target.id, name } })),
      };
    },
  },
  {
    operation: recipientOperations.update,
    target: `${API}/recipients/[id]/route.ts#PUT`,
    does: "Replace a recipient (API)",
    async build(ctx, headers) {
      const { id, version } = await ctx.db.recipient.create({ data: { organisationId: ctx.target.id, kind: "PROCESSOR", name: ctx.unique("Matrix API processor to rename") } });
      const name = ctx.unique("Matrix API renamed processor");
      return {
        args: [request(`/recipients/${id}`, { method: "PUT", headers: { ...headers, "if-match": `"${version}"` }, body: { kind: "PROCESSOR", name, dpaStatus: "MISSING" } }), params({ id })],
        happened: async () => (await ctx.db.recipient.findUnique({ where: { id } }))?.name === name,
      };
    },
  },
  {
    operation: recipientOperations.get,
    target: `${API}/recipients/[id]/route.ts#GET`,
    does: "Read a recipient with its sub-processors (API)",
    async build(ctx, headers) {
      const { id } = await ctx.db.recipient.create({ data: { organisationId: ctx.target.id, kind: "PROCESSOR", name: ctx.unique("Matrix API processor") } });
      return { args: [request(`/recipients/${id}`, { headers }), params({ id })], happened: (o) => disclosed(o, id) };
    },
  },
  ...policyRoutes(),
  {
    operation: registerOperations.export,
    target: `${API}/register/route.ts#GET`,
    does: "Export the register (API)",
    async build(ctx, headers) {
      // The JSON leaves database ids out; the reference names the activity.
      const { reference } = await targetActivity(ctx);
      return { args: [request("/register?format=json", { headers })], happened: (o) => disclosed(o, reference) };
    },
  },
  {
    operation: registerOperations.export,
    target: `${API}/register/route.ts#GET`,
    variant: "in another language",
    does: "Export the register in another of the organisation's languages (API, ?language=de)",
    async build(ctx, headers) {
      // Both organisations keep German: the outsider's token exports its own register, in German.
      for (const organisation of [ctx.target, ctx.callerOrganisation]) {
        if (organisation) await ctx.db.organisation.update({ where: { id: organisation.id }, data: { languages: ["en", "de"] } });
      }
      const { reference } = await targetActivity(ctx);
      return { args: [request("/register?format=json&language=de", { headers })], happened: (o) => disclosed(o, reference) };
    },
  },
];

/** An entry of the target organisation's catalogue, and the body of a valid form for one (a new name, a new citation). */
async function targetEntry(ctx: CaseContext, type: CatalogueType) {
  const data = { organisationId: ctx.target.id, name: ctx.unique(`Matrix API ${catalogueNouns[type].one}`) };
  const select = { id: true, version: true } as const;
  switch (type) {
    case "legal-bases":
      return ctx.db.legalBasis.create({ data: { ...data, citation: ctx.unique("§ 1 Matrix Act"), article: "NATIONAL" }, select });
    case "data-categories":
      return ctx.db.dataCategory.create({ data, select });
    case "data-subjects":
      return ctx.db.dataSubjectCategory.create({ data, select });
    case "security-measures":
      return ctx.db.securityMeasure.create({ data: { ...data, group: "OTHER" }, select });
  }
}

function catalogueBody(ctx: CaseContext, type: CatalogueType, name: string): Record<string, string> {
  if (type === "legal-bases") return { name, citation: ctx.unique("§ 2 Matrix Act") };
  if (type === "security-measures") return { name, group: "OTHER" };
  return { name };
}

async function entryNamed(ctx: CaseContext, type: CatalogueType, where: { id?: string; name?: string }): Promise<{ name: string } | null> {
  const filter = { organisationId: ctx.target.id, ...where };
  const select = { name: true } as const;
  switch (type) {
    case "legal-bases":
      return ctx.db.legalBasis.findFirst({ where: filter, select });
    case "data-categories":
      return ctx.db.dataCategory.findFirst({ where: filter, select });
    case "data-subjects":
      return ctx.db.dataSubjectCategory.findFirst({ where: filter, select });
    case "security-measures":
      return ctx.db.securityMeasure.findFirst({ where: filter, select });
  }
}

function catalogueRoutes(type: CatalogueType): Route[] {
  const operations = catalogueOperations[type];
  const collection = `${API}/catalogues/${type}/route.ts`;
  const single = `${API}/catalogues/${type}/[id]/route.ts`;
  const { one, many } = catalogueNouns[type];
  return [
    {
      operation: operations.list,
      target: `${collection}#GET`,
      does: `List ${many} (API)`,
      async build(ctx, headers) {
        const { id } = await targetEntry(ctx, type);
        const { name } = (await entryNamed(ctx, type, { id }))!;
        return { args: [request(`/catalogues/${type}?q=${encodeURIComponent(name)}`, { headers })], happened: (o) => disclosed(o, id) };
      },
    },
    {
      operation: operations.create,
      target: `${collection}#POST`,
      does: `Create a ${one} (API)`,
      async build(ctx, headers) {
        const name = ctx.unique(`Matrix API new ${one}`);
        return {
          args: [request(`/catalogues/${type}`, { method: "POST", headers, body: catalogueBody(ctx, type, name) })],
          happened: async () => !!(await entryNamed(ctx, type, { name })),
        };
      },
    },
    {
      operation: operations.get,
      target: `${single}#GET`,
      does: `Read a ${one} (API)`,
      async build(ctx, headers) {
        const { id } = await targetEntry(ctx, type);
        return { args: [request(`/catalogues/${type}/${id}`, { headers }), params({ id })], happened: (o) => disclosed(o, id) };
      },
    },
    {
      operation: operations.update,
      target: `${single}#PUT`,
      does: `Replace a ${one} (API)`,
      async build(ctx, headers) {
        const { id, version } = await targetEntry(ctx, type);
        const name = ctx.unique(`Matrix API renamed ${one}`);
        return {
          args: [request(`/catalogues/${type}/${id}`, { method: "PUT", headers: { ...headers, "if-match": `"${version}"` }, body: catalogueBody(ctx, type, name) }), params({ id })],
          happened: async () => (await entryNamed(ctx, type, { id }))?.name === name,
        };
      },
    },
    {
      operation: operations.delete,
      target: `${single}#DELETE`,
      does: `Delete a ${one} (API)`,
      async build(ctx, headers) {
        const { id, version } = await targetEntry(ctx, type);
        return {
          args: [request(`/catalogues/${type}/${id}`, { method: "DELETE", headers: { ...headers, "if-match": `"${version}"` } }), params({ id })],
          happened: async () => !(await entryNamed(ctx, type, { id })),
        };
      },
    },
  ];
}

async function targetAuditEvent(ctx: CaseContext) {
  const entityId = ctx.unique("matrix-audit");
  const { id } = await ctx.db.auditEvent.create({ data: { organisationId: ctx.target.id, action: "UPDATE", entityType: "MatrixRecord", entityId }, select: { id: true } });
  return { id, entityId };
}

routes.push(
  ...CATALOGUE_TYPES.flatMap(catalogueRoutes),
  {
    operation: countryOperations.list,
    target: `${API}/countries/route.ts#GET`,
    does: "List countries (API)",
    foreign: "ok",
    async build(_ctx, headers) {
      return { args: [request("/countries?eea=yes", { headers })] };
    },
  },
  {
    operation: countryOperations.get,
    target: `${API}/countries/[code]/route.ts#GET`,
    does: "Read a country (API)",
    // The reference list is the same for every organisation.
    foreign: "ok",
    async build(_ctx, headers) {
      return { args: [request("/countries/DE", { headers }), params({ code: "DE" })] };
    },
  },
  {
    operation: auditEventOperations.list,
    target: `${API}/audit-events/route.ts#GET`,
    does: "List audit events (API)",
    async build(ctx, headers) {
      const { id, entityId } = await targetAuditEvent(ctx);
      return { args: [request(`/audit-events?entityId=${entityId}`, { headers })], happened: (o) => disclosed(o, id) };
    },
  },
  {
    operation: auditEventOperations.get,
    target: `${API}/audit-events/[id]/route.ts#GET`,
    does: "Read an audit event (API)",
    async build(ctx, headers) {
      const { id } = await targetAuditEvent(ctx);
      return { args: [request(`/audit-events/${id}`, { headers }), params({ id })], happened: (o) => disclosed(o, id) };
    },
  },
);

const refusedEverywhere = (): Record<CaseName, OutcomeKind> => Object.fromEntries(CASES.map((c) => [c, "forbidden"])) as Record<CaseName, OutcomeKind>;

function tokenEntries(route: Route): Entry[] {
  const needed = route.operation.scope!;
  return TOKEN_STATES.map((token): Entry => {
    const works = !token.state && token.scopes.includes(needed);
    const base = { target: route.target, scenario: route.variant ? `${route.variant}, ${token.scenario}` : token.scenario, does: route.does };
    const build = async (ctx: CaseContext) => route.build(ctx, await bearer(ctx, token));
    if (works) {
      return {
        ...base,
        ...byRole({ min: "DPO", done: "ok", below: "forbidden", foreign: route.foreign ?? (route.operation.single ? "not-found" : "ok") }),
        does: `${route.does}, token with the “${scopeNames[needed]}” scope`,
        note: "API: a token made by a viewer or editor (or by a DPO since demoted) is refused with 401; every other scope, a revoked and an expired token are refused too (401 or 403, checked for every case). The outsider's token acts on its own organisation.",
        build,
      };
    }
    return { ...base, minRole: "DPO", expect: refusedEverywhere(), inTable: false, build };
  });
}

export const apiEntries: Entry[] = [
  ...routes.flatMap(tokenEntries),
  {
    target: `${API}/openapi.json/route.ts#GET`,
    does: "Read the API's OpenAPI document",
    ...everyone("ok"),
    scope: "public",
    async build() {
      return { args: [] };
    },
  },
  {
    target: "lib/api-tokens/actions.ts#createApiTokenAction",
    does: "Create an API token",
    ...byRole({ min: "DPO", done: "ok", foreign: "ok" }),
    note: "The outsider's token belongs to their own organisation.",
    async build(ctx) {
      const name = ctx.unique("Matrix token");
      return {
        args: [{}, form({ name, scopes: "READ", expiry: "30" })],
        happened: async () => !!(await ctx.db.apiToken.findFirst({ where: { organisationId: ctx.target.id, name } })),
      };
    },
  },
  {
    target: "lib/api-tokens/actions.ts#revokeApiTokenAction",
    does: "Revoke an API token",
    ...byRole({ min: "DPO", done: "ok", foreign: "not-found" }),
    async build(ctx) {
      const secret = createApiTokenSecret();
      const { id } = await ctx.db.apiToken.create({
        data: { organisationId: ctx.target.id, name: ctx.unique("Matrix token"), scopes: ["READ"], tokenHash: secret.tokenHash, prefix: secret.prefix, createdById: ctx.author.id },
      });
      return { args: [{}, form({ tokenId: id })], happened: async () => !!(await ctx.db.apiToken.findUnique({ where: { id } }))?.revokedAt };
    },
  },
];
