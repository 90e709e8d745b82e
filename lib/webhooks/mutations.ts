/**
 * Managing an organisation's webhook endpoints. Owners only: an endpoint
 * sends the register's changes to another system. Every change is audited
 * (entityType "webhookEndpoint"), never with the signing secret in it.
 */
import { message } from "@/lib/i18n/message";
import "server-only";
import type { Prisma } from "@prisma/client";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import type { Actor } from "@/lib/mutations/actor";
import { refuseRole } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { echo, failure, type MutationResult } from "@/lib/mutations/result";
import { enqueueEvent } from "./enqueue";
import { TEST_EVENT } from "./events";
import { urlPolicyFromEnv } from "./policy";
import { endpointIdSchema, webhookEndpointSchema } from "./schema";
import { generateSecret } from "./secret";
import { checkWebhookUrl, type UrlPolicy } from "./url";

const ENTITY = "webhookEndpoint";
const NOT_FOUND = failure("not-found", { formError: message("webhooks.errors.notFound") });
const snapshotSelect = { url: true, description: true, events: true, enabled: true, version: true } as const;

type EndpointResult = MutationResult<{ id: string; secret?: string }>;

function parse(raw: unknown, policy: UrlPolicy) {
  const parsed = webhookEndpointSchema.safeParse(raw);
  const fieldErrors = parsed.success ? {} : fieldErrorsFrom(parsed.error);
  // Every field's message at once: the address is read even when another field was refused.
  const typedUrl = parsed.success ? parsed.data.url : (raw as { url?: unknown } | null)?.url;
  const url = typeof typedUrl === "string" && !fieldErrors.url ? checkWebhookUrl(typedUrl, policy) : null;
  if (url && !url.ok) fieldErrors.url = url.message;
  if (!parsed.success || !url?.ok) return failure("invalid", { fieldErrors, values: echo(raw) });
  return { ok: true as const, data: { ...parsed.data, url: url.url } };
}

async function findEndpoint(tx: Prisma.TransactionClient, organisationId: string, id: string) {
  return tx.webhookEndpoint.findFirst({ where: { id, organisationId }, select: snapshotSelect });
}

/** Registers an endpoint; its signing secret is returned once, to be shown once. */
export async function createWebhookEndpoint(actor: Actor, raw: unknown, policy: UrlPolicy = urlPolicyFromEnv()): Promise<EndpointResult> {
  const refused = refuseRole(actor, "OWNER");
  if (refused) return refused;
  const parsed = parse(raw, policy);
  if (!parsed.ok) return parsed;
  const secret = generateSecret();
  return writeAudited(actor, async (tx, audit) => {
    const created = await tx.webhookEndpoint.create({ data: { ...parsed.data, organisationId: actor.organisation.id, secret }, select: { id: true, ...snapshotSelect } });
    await audit({ action: "CREATE", entityType: ENTITY, entityId: created.id, after: created });
    return { ok: true, id: created.id, secret };
  });
}

export async function updateWebhookEndpoint(actor: Actor, id: string, version: number, raw: unknown, policy: UrlPolicy = urlPolicyFromEnv()): Promise<EndpointResult> {
  const refused = refuseRole(actor, "OWNER");
  if (refused) return refused;
  const parsed = parse(raw, policy);
  if (!parsed.ok) return parsed;
  return writeAudited(actor, async (tx, audit): Promise<EndpointResult> => {
    const before = await findEndpoint(tx, actor.organisation.id, id);
    if (!before) return NOT_FOUND;
    const { count } = await tx.webhookEndpoint.updateMany({ where: { id, organisationId: actor.organisation.id, version }, data: { ...parsed.data, version: { increment: 1 } } });
    if (count === 0) return failure("conflict", { formError: message("webhooks.errors.conflict"), values: echo(raw) });
    const after = await findEndpoint(tx, actor.organisation.id, id);
    await audit({ action: "UPDATE", entityType: ENTITY, entityId: id, before, after });
    return { ok: true, id };
  });
}

/** The endpoint a button names, or null. */
function endpointIdOf(raw: unknown): string | null {
  const parsed = endpointIdSchema.safeParse(raw);
  return parsed.success ? parsed.data.endpointId : null;
}

/** A new signing secret, effective for the next attempt: receivers must switch to it (shown once). */
export async function rotateWebhookSecret(actor: Actor, raw: unknown): Promise<EndpointResult> {
  const refused = refuseRole(actor, "OWNER");
  if (refused) return refused;
  const id = endpointIdOf(raw);
  if (!id) return failure("invalid", { formError: message("webhooks.errors.chooseEndpoint") });
  const secret = generateSecret();
  return writeAudited(actor, async (tx, audit): Promise<EndpointResult> => {
    const { count } = await tx.webhookEndpoint.updateMany({ where: { id, organisationId: actor.organisation.id }, data: { secret, version: { increment: 1 } } });
    if (count === 0) return NOT_FOUND;
    await audit({ action: "ROTATE_SECRET", entityType: ENTITY, entityId: id });
    return { ok: true, id, secret };
  });
}

export async function deleteWebhookEndpoint(actor: Actor, raw: unknown): Promise<EndpointResult> {
  const refused = refuseRole(actor, "OWNER");
  if (refused) return refused;
  const id = endpointIdOf(raw);
  if (!id) return failure("invalid", { formError: message("webhooks.errors.chooseEndpoint") });
  return writeAudited(actor, async (tx, audit): Promise<EndpointResult> => {
    const before = await findEndpoint(tx, actor.organisation.id, id);
    if (!before) return NOT_FOUND;
    await tx.webhookEndpoint.delete({ where: { id } });
    await audit({ action: "DELETE", entityType: ENTITY, entityId: id, before });
    return { ok: true, id };
  });
}

/** Queues a "webhook.test" event for one endpoint, through the same queue as every other event. */
export async function sendTestEvent(actor: Actor, raw: unknown): Promise<EndpointResult> {
  const refused = refuseRole(actor, "OWNER");
  if (refused) return refused;
  const id = endpointIdOf(raw);
  if (!id) return failure("invalid", { formError: message("webhooks.errors.chooseEndpoint") });
  return writeAudited(actor, async (tx, audit): Promise<EndpointResult> => {
    const endpoint = await findEndpoint(tx, actor.organisation.id, id);
    if (!endpoint) return NOT_FOUND;
    const eventId = await enqueueEvent(tx, actor.organisation.id, TEST_EVENT, { message: "A test event sent from the register's webhook settings." }, [id]);
    await audit({ action: "SEND_TEST", entityType: ENTITY, entityId: id, after: { eventId } });
    return { ok: true, id };
  });
}
