import "server-only";
import { db } from "@/lib/db";

export async function listWebhookEndpoints(organisationId: string) {
  const endpoints = await db.webhookEndpoint.findMany({
    where: { organisationId },
    orderBy: { createdAt: "asc" },
    select: { id: true, url: true, description: true, events: true, enabled: true, version: true, createdAt: true },
  });
  const last = await db.webhookDelivery.groupBy({ by: ["endpointId"], where: { endpointId: { in: endpoints.map((e) => e.id) } }, _max: { createdAt: true } });
  const lastAt = new Map(last.map((row) => [row.endpointId, row._max.createdAt]));
  return endpoints.map((endpoint) => ({ ...endpoint, lastDeliveryAt: lastAt.get(endpoint.id) ?? null }));
}

export async function getWebhookEndpoint(organisationId: string, id: string) {
  return db.webhookEndpoint.findFirst({
    where: { id, organisationId },
    select: { id: true, url: true, description: true, events: true, enabled: true, version: true, createdAt: true, updatedAt: true },
  });
}

/** The latest attempts to one endpoint of the organisation, newest first. */
export async function listWebhookDeliveries(organisationId: string, endpointId: string, take = 50) {
  return db.webhookDelivery.findMany({
    where: { endpointId, endpoint: { organisationId } },
    orderBy: [{ createdAt: "desc" }, { attempt: "desc" }],
    take,
    select: { id: true, eventId: true, eventType: true, attempt: true, statusCode: true, durationMs: true, error: true, nextRetryAt: true, createdAt: true, payload: true },
  });
}
