/**
 * /catalogues/{legal-bases, data-categories, data-subjects, security-measures}:
 * the shared lists the activities draw on (Art. 6, 9 and 10 bases, the
 * categories of Art. 30(1)(c), the measures of Art. 30(1)(g) and 32). One
 * factory serves all four, so each catalogue has its own paths with its own
 * schemas in the document (a client sees exactly which fields a legal basis
 * takes), at the addresses the dashboard uses (/catalogues/legal-bases/…).
 * Writes go through the catalogue mutations with the forms' schemas.
 */
import "server-only";
import { z } from "zod";
import { createCatalogueEntry, deleteCatalogueEntry, updateCatalogueEntry, type CatalogueResult } from "@/lib/catalogues/mutations";
import { catalogueSortField, getCatalogueEntry, listCatalogueEntriesAfter, type CatalogueEntryRow } from "@/lib/catalogues/entry-queries";
import { CATALOGUE_TYPES, catalogueNouns, catalogueSchemas, type CatalogueType } from "@/lib/catalogues/schema";
import { securityGroupOrder } from "@/lib/labels";
import { etagOf } from "../etag";
import type { ApiRequest } from "../handler";
import { API_BASE, type ApiOperation } from "../operation";
import { cursorPosition, linkHeader, nextLink, pageSchema, pagingQuery } from "../paging";
import { failureResponse, problemResponse } from "../problem";
import { parseQuery } from "../query";
import { jsonResponse, readJsonBody } from "../respond";
import { requireIfMatch, staleIfMatch } from "../preconditions";
import { idParam, ifMatchHeader, problemSchema } from "../schemas";

/** "data-subjects" → "DataSubjects", for operation ids and schema names. */
const pascal = (type: CatalogueType) => type.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
const singular: Record<CatalogueType, string> = { "legal-bases": "LegalBasis", "data-categories": "DataCategory", "data-subjects": "DataSubjectCategory", "security-measures": "SecurityMeasure" };

// What the API shows of an entry beyond the form's fields.
const common = { id: z.string(), version: z.number().int().meta({ description: "Also the ETag." }), updatedAt: z.string() };

const entryFields: Record<CatalogueType, z.ZodRawShape> = {
  "legal-bases": {
    name: z.string(),
    citation: z.string(),
    description: z.string(),
    article: z.enum(["ART6", "ART9", "ART10", "NATIONAL"]).meta({ description: "Art. 6(1), 9(2) or 10 GDPR, or a national provision." }),
    builtIn: z.boolean().meta({ description: "Part of the GDPR: only the description can be changed, and it cannot be deleted." }),
  },
  "data-categories": {
    name: z.string(),
    description: z.string(),
    special: z.boolean().meta({ description: "A special category of Art. 9(1)." }),
    criminal: z.boolean().meta({ description: "Criminal convictions and offences (Art. 10)." }),
    defaultRetention: z.string().meta({ description: "The default time limit for erasure (Art. 30(1)(f))." }),
  },
  "data-subjects": { name: z.string(), description: z.string() },
  "security-measures": { group: z.enum(securityGroupOrder), name: z.string(), description: z.string() },
};

/** One value per catalogue. */
function byCatalogue<T>(make: (type: CatalogueType) => T): Record<CatalogueType, T> {
  return Object.fromEntries(CATALOGUE_TYPES.map((type) => [type, make(type)])) as Record<CatalogueType, T>;
}

const entrySchemas = byCatalogue((type): z.ZodObject => z.object({ ...entryFields[type], ...common }).meta({ id: singular[type], description: catalogueNouns[type].title }));

// The body of POST and PUT: the form's schema (the version goes in If-Match).
const inputSchemas = byCatalogue((type): z.ZodType => catalogueSchemas[type].meta({ id: `${singular[type]}Input` }));

const usesSchema = z
  .object({
    activities: z.array(z.object({ activityId: z.string(), reference: z.string(), name: z.string(), contexts: z.array(z.string()) })),
    transfers: z.array(z.object({ transferId: z.string(), activityId: z.string(), reference: z.string(), activityName: z.string(), destination: z.string() })),
    subProcessors: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .meta({ id: "CatalogueEntryUses", description: "Where the entry is used, as the dashboard lists it." });

const inUseProblem = problemSchema
  .extend({
    uses: usesSchema.optional().meta({ description: "Present when the entry is in use." }),
    builtIn: z.boolean().optional().meta({ description: "True when the entry is a provision of the GDPR itself." }),
  })
  .meta({ id: "CatalogueEntryInUseProblem" });

const listQuery = z.object({
  ...pagingQuery,
  q: z.string().max(200).optional().meta({ description: "Search in the name and the description (and a legal basis' citation)." }),
});

const deleteQuery = z.object({
  replacement: z.string().max(100).optional().meta({ description: "The id of another entry of this catalogue that takes over every use; the deletion and the move are one change." }),
});

const etagHeader = { ETag: z.string().meta({ description: "The entry's version." }) };

function operationsFor(type: CatalogueType) {
  const path = `/catalogues/${type}`;
  const tag = catalogueNouns[type].title;
  const { one, many } = catalogueNouns[type];
  const entry = { "application/json": { schema: entrySchemas[type] } };
  const input = { required: true, content: { "application/json": { schema: inputSchemas[type] } } };
  const name = pascal(type);
  const sortedBy = catalogueSortField[type];
  return {
    list: {
      method: "get",
      path,
      scope: "READ",
      doc: {
        operationId: `list${name}`,
        summary: `List ${many}`,
        description: `Ordered by ${sortedBy}.`,
        tags: [tag],
        requestParams: { query: listQuery },
        responses: { "200": { description: `A page of ${many}.`, content: { "application/json": { schema: pageSchema(entrySchemas[type]) } } } },
      },
    },
    create: {
      method: "post",
      path,
      scope: "WRITE_RECORDS",
      doc: {
        operationId: `create${singular[type]}`,
        summary: `Create a ${one}`,
        description: type === "legal-bases" ? "New legal bases are national provisions; the GDPR's own are built in." : undefined,
        tags: [tag],
        requestBody: input,
        responses: { "201": { description: "Created.", headers: z.object({ ...etagHeader, Location: z.string() }), content: entry } },
      },
    },
    get: {
      method: "get",
      path: `${path}/{id}`,
      scope: "READ",
      single: true,
      doc: {
        operationId: `get${singular[type]}`,
        summary: `Read a ${one}`,
        tags: [tag],
        requestParams: { path: idParam },
        responses: { "200": { description: `The ${one}.`, headers: z.object(etagHeader), content: entry } },
      },
    },
    update: {
      method: "put",
      path: `${path}/{id}`,
      scope: "WRITE_RECORDS",
      single: true,
      doc: {
        operationId: `update${singular[type]}`,
        summary: `Replace a ${one}`,
        description: `Send every field, as the form does. If-Match must carry the ETag of the version the change is based on.${type === "legal-bases" ? " A built-in legal basis keeps the law's name and citation: only its description changes." : ""}`,
        tags: [tag],
        requestParams: { path: idParam, header: ifMatchHeader },
        requestBody: input,
        responses: { "200": { description: `The saved ${one}.`, headers: z.object(etagHeader), content: entry } },
      },
    },
    delete: {
      method: "delete",
      path: `${path}/{id}`,
      scope: "WRITE_RECORDS",
      single: true,
      doc: {
        operationId: `delete${singular[type]}`,
        summary: `Delete a ${one}`,
        description:
          "Needs a token made by a DPO or owner, as in the dashboard. An entry that processing activities use is refused with 409 and the list of its uses, unless `replacement` names another entry to take them over. A built-in legal basis is refused with 409 too. 409 (not 403) because the entry's state, not the token's rights, stands in the way: the same call succeeds once the uses are gone.",
        tags: [tag],
        requestParams: { path: idParam, header: ifMatchHeader, query: deleteQuery },
        responses: {
          "204": { description: "Deleted (and its uses moved to the replacement, if one was named)." },
          "409": { description: "In use, or built in; nothing was deleted.", content: { "application/problem+json": { schema: inUseProblem } } },
        },
      },
    },
  } satisfies Record<string, ApiOperation>;
}

export const catalogueOperations = byCatalogue(operationsFor);

const notFound = (type: CatalogueType) => problemResponse("not-found", `No ${catalogueNouns[type].one} with this id in the token's organisation.`);

const badCursor = () => problemResponse("bad-request", "The cursor is not one this API gave out. Start again without it.", { errors: [{ parameter: "cursor", detail: "Unknown cursor." }] });

/** The entry as the API shows it: the schema's fields only, dates as ISO strings. */
function entryBody(type: CatalogueType, row: Record<string, unknown>) {
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(entrySchemas[type].shape)) body[key] = row[key] instanceof Date ? (row[key] as Date).toISOString() : row[key];
  return body;
}

async function entryResponse(orgId: string, type: CatalogueType, id: string, init: { status?: number; headers?: Record<string, string> } = {}) {
  const entry = await getCatalogueEntry(orgId, type, id);
  if (!entry) return notFound(type);
  const { values, ...rest } = entry;
  return jsonResponse(entryBody(type, { ...rest, ...values }), { ...init, etag: etagOf(entry.version) });
}

/** A refused deletion: the entry's state (in use, built in) is a 409 with the details; the actor's role stays a 403. */
function deleteFailure(result: Extract<CatalogueResult, { ok: false }>): Response {
  if (result.kind === "refused" && (result.uses || result.builtIn)) {
    return problemResponse("in-use", result.formError ?? "The entry cannot be deleted in its current state.", {
      extensions: result.uses ? { uses: result.uses } : { builtIn: true },
    });
  }
  return failureResponse(result);
}

const asObject = (value: unknown): Record<string, unknown> | null => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

export function catalogueHandlers(type: CatalogueType) {
  return {
    async list({ url, caller }: ApiRequest): Promise<Response> {
      const query = parseQuery(url, listQuery);
      if (!query.ok) return query.response;
      const { limit, cursor, q } = query.data;
      const position = cursorPosition(cursor, 2);
      if (position === undefined) return badCursor();
      const after = position ? { key: position[0], id: position[1] } : null;
      const { rows, hasMore } = await listCatalogueEntriesAfter(caller.actor.organisation.id, type, { q: q?.trim() ?? "", after, limit });
      const last: CatalogueEntryRow | undefined = rows.at(-1);
      const next = hasMore && last ? nextLink(url, [String(last[catalogueSortField[type]]), last.id]) : null;
      return jsonResponse({ data: rows.map((row) => entryBody(type, row)), next }, { headers: linkHeader(next) });
    },

    async create({ request, caller }: ApiRequest): Promise<Response> {
      const body = await readJsonBody(request);
      if (!body.ok) return body.response;
      const result = await createCatalogueEntry(caller.actor, type, body.value);
      if (!result.ok) return failureResponse(result);
      return entryResponse(caller.actor.organisation.id, type, result.id, { status: 201, headers: { Location: `${API_BASE}/catalogues/${type}/${result.id}` } });
    },

    async get({ params, caller }: ApiRequest): Promise<Response> {
      if (!idParam.safeParse(params).success) return notFound(type);
      return entryResponse(caller.actor.organisation.id, type, params.id);
    },

    async update({ request, params, caller }: ApiRequest): Promise<Response> {
      if (!idParam.safeParse(params).success) return notFound(type);
      const ifMatch = requireIfMatch(request);
      if (!ifMatch.ok) return ifMatch.response;
      const organisationId = caller.actor.organisation.id;
      const current = await getCatalogueEntry(organisationId, type, params.id);
      if (!current) return notFound(type);
      const stale = staleIfMatch(ifMatch.versions, current.version);
      if (stale) return stale;
      const body = await readJsonBody(request);
      if (!body.ok) return body.response;
      const fields = asObject(body.value);
      if (!fields) return problemResponse("bad-request", "The body must be a JSON object.");
      // The mutation applies the change only to this version, so a save in between still ends in 412.
      const result = await updateCatalogueEntry(caller.actor, type, params.id, { ...fields, version: current.version });
      if (!result.ok) return failureResponse(result);
      return entryResponse(organisationId, type, params.id);
    },

    async delete({ request, url, params, caller }: ApiRequest): Promise<Response> {
      if (!idParam.safeParse(params).success) return notFound(type);
      const query = parseQuery(url, deleteQuery);
      if (!query.ok) return query.response;
      const ifMatch = requireIfMatch(request);
      if (!ifMatch.ok) return ifMatch.response;
      const organisationId = caller.actor.organisation.id;
      const current = await getCatalogueEntry(organisationId, type, params.id);
      if (!current) return notFound(type);
      const stale = staleIfMatch(ifMatch.versions, current.version);
      if (stale) return stale;
      const result = await deleteCatalogueEntry(caller.actor, type, params.id, { replacementId: query.data.replacement ?? "" }, current.version);
      if (!result.ok) return deleteFailure(result);
      return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
    },
  };
}
