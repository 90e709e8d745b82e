/**
 * Requests per API token and minute, counted in PostgreSQL (the ApiRateLimit
 * table) so that every instance of the app shares one count per token. The
 * limit is API_RATE_LIMIT_PER_MINUTE.
 */
import "server-only";
import { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

const WINDOW_SECONDS = 60;

export type RateLimitState = { limit: number; remaining: number; resetSeconds: number; limited: boolean };

const globalForLimiter = globalThis as unknown as { ropaApiLimiter?: { url: string; limit: number; limiter: RateLimiterPostgres } };

function limiter(): RateLimiterPostgres {
  const url = env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  // process.env is read at call time so the tests can lower the limit.
  const limit = Number(process.env.API_RATE_LIMIT_PER_MINUTE) || env.API_RATE_LIMIT_PER_MINUTE;
  const cached = globalForLimiter.ropaApiLimiter;
  if (cached && cached.url === url && cached.limit === limit) return cached.limiter;
  // A small pool of its own: one upsert per request, never inside a Prisma transaction.
  const pool = cached?.url === url ? (cached.limiter as unknown as { client: Pool }).client : new Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  const created = new RateLimiterPostgres({
    storeClient: pool,
    tableName: "ApiRateLimit",
    // The table comes with the migrations: no DDL at run time.
    tableCreated: true,
    keyPrefix: "api-token",
    points: limit,
    duration: WINDOW_SECONDS,
  });
  globalForLimiter.ropaApiLimiter = { url, limit, limiter: created };
  return created;
}

function state(result: RateLimiterRes, limit: number, limited: boolean): RateLimitState {
  return { limit, remaining: Math.max(0, result.remainingPoints), resetSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)), limited };
}

/** Counts one request of the token; `limited` when it is over the limit. Database errors are thrown. */
export async function consumeRequest(tokenId: string): Promise<RateLimitState> {
  const current = limiter();
  const limit = current.points;
  try {
    return state(await current.consume(tokenId), limit, false);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return state(rejection, limit, true);
    throw rejection;
  }
}

/** The RateLimit header fields (draft-ietf-httpapi-ratelimit-headers, the widely deployed form). */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return { "RateLimit-Limit": String(state.limit), "RateLimit-Remaining": String(state.remaining), "RateLimit-Reset": String(state.resetSeconds) };
}
