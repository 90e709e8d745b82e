/**
 * The queue's task: one delivery attempt of one event to one endpoint,
 * written to the delivery log whatever its outcome. A failed attempt throws,
 * so graphile-worker runs it again later (after e^attempt seconds) until the
 * attempts are used up.
 */
import type { Prisma } from "@prisma/client";
import type { Db } from "@/lib/db";
import type { DeliveryJob } from "./enqueue";
import { TEST_EVENT } from "./events";
import { postSigned, type AttemptResult } from "./http";
import { signatureHeaders } from "./secret";
import type { UrlPolicy } from "./url";

export class DeliveryFailed extends Error {}

type Attempt = { number: number; maxAttempts: number };

/** graphile-worker's back-off: the next attempt runs e^attempts seconds after this one (attempts capped at 10). */
export function nextRetryAt(attempt: Attempt, now: Date): Date | null {
  if (attempt.number >= attempt.maxAttempts) return null;
  return new Date(now.getTime() + Math.exp(Math.min(attempt.number, 10)) * 1000);
}

export async function deliver(db: Db, job: DeliveryJob, attempt: Attempt, policy: UrlPolicy, post = postSigned): Promise<AttemptResult | null> {
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id: job.endpointId }, select: { url: true, secret: true, enabled: true } });
  // Deleted since, or switched off (a test event is sent to a disabled endpoint too: the owner asked for it).
  if (!endpoint || (!endpoint.enabled && job.event.type !== TEST_EVENT)) return null;
  const body = JSON.stringify(job.event);
  const result = await post(endpoint.url, signatureHeaders(endpoint.secret, job.event.id, new Date(), body), body, policy);
  const failed = result.statusCode === null || result.statusCode < 200 || result.statusCode >= 300;
  await db.webhookDelivery.create({
    data: {
      endpointId: job.endpointId,
      eventId: job.event.id,
      eventType: job.event.type,
      attempt: attempt.number,
      statusCode: result.statusCode,
      durationMs: result.durationMs,
      error: failed ? (result.error ?? `The receiver answered ${result.statusCode}`) : null,
      nextRetryAt: failed ? nextRetryAt(attempt, new Date()) : null,
      payload: job.event as unknown as Prisma.InputJsonValue,
    },
  });
  if (failed) throw new DeliveryFailed(`Delivery ${job.event.id} to endpoint ${job.endpointId} failed (attempt ${attempt.number}): ${result.error ?? result.statusCode}`);
  return result;
}
