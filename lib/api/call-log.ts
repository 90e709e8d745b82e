/**
 * The API call log: one row per request made with a known token, reads
 * included, so an owner can see what a system did with its token. It is a
 * plain table, not the hash-chained audit trail (which records changes, and
 * already names the token), and it is pruned: rows older than
 * API_CALL_LOG_DAYS are deleted by the daily job, together with the webhook
 * delivery log of the same age (Art. 5(1)(e): kept no longer than needed).
 */
import type { Db } from "@/lib/db";

export const CALL_PATH_MAX = 500;

export type ApiCallEntry = { organisationId: string; tokenId: string; method: string; url: URL; status: number; durationMs: number };

/** The row for one call: the path with its query, cut to what the column keeps. */
export function apiCallRow(entry: ApiCallEntry) {
  return {
    organisationId: entry.organisationId,
    tokenId: entry.tokenId,
    method: entry.method,
    path: (entry.url.pathname + entry.url.search).slice(0, CALL_PATH_MAX),
    status: entry.status,
    durationMs: Math.max(0, Math.round(entry.durationMs)),
  };
}

/**
 * Writes one call. A failure is logged and swallowed: the log must never
 * change the answer the caller gets.
 */
export async function recordApiCall(db: Db, entry: ApiCallEntry): Promise<void> {
  try {
    await db.apiCall.create({ data: apiCallRow(entry) });
  } catch (error) {
    console.error("API call log: the call could not be recorded", error);
  }
}

/** Deletes API calls and webhook deliveries older than `days` days; returns how many of each. */
export async function pruneLogs(db: Db, days: number, now: Date = new Date()) {
  const before = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const calls = await db.apiCall.deleteMany({ where: { at: { lt: before } } });
  const deliveries = await db.webhookDelivery.deleteMany({ where: { createdAt: { lt: before } } });
  return { calls: calls.count, deliveries: deliveries.count };
}
