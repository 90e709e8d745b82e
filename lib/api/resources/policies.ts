/**
 * /policies: the privacy policies (Art. 13 and 14) with their drafts.
 * Updating a draft takes the policy editor's schema and mutation; publishing
 * runs the publish form's mutation, with the same Art. 13/14 checks, so the
 * API can publish nothing the page would refuse.
 */
import "server-only";
import { z } from "zod";
import { publicOrigin } from "@/lib/http/public-origin";
import { updatePolicyDraft } from "@/lib/policies/draft-mutations";
import { composeDraft } from "@/lib/policies/draft";
import { getPolicyDrift, getPolicyVersion } from "@/lib/policies/drift-queries";
import { publishPolicy, type PublishResult } from "@/lib/policies/publish";
import { describeGate, publishGate } from "@/lib/policies/publish-gate";
import { inEnglish } from "@/lib/i18n/english";
import { publishPolicySchema } from "@/lib/policies/publish-schema";
import { getPolicy, getPolicyAddress, listPolicies } from "@/lib/policies/queries";
import { policyDraftSchema, storedSectionSchema } from "@/lib/policies/schema";
import { LANGUAGES } from "@/lib/translations/languages";
import { etagOf } from "../etag";
import type { ApiRequest } from "../handler";
import type { ApiOperation } from "../operation";
import { cursorPosition, linkHeader, nextLink, pageSchema, pagingQuery } from "../paging";
import { requireIfMatch, staleIfMatch } from "../preconditions";
import { failureResponse, problemResponse } from "../problem";
import { parseQuery } from "../query";
import { jsonResponse, readJsonBody } from "../respond";
import { idParam, ifMatchHeader, problemSchema } from "../schemas";
import { policyVersionSummarySchema, versionSummary } from "./policy-versions";


const TAG = "Policies";

const languages = z
  .array(z.enum(LANGUAGES))
  .meta({ description: "The languages the policy is published in, each as its own version row under the same number; the first is also the language of recorded versions." });
const titles = z
  .partialRecord(z.enum(LANGUAGES), z.string())
  .meta({ description: "The title in the policy's languages other than the organisation's default (`title` is the default language's)." });

export const policySummarySchema = z
  .object({
    id: z.string(),
    slug: z.string().meta({ description: "The address of the public page: /p/{organisation}/{slug}." }),
    title: z.string(),
    languages,
    sectionCount: z.number().int(),
    activityCount: z.number().int(),
    version: z.number().int().meta({ description: "The draft's version." }),
    updatedAt: z.string(),
    latestVersion: z.object({ number: z.number().int(), effectiveAt: z.string(), publishedAt: z.string() }).nullable(),
    draftChangedSincePublished: z.boolean().meta({ description: "The draft was saved after the latest publication (or nothing is published yet)." }),
  })
  .meta({ id: "PolicySummary" });

const driftSchema = z
  .object({
    state: z.enum(["unpublished", "in-sync", "drifting"]).meta({ description: "Whether the latest published version still says what the policy composed from the register now says." }),
    publishedNumber: z.number().int().optional(),
    changes: z
      .array(
        z.object({
          kind: z.enum(["added", "removed", "changed"]),
          scope: z.string().meta({ description: "A section's kind, or document (title, controller line) or order." }),
          activityId: z.string().optional(),
          heading: z.string(),
          previousHeading: z.string().optional(),
          fields: z.array(z.string()),
        }),
      )
      .optional(),
  })
  .meta({ id: "PolicyDrift" });

export const policySchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    titles,
    languages,
    sections: z.array(storedSectionSchema).meta({ description: "The draft's sections in order: controller, activity (by id), rights, or the DPO's own Markdown." }),
    version: z.number().int().meta({ description: "The draft's version; also the ETag." }),
    updatedAt: z.string(),
    drift: driftSchema,
  })
  .meta({ id: "Policy" });

/** The body of PUT: the policy editor's fields (the version goes in If-Match). */
export const policyDraftInputSchema = policyDraftSchema.meta({ id: "PolicyDraftInput" });

/** The body of POST /publish: the publish form's fields (the policy is the one in the path). */
export const publishInputSchema = publishPolicySchema.omit({ policyId: true }).meta({ id: "PublishInput" });

const findingSchema = z.object({
  id: z.string().meta({ description: "Name it in `acknowledged` to publish despite a warning." }),
  severity: z.enum(["error", "warning", "info"]),
  article: z.string(),
  message: z.string(),
  href: z.string().meta({ description: "Where in the application the finding is fixed." }),
  activityId: z.string().optional(),
});

const publishProblemSchema = problemSchema
  .extend({ findings: z.array(findingSchema).optional().meta({ description: "The findings that refuse publication: errors, and warnings not acknowledged." }) })
  .meta({ id: "PublishProblem" });

const listQuery = z.object({ ...pagingQuery });

const policyHeaders = { ETag: z.string().meta({ description: "The draft's version." }) };

export const policyOperations = {
  list: {
    method: "get",
    path: "/policies",
    scope: "READ",
    doc: {
      operationId: "listPolicies",
      summary: "List privacy policies",
      description: "Ordered by title, as in the policies list.",
      tags: [TAG],
      requestParams: { query: listQuery },
      responses: { "200": { description: "A page of policies.", content: { "application/json": { schema: pageSchema(policySummarySchema) } } } },
    },
  },
  get: {
    method: "get",
    path: "/policies/{id}",
    scope: "READ",
    single: true,
    doc: {
      operationId: "getPolicy",
      summary: "Read a policy's draft",
      description: "The draft as the policy editor shows it, and its drift from the latest published version.",
      tags: [TAG],
      requestParams: { path: idParam },
      responses: { "200": { description: "The policy.", headers: z.object(policyHeaders), content: { "application/json": { schema: policySchema } } } },
    },
  },
  update: {
    method: "put",
    path: "/policies/{id}",
    scope: "WRITE_RECORDS",
    single: true,
    doc: {
      operationId: "updatePolicy",
      summary: "Replace a policy's draft",
      description: "Title, language and the ordered sections, as the policy editor saves them. The public page changes only when the policy is published. If-Match must carry the ETag of the version the change is based on.",
      tags: [TAG],
      requestParams: { path: idParam, header: ifMatchHeader },
      requestBody: { required: true, content: { "application/json": { schema: policyDraftInputSchema } } },
      responses: { "200": { description: "The saved draft.", headers: z.object(policyHeaders), content: { "application/json": { schema: policySchema } } } },
    },
  },
  publish: {
    method: "post",
    path: "/policies/{id}/publish",
    scope: "PUBLISH",
    single: true,
    doc: {
      operationId: "publishPolicy",
      summary: "Publish the draft as a new version",
      description:
        "Composes the draft from the register now and runs the Art. 13/14 checks, as the publish page does: an error refuses publication; each warning must be named in `acknowledged` (its id). A refusal is a 422 problem listing the findings.",
      tags: [TAG],
      requestParams: { path: idParam },
      requestBody: { required: true, content: { "application/json": { schema: publishInputSchema } } },
      responses: {
        "201": {
          description: "Published: the new version, with its public address.",
          headers: z.object({ Location: z.string().meta({ description: "The version in this API." }) }),
          content: { "application/json": { schema: policyVersionSummarySchema } },
        },
        "422": {
          description: "The body breaks a rule, or the draft may not be published: `findings` lists the checks' findings (errors, and warnings not acknowledged), or nothing changed since the latest version.",
          content: { "application/problem+json": { schema: publishProblemSchema } },
        },
      },
    },
  },
} satisfies Record<string, ApiOperation>;

const notFound = () => problemResponse("not-found", "No policy with this id in the token's organisation.");

async function loadPolicy(orgId: string, id: string) {
  const [policy, drift] = await Promise.all([getPolicy(orgId, id), getPolicyDrift(orgId, id)]);
  if (!policy || !drift) return null;
  const { id: policyId, slug, title, titles, languages, sections, version, updatedAt } = policy;
  return { id: policyId, slug, title, titles, languages, sections, version, updatedAt: updatedAt.toISOString(), drift };
}

export async function listPoliciesOperation({ url, caller }: ApiRequest): Promise<Response> {
  const query = parseQuery(url, listQuery);
  if (!query.ok) return query.response;
  const { limit, cursor } = query.data;
  const position = cursorPosition(cursor, 2);
  if (position === undefined) return problemResponse("bad-request", "The cursor is not one this API gave out. Start again without it.", { errors: [{ parameter: "cursor", detail: "Unknown cursor." }] });
  const rows = await listPolicies(caller.actor.organisation.id, { after: position ? { title: position[0], id: position[1] } : null, limit: limit + 1 });
  const data = rows.slice(0, limit).map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    languages: row.languages,
    sectionCount: row.sectionCount,
    activityCount: row.activityCount,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    latestVersion: row.latestVersion && { number: row.latestVersion.number, effectiveAt: row.latestVersion.effectiveAt.toISOString(), publishedAt: row.latestVersion.createdAt.toISOString() },
    draftChangedSincePublished: row.draftChangedSincePublished,
  }));
  const last = data.at(-1);
  const next = rows.length > limit && last ? nextLink(url, [last.title, last.id]) : null;
  return jsonResponse({ data, next }, { headers: linkHeader(next) });
}

export async function getPolicyOperation({ params, caller }: ApiRequest): Promise<Response> {
  const policy = idParam.safeParse(params).success ? await loadPolicy(caller.actor.organisation.id, params.id) : null;
  return policy ? jsonResponse(policy, { etag: etagOf(policy.version) }) : notFound();
}

export async function updatePolicyOperation({ request, params, caller }: ApiRequest): Promise<Response> {
  if (!idParam.safeParse(params).success) return notFound();
  const ifMatch = requireIfMatch(request);
  if (!ifMatch.ok) return ifMatch.response;
  const organisationId = caller.actor.organisation.id;
  const current = await getPolicy(organisationId, params.id);
  if (!current) return notFound();
  const stale = staleIfMatch(ifMatch.versions, current.version);
  if (stale) return stale;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const result = await updatePolicyDraft(caller.actor, params.id, current.version, body.value);
  if (!result.ok) return failureResponse(result);
  const saved = (await loadPolicy(organisationId, params.id))!;
  return jsonResponse(saved, { etag: etagOf(saved.version) });
}

/**
 * A publication the draft does not allow, as a 422: tokens act only for
 * owners and DPOs, who may publish, so a refusal is about the draft (its
 * findings, a section that cannot be rendered, nothing new to publish).
 */
function refusedPublication(result: Extract<PublishResult, { ok: false }>, acknowledged: unknown): Response {
  const claimed = publishPolicySchema.shape.acknowledged.safeParse(acknowledged);
  const gate = publishGate(result.findings ?? [], claimed.success ? claimed.data : []);
  const blocking = [...gate.errors, ...gate.unacknowledged];
  const detail = result.findings ? describeGate(gate, inEnglish) : result.formError && inEnglish(result.formError);
  return problemResponse("invalid", detail || "The draft cannot be published.", {
    errors: blocking.map((finding) => ({ ...(finding.severity === "warning" ? { pointer: "/acknowledged" } : {}), detail: `${finding.article}: ${inEnglish(finding.message)}` })),
    extensions: result.findings ? { findings: blocking.map((finding) => ({ ...finding, message: inEnglish(finding.message) })) } : {},
  });
}

export async function publishPolicyOperation({ request, params, caller }: ApiRequest): Promise<Response> {
  if (!idParam.safeParse(params).success) return notFound();
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  if (typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) return problemResponse("bad-request", "The body must be a JSON object.");
  const result = await publishPolicy(caller.actor, { ...body.value, policyId: params.id }, composeDraft);
  if (!result.ok) return result.kind === "refused" ? refusedPublication(result, (body.value as { acknowledged?: unknown }).acknowledged) : failureResponse(result);
  const organisationId = caller.actor.organisation.id;
  const [version, address] = await Promise.all([getPolicyVersion(organisationId, params.id, result.number), getPolicyAddress(organisationId, params.id)]);
  return jsonResponse(versionSummary(version!, address!, publicOrigin(request)), {
    status: 201,
    headers: { Location: `/api/v1/policies/${params.id}/versions/${result.number}` },
  });
}
