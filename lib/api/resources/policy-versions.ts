/**
 * /policies/{id}/versions: the published versions of a policy. A version
 * never changes once published (the database refuses it), so its content
 * hash is a strong ETag and clients may keep it. The document is given as
 * the public JSON address gives it, with the HTML that was published. Each
 * language of a version number is a version of its own here: `language`
 * chooses it (by default the language of the policy's plain public address).
 */
import { inEnglish } from "@/lib/i18n/english";
import "server-only";
import { z } from "zod";
import { publicOrigin } from "@/lib/http/public-origin";
import { getPolicyVersion, listPolicyVersions, type PolicyVersionRow } from "@/lib/policies/drift-queries";
import { parseVersionNumber } from "@/lib/policies/http";
import { getPublicPolicy, getPublicVersion } from "@/lib/policies/public-queries";
import { getPolicyAddress } from "@/lib/policies/queries";
import { publicVersionJson } from "@/lib/policies/version-json";
import type { ApiRequest } from "../handler";
import type { ApiOperation } from "../operation";
import { cursorPosition, linkHeader, nextLink, pageSchema, pagingQuery } from "../paging";
import { problemResponse } from "../problem";
import { parseQuery } from "../query";
import { jsonResponse } from "../respond";
import { idParam } from "../schemas";
import { asLanguage, LANGUAGES } from "@/lib/translations/languages";

const TAG = "Policies";

export const policyVersionSummarySchema = z
  .object({
    number: z.number().int(),
    language: z.enum(LANGUAGES).meta({ description: "The language of this version; every language of a publication shares its number." }),
    effectiveAt: z.string().meta({ description: "When the version takes effect; a later day for a version published in advance." }),
    publishedAt: z.string(),
    changeSummary: z.string(),
    contentHash: z.string(),
    publishedBy: z.string(),
    origin: z.enum(["PUBLISHED", "RECORDED"]).meta({ description: "RECORDED: a policy published before the register was kept, recorded as it was." }),
    url: z.string().meta({ description: "The version's permanent public address." }),
  })
  .meta({ id: "PolicyVersionSummary" });

export const policyVersionSchema = policyVersionSummarySchema
  .extend({
    findings: z
      .array(z.object({ id: z.string(), severity: z.enum(["error", "warning", "info"]), article: z.string(), message: z.string(), acknowledged: z.boolean().optional() }))
      .meta({ description: "The Art. 13/14 findings the version was published with; warnings were acknowledged by the publisher." }),
    html: z.string().meta({ description: "The HTML of the policy as published." }),
    json: z
      .object({
        organisation: z.object({ slug: z.string(), legalName: z.string() }),
        policy: z.object({ slug: z.string(), title: z.string(), language: z.string() }),
        version: z.object({ number: z.number().int(), effectiveAt: z.string(), changeSummary: z.string(), contentHash: z.string(), publishedAt: z.string() }),
        document: z.object({}).loose().meta({ description: "The policy document: sections, blocks and the facts they state." }),
        jsonLd: z.object({}).loose().meta({ description: "The version as JSON-LD with W3C Data Privacy Vocabulary terms." }),
      })
      .meta({ description: "The body of the public JSON address …/v/{number}/json." }),
  })
  .meta({ id: "PolicyVersion" });

const versionParams = idParam.extend({ n: z.string().max(10).meta({ description: "The version number, from 1." }) });

const languageQuery = {
  language: z
    .enum(LANGUAGES)
    .optional()
    .meta({ description: "The language of the versions; by default the language the policy's plain public address serves." }),
};

const listQuery = z.object({ ...pagingQuery, ...languageQuery });
const versionQuery = z.object(languageQuery);

export const policyVersionOperations = {
  list: {
    method: "get",
    path: "/policies/{id}/versions",
    scope: "READ",
    single: true,
    doc: {
      operationId: "listPolicyVersions",
      summary: "List a policy's published versions",
      description: "Newest first.",
      tags: [TAG],
      requestParams: { path: idParam, query: listQuery },
      responses: { "200": { description: "A page of versions.", content: { "application/json": { schema: pageSchema(policyVersionSummarySchema) } } } },
    },
  },
  get: {
    method: "get",
    path: "/policies/{id}/versions/{n}",
    scope: "READ",
    single: true,
    doc: {
      operationId: "getPolicyVersion",
      summary: "Read a published version",
      tags: [TAG],
      requestParams: { path: versionParams, query: versionQuery },
      responses: {
        "200": {
          description: "The version as it was published.",
          headers: z.object({ ETag: z.string().meta({ description: "The content hash: the same for the same document." }) }),
          content: { "application/json": { schema: policyVersionSchema } },
        },
      },
    },
  },
} satisfies Record<string, ApiOperation>;

type Address = { org: string; policy: string };

const publicUrl = (origin: string, address: Address, language: string, number: number) =>
  `${origin}/p/${encodeURIComponent(address.org)}/${encodeURIComponent(address.policy)}/${language}/v/${number}`;

export function versionSummary(version: PolicyVersionRow, address: Address, origin: string) {
  return {
    number: version.number,
    language: asLanguage(version.language),
    effectiveAt: version.effectiveAt.toISOString(),
    publishedAt: version.createdAt.toISOString(),
    changeSummary: version.changeSummary,
    contentHash: version.contentHash,
    publishedBy: version.publishedBy,
    origin: version.origin,
    url: publicUrl(origin, address, version.language, version.number),
  };
}

const policyNotFound = () => problemResponse("not-found", "No policy with this id in the token's organisation.");

export async function listPolicyVersionsOperation({ request, url, params, caller }: ApiRequest): Promise<Response> {
  const query = parseQuery(url, listQuery);
  if (!query.ok) return query.response;
  const { limit, cursor, language } = query.data;
  const position = cursorPosition(cursor, 1);
  const below = position ? parseVersionNumber(position[0]) : null;
  if (position === undefined || (position && below === null)) {
    return problemResponse("bad-request", "The cursor is not one this API gave out. Start again without it.", { errors: [{ parameter: "cursor", detail: "Unknown cursor." }] });
  }
  const organisationId = caller.actor.organisation.id;
  const address = idParam.safeParse(params).success ? await getPolicyAddress(organisationId, params.id) : null;
  if (!address) return policyNotFound();
  const rows = await listPolicyVersions(organisationId, params.id, { below, limit: limit + 1 }, language);
  const origin = publicOrigin(request);
  const data = rows.slice(0, limit).map((row) => versionSummary(row, address, origin));
  const last = data.at(-1);
  const next = rows.length > limit && last ? nextLink(url, [String(last.number)]) : null;
  return jsonResponse({ data, next }, { headers: linkHeader(next) });
}

export async function getPolicyVersionOperation({ request, url, params, caller }: ApiRequest): Promise<Response> {
  const query = parseQuery(url, versionQuery);
  if (!query.ok) return query.response;
  const organisationId = caller.actor.organisation.id;
  const number = parseVersionNumber(params.n);
  const address = idParam.safeParse(params).success && number !== null ? await getPolicyAddress(organisationId, params.id) : null;
  const version = address && number !== null ? await getPolicyVersion(organisationId, params.id, number, query.data.language) : null;
  if (!address || !version) return problemResponse("not-found", "No such version of a policy in the token's organisation.");
  const [policy, published] = await Promise.all([
    getPublicPolicy(address.org, address.policy, version.language),
    getPublicVersion(address.org, address.policy, version.number, version.language),
  ]);
  if (!policy || !published) return problemResponse("not-found", "No such version of a policy in the token's organisation.");
  const origin = publicOrigin(request);
  const summary = versionSummary(version, address, origin);
  const body = { ...summary, findings: version.findings.map((finding) => ({ ...finding, message: inEnglish(finding.message) })), html: published.html, json: publicVersionJson(policy, published, summary.url) };
  // A version never changes; who published it is a member's name, so no shared cache keeps it.
  return jsonResponse(body, { etag: `"${version.contentHash}"`, cacheControl: "private, max-age=86400, immutable" });
}
