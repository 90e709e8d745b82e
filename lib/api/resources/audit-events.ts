/**
 * /audit-events: the organisation's audit trail (Art. 5(2) accountability),
 * read-only. Each event names its actor, the API token when the change came
 * through one, the record before and after, and its link in the hash chain
 * (sequence, previous hash, hash), so a client can keep and verify a copy.
 */
import "server-only";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { db } from "@/lib/db";
import type { ApiRequest } from "../handler";
import type { ApiOperation } from "../operation";
import { cursorPosition, linkHeader, nextLink, pageSchema, pagingQuery } from "../paging";
import { problemResponse } from "../problem";
import { parseQuery } from "../query";
import { jsonResponse } from "../respond";
import { idParam } from "../schemas";

const TAG = "Audit events";

const snapshot = z.record(z.string(), z.unknown()).nullable();

export const auditEventSchema = z
  .object({
    id: z.string(),
    sequence: z.number().int().nullable().meta({ description: "The event's place in the organisation's hash chain, from 1." }),
    createdAt: z.string(),
    action: z.string().meta({ description: "CREATE, UPDATE, DELETE, PUBLISH, …" }),
    entityType: z.string().meta({ description: "ProcessingActivity, Recipient, LegalBasis, …" }),
    entityId: z.string(),
    actor: z
      .object({
        id: z.string().nullable().meta({ description: "The user's id; null once the user was removed." }),
        email: z.string().meta({ description: "As recorded with the event; names the token for changes made through the API." }),
        name: z.string().nullable(),
      })
      .meta({ description: "Who made the change; an empty e-mail address for changes the system made." }),
    apiToken: z
      .object({ id: z.string(), name: z.string().nullable().meta({ description: "Null once the token was deleted." }) })
      .nullable()
      .meta({ description: "The API token the change came through, or null for changes made in the dashboard." }),
    before: snapshot,
    after: snapshot,
    previousHash: z.string(),
    hash: z.string().meta({ description: "The event's link in the chain: a hash over its content and the previous hash, set when its transaction commits." }),
  })
  .meta({ id: "AuditEvent" });

const instant = z.iso.datetime({ offset: true });

const listQuery = z.object({
  ...pagingQuery,
  entityType: z.string().max(100).optional().meta({ description: "Only events of this kind of record, e.g. ProcessingActivity." }),
  entityId: z.string().max(100).optional().meta({ description: "Only events of this record." }),
  action: z.string().max(50).optional().meta({ description: "Only events of this action, e.g. UPDATE." }),
  actor: z.string().max(254).optional().meta({ description: "Only events whose recorded actor e-mail is exactly this, as in the audit log's user filter." }),
  token: z.string().max(50).optional().meta({ description: "Only changes made through this API token (its id)." }),
  since: instant.optional().meta({ description: "Only events at or after this instant (RFC 3339)." }),
  until: instant.optional().meta({ description: "Only events before this instant (RFC 3339)." }),
});

export const auditEventOperations = {
  list: {
    method: "get",
    path: "/audit-events",
    scope: "READ",
    doc: {
      operationId: "listAuditEvents",
      summary: "List audit events",
      description: "Newest first, like the audit log. Filters as in the audit log, plus the record's id and the API token.",
      tags: [TAG],
      requestParams: { query: listQuery },
      responses: { "200": { description: "A page of audit events.", content: { "application/json": { schema: pageSchema(auditEventSchema) } } } },
    },
  },
  get: {
    method: "get",
    path: "/audit-events/{id}",
    scope: "READ",
    single: true,
    doc: {
      operationId: "getAuditEvent",
      summary: "Read an audit event",
      tags: [TAG],
      requestParams: { path: idParam },
      responses: {
        "200": {
          description: "The event.",
          headers: z.object({ ETag: z.string().meta({ description: "Events never change: the tag is the event's hash." }) }),
          content: { "application/json": { schema: auditEventSchema } },
        },
      },
    },
  },
} satisfies Record<string, ApiOperation>;

const select = {
  id: true,
  sequence: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  actorId: true,
  actorEmail: true,
  actor: { select: { name: true } },
  apiTokenId: true,
  apiToken: { select: { name: true } },
  before: true,
  after: true,
  previousHash: true,
  hash: true,
} satisfies Prisma.AuditEventSelect;

type Row = Prisma.AuditEventGetPayload<{ select: typeof select }>;

const asSnapshot = (value: Prisma.JsonValue | null) => (value !== null && typeof value === "object" && !Array.isArray(value) ? value : null);

function eventBody(row: Row) {
  return {
    id: row.id,
    sequence: row.sequence,
    createdAt: row.createdAt.toISOString(),
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    actor: { id: row.actorId, email: row.actorEmail, name: row.actor?.name ?? null },
    apiToken: row.apiTokenId ? { id: row.apiTokenId, name: row.apiToken?.name ?? null } : null,
    before: asSnapshot(row.before),
    after: asSnapshot(row.after),
    previousHash: row.previousHash,
    hash: row.hash,
  };
}

export async function listAuditEventsOperation({ url, caller }: ApiRequest): Promise<Response> {
  const query = parseQuery(url, listQuery);
  if (!query.ok) return query.response;
  const { limit, cursor, entityType, entityId, action, actor, token, since, until } = query.data;
  const position = cursorPosition(cursor, 2);
  const at = position ? new Date(position[0]) : null;
  if (position === undefined || (at && Number.isNaN(at.getTime()))) {
    return problemResponse("bad-request", "The cursor is not one this API gave out. Start again without it.", { errors: [{ parameter: "cursor", detail: "Unknown cursor." }] });
  }
  const rows = await db.auditEvent.findMany({
    where: {
      AND: [
        { organisationId: caller.actor.organisation.id },
        entityType ? { entityType } : {},
        entityId ? { entityId } : {},
        action ? { action } : {},
        actor ? { actorEmail: actor } : {},
        token ? { apiTokenId: token } : {},
        since ? { createdAt: { gte: new Date(since) } } : {},
        until ? { createdAt: { lt: new Date(until) } } : {},
        // Newest first: the next page holds what is older than the last row served.
        at && position ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: position[1] } }] } : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select,
    take: limit + 1,
  });
  const data = rows.slice(0, limit).map(eventBody);
  const last = data.at(-1);
  const next = rows.length > limit && last ? nextLink(url, [last.createdAt, last.id]) : null;
  return jsonResponse({ data, next }, { headers: linkHeader(next) });
}

export async function getAuditEventOperation({ params, caller }: ApiRequest): Promise<Response> {
  const row = idParam.safeParse(params).success ? await db.auditEvent.findFirst({ where: { id: params.id, organisationId: caller.actor.organisation.id }, select }) : null;
  if (!row) return problemResponse("not-found", "No audit event with this id in the token's organisation.");
  const body = eventBody(row);
  // The hash is set when the writing transaction commits; an event read before that has none yet.
  return jsonResponse(body, { etag: `"${body.hash || `${body.id}-pending`}"` });
}
