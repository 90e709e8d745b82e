/**
 * Queues webhook deliveries inside the transaction of the change they report
 * (a transactional outbox): graphile-worker's add_job is plain SQL on the same
 * database, so the job commits or rolls back with the change, and no event is
 * sent for a change that did not happen, nor lost for one that did.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { env } from "@/lib/env";
import { eventForAudit, type WebhookEventType, TEST_EVENT } from "./events";

export const DELIVER_TASK = "webhook_deliver";
/** Attempts per delivery; graphile-worker waits e^attempt seconds between them (about 20 minutes before the last). */
export const MAX_ATTEMPTS = 8;

/** What a receiver gets: ids, names and links of register entries, never personal data beyond what the register holds. */
export type WebhookPayload = {
  id: string;
  type: WebhookEventType | typeof TEST_EVENT;
  timestamp: string;
  organisation: { id: string; slug: string };
  data: Record<string, unknown>;
};

export type DeliveryJob = { endpointId: string; event: WebhookPayload };

type Tx = Prisma.TransactionClient;

/** An absolute link where the application's address is configured (APP_URL / AUTH_URL), else the path. */
export function linkTo(path: string): string {
  const origin = env.APP_URL ?? env.AUTH_URL;
  return origin ? new URL(path, origin).href : path;
}

/** Queues one event for the given endpoints; returns its id. */
export async function enqueueEvent(
  tx: Tx,
  organisationId: string,
  type: WebhookPayload["type"],
  data: Record<string, unknown>,
  endpointIds: readonly string[],
): Promise<string> {
  const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { id: true, slug: true } });
  // Standard Webhooks: the id is the same for every attempt, so receivers can drop repeats.
  const event: WebhookPayload = { id: `msg_${randomUUID()}`, type, timestamp: new Date().toISOString(), organisation, data };
  for (const endpointId of endpointIds) {
    const job: DeliveryJob = { endpointId, event };
    await tx.$queryRaw`SELECT NULL FROM graphile_worker.add_job(${DELIVER_TASK}::text, ${JSON.stringify(job)}::json, max_attempts => ${MAX_ATTEMPTS}::smallint)`;
  }
  return event.id;
}

/** The enabled endpoints of the organisation that subscribed to the event. */
export async function subscribedEndpoints(tx: Tx, organisationId: string, type: WebhookEventType): Promise<string[]> {
  const rows = await tx.webhookEndpoint.findMany({ where: { organisationId, enabled: true, events: { has: type } }, select: { id: true } });
  return rows.map((row) => row.id);
}

type AuditLike = { organisationId: string; entityType: string; action: string; entityId: string; before?: unknown; after?: unknown };

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

async function describe(tx: Tx, type: WebhookEventType, audit: AuditLike): Promise<Record<string, unknown>> {
  if (type === "policy.published") {
    const policy = await tx.policy.findUnique({ where: { id: audit.entityId }, select: { id: true, slug: true, title: true, organisation: { select: { slug: true } } } });
    return {
      id: audit.entityId,
      name: policy?.title ?? null,
      version: field(audit.after, "number") ?? null,
      effectiveAt: field(audit.after, "effectiveAt") ?? null,
      // One publication covers every language of the policy (lib/policies/publish.ts).
      languages: field(audit.after, "languages") ?? null,
      link: policy ? linkTo(`/p/${policy.organisation.slug}/${policy.slug}`) : null,
    };
  }
  const snapshot = audit.after ?? audit.before;
  return { id: audit.entityId, name: field(snapshot, "name") ?? null, status: field(snapshot, "status") ?? null, link: linkTo(`/activities/${audit.entityId}`) };
}

/** Called for every audit event, in its transaction: queues the webhook event it stands for, if any endpoint wants it. */
export async function enqueueForAudit(tx: Tx, audit: AuditLike): Promise<void> {
  const type = eventForAudit(audit.entityType, audit.action);
  if (!type) return;
  const endpoints = await subscribedEndpoints(tx, audit.organisationId, type);
  if (endpoints.length === 0) return;
  await enqueueEvent(tx, audit.organisationId, type, await describe(tx, type, audit), endpoints);
}
