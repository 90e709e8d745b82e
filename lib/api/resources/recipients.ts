/**
 * /recipients: recipients and processors (Art. 30(1)(d)), with the chain of
 * sub-processors (Art. 28(2) and (4)) and the state of each processing
 * agreement (Art. 28(3)). A vendor-management tool creates and updates them
 * through the same schema and mutations as the dashboard's form; deleting
 * stays in the dashboard, where the uses are shown and replaced.
 */
import "server-only";
import { z } from "zod";
import { createRecipient, updateRecipient } from "@/lib/recipients/mutations";
import { getRecipient, listRecipientsAfter } from "@/lib/recipients/queries";
import { recipientSchema as recipientFormSchema } from "@/lib/recipients/schema";
import { db } from "@/lib/db";
import { etagOf } from "../etag";
import type { ApiRequest } from "../handler";
import type { ApiOperation } from "../operation";
import { cursorPosition, linkHeader, nextLink, pageSchema, pagingQuery } from "../paging";
import { requireIfMatch, staleIfMatch } from "../preconditions";
import { failureResponse, problemResponse } from "../problem";
import { parseQuery } from "../query";
import { jsonResponse, readJsonBody } from "../respond";
import { idParam, ifMatchHeader, isoDate } from "../schemas";

const TAG = "Recipients";

const recipientKinds = ["INTERNAL", "PROCESSOR", "SUB_PROCESSOR", "CONTROLLER", "PUBLIC_AUTHORITY", "JOINT_CONTROLLER", "CLIENT_CONTROLLER"] as const;
const kind = z.enum(recipientKinds);
const dpaStatus = z.enum(["IN_PLACE", "NOT_REQUIRED", "MISSING", "UNDER_REVIEW"]).meta({ description: "The Art. 28(3) processing agreement." });
const country = z.object({ code: z.string(), name: z.string(), eea: z.boolean(), adequacy: z.boolean() });
const reference = z.object({ id: z.string(), name: z.string() });

export const recipientSummarySchema = z
  .object({
    id: z.string(),
    kind,
    name: z.string(),
    services: z.string(),
    dpaStatus,
    dpaSignedOn: z.string().nullable(),
    dpaReference: z.string(),
    dpaNextReviewOn: z.string().nullable(),
    country: country.nullable(),
    parent: reference.nullable().meta({ description: "The processor that engaged this sub-processor." }),
    activityCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: "RecipientSummary" });

export const recipientSchema = z
  .object({
    id: z.string(),
    kind,
    name: z.string(),
    contactName: z.string(),
    email: z.string(),
    phone: z.string(),
    address: z.string(),
    country: country.extend({ adequacyNote: z.string() }).nullable(),
    website: z.string(),
    services: z.string(),
    notes: z.string(),
    dpaStatus,
    dpaNotRequiredReason: z.string(),
    dpaSignedOn: z.string().nullable(),
    dpaReference: z.string(),
    dpaNextReviewOn: z.string().nullable(),
    parents: z.array(reference.extend({ kind })).meta({ description: "The chain of processors above this one, top-most first." }),
    subProcessors: z.array(
      reference.extend({ kind, dpaStatus, dpaSignedOn: z.string().nullable(), dpaNextReviewOn: z.string().nullable(), country: z.object({ name: z.string(), eea: z.boolean() }).nullable() }),
    ),
    version: z.number().int().meta({ description: "Also the ETag." }),
    updatedAt: z.string(),
  })
  .meta({ id: "Recipient" });

// The body of POST and PUT: the form's schema (the version goes in If-Match).
const recipientInputSchema = recipientFormSchema.meta({ id: "RecipientInput" });
const recipientInput = { required: true, content: { "application/json": { schema: recipientInputSchema } } };
const etagHeader = { ETag: z.string().meta({ description: "The recipient's version." }) };

const listQuery = z.object({
  ...pagingQuery,
  kind: kind.optional(),
  dpa: z.enum(["attention"]).optional().meta({ description: "attention: processors whose agreement is missing or due for review." }),
});

export const recipientOperations = {
  list: {
    method: "get",
    path: "/recipients",
    scope: "READ",
    doc: {
      operationId: "listRecipients",
      summary: "List recipients and processors",
      description: "Ordered by name.",
      tags: [TAG],
      requestParams: { query: listQuery },
      responses: { "200": { description: "A page of recipients.", content: { "application/json": { schema: pageSchema(recipientSummarySchema) } } } },
    },
  },
  create: {
    method: "post",
    path: "/recipients",
    scope: "WRITE_RECORDS",
    doc: {
      operationId: "createRecipient",
      summary: "Create a recipient or processor",
      description: "The fields of the dashboard's form. A sub-processor names the processor that engaged it in `parentId` (Art. 28(2), (4)).",
      tags: [TAG],
      requestBody: recipientInput,
      responses: {
        "201": { description: "Created.", headers: z.object({ ...etagHeader, Location: z.string() }), content: { "application/json": { schema: recipientSchema } } },
      },
    },
  },
  update: {
    method: "put",
    path: "/recipients/{id}",
    scope: "WRITE_RECORDS",
    single: true,
    doc: {
      operationId: "updateRecipient",
      summary: "Replace a recipient or processor",
      description: "Send every field, as the form does; omitted fields take their defaults. If-Match must carry the ETag of the version the change is based on.",
      tags: [TAG],
      requestParams: { path: idParam, header: ifMatchHeader },
      requestBody: recipientInput,
      responses: { "200": { description: "The saved recipient.", headers: z.object(etagHeader), content: { "application/json": { schema: recipientSchema } } } },
    },
  },
  get: {
    method: "get",
    path: "/recipients/{id}",
    scope: "READ",
    single: true,
    doc: {
      operationId: "getRecipient",
      summary: "Read a recipient with its sub-processors",
      tags: [TAG],
      requestParams: { path: idParam },
      responses: {
        "200": {
          description: "The recipient.",
          headers: z.object({ ETag: z.string() }),
          content: { "application/json": { schema: recipientSchema } },
        },
      },
    },
  },
} satisfies Record<string, ApiOperation>;

export async function listRecipientsOperation({ url, caller }: ApiRequest): Promise<Response> {
  const query = parseQuery(url, listQuery);
  if (!query.ok) return query.response;
  const { limit, cursor, kind, dpa } = query.data;
  const position = cursorPosition(cursor, 2);
  if (position === undefined) return problemResponse("bad-request", "The cursor is not one this API gave out. Start again without it.", { errors: [{ parameter: "cursor", detail: "Unknown cursor." }] });
  const after = position ? { name: position[0], id: position[1] } : null;
  const { rows, hasMore } = await listRecipientsAfter(caller.actor.organisation.id, { filter: { dpaAttention: dpa === "attention" }, kind, after, limit });
  const data = rows.map((row) => ({ ...row, dpaSignedOn: isoDate(row.dpaSignedOn), dpaNextReviewOn: isoDate(row.dpaNextReviewOn) }));
  const last = data.at(-1);
  const next = hasMore && last ? nextLink(url, [last.name, last.id]) : null;
  return jsonResponse({ data, next }, { headers: linkHeader(next) });
}

const notFound = () => problemResponse("not-found", "No recipient with this id in the token's organisation.");

async function recipientResponse(organisationId: string, id: string, init: { status?: number; headers?: Record<string, string> } = {}): Promise<Response> {
  const recipient = await getRecipient(organisationId, id);
  if (!recipient) return notFound();
  const { ancestors, subProcessors } = recipient;
  const body = {
    id: recipient.id,
    kind: recipient.kind,
    name: recipient.name,
    contactName: recipient.contactName,
    email: recipient.email,
    phone: recipient.phone,
    address: recipient.address,
    country: recipient.country,
    website: recipient.website,
    services: recipient.services,
    notes: recipient.notes,
    dpaStatus: recipient.dpaStatus,
    dpaNotRequiredReason: recipient.dpaNotRequiredReason,
    dpaReference: recipient.dpaReference,
    version: recipient.version,
    dpaSignedOn: isoDate(recipient.dpaSignedOn),
    dpaNextReviewOn: isoDate(recipient.dpaNextReviewOn),
    parents: ancestors,
    subProcessors: subProcessors.map((s) => ({ ...s, dpaSignedOn: isoDate(s.dpaSignedOn), dpaNextReviewOn: isoDate(s.dpaNextReviewOn) })),
    updatedAt: recipient.updatedAt.toISOString(),
  };
  return jsonResponse(body, { ...init, etag: etagOf(recipient.version) });
}

export async function getRecipientOperation({ params, caller }: ApiRequest): Promise<Response> {
  if (!idParam.safeParse(params).success) return notFound();
  return recipientResponse(caller.actor.organisation.id, params.id);
}

const asObject = (value: unknown): Record<string, unknown> | null => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

export async function createRecipientOperation({ request, caller }: ApiRequest): Promise<Response> {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const fields = asObject(body.value);
  if (!fields) return problemResponse("bad-request", "The body must be a JSON object.");
  const result = await createRecipient(caller.actor, fields);
  if (!result.ok) return failureResponse(result);
  return recipientResponse(caller.actor.organisation.id, result.id, { status: 201, headers: { Location: `/api/v1/recipients/${result.id}` } });
}

export async function updateRecipientOperation({ request, params, caller }: ApiRequest): Promise<Response> {
  if (!idParam.safeParse(params).success) return notFound();
  const ifMatch = requireIfMatch(request);
  if (!ifMatch.ok) return ifMatch.response;
  const organisationId = caller.actor.organisation.id;
  const current = await db.recipient.findFirst({ where: { id: params.id, organisationId }, select: { version: true } });
  if (!current) return notFound();
  const stale = staleIfMatch(ifMatch.versions, current.version);
  if (stale) return stale;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const fields = asObject(body.value);
  if (!fields) return problemResponse("bad-request", "The body must be a JSON object.");
  // The mutation applies the change only to this version, so a save in between still ends in 412.
  const result = await updateRecipient(caller.actor, params.id, { ...fields, version: current.version });
  if (!result.ok) return failureResponse(result);
  return recipientResponse(organisationId, params.id);
}
