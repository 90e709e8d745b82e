/**
 * /recipients: recipients and processors (Art. 30(1)(d)), with the chain of
 * sub-processors (Art. 28(2) and (4)) and the state of each processing
 * agreement (Art. 28(3)). Read-only in this version.
 */
import "server-only";
import { z } from "zod";
import { getRecipient, listRecipientsAfter } from "@/lib/recipients/queries";
import { etagOf } from "../etag";
import type { ApiRequest } from "../handler";
import type { ApiOperation } from "../operation";
import { cursorPosition, linkHeader, nextLink, pageSchema, pagingQuery } from "../paging";
import { problemResponse } from "../problem";
import { parseQuery } from "../query";
import { jsonResponse } from "../respond";
import { idParam, isoDate } from "../schemas";

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

export async function getRecipientOperation({ params, caller }: ApiRequest): Promise<Response> {
  const recipient = idParam.safeParse(params).success ? await getRecipient(caller.actor.organisation.id, params.id) : null;
  if (!recipient) return problemResponse("not-found", "No recipient with this id in the token's organisation.");
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
  return jsonResponse(body, { etag: etagOf(recipient.version) });
}
