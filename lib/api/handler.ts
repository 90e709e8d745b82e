/**
 * The one wrapper of every /api/v1 route: it authenticates the bearer token,
 * rate-limits per token, checks the operation's scope, runs the operation
 * and answers every failure as a problem (lib/api/problem.ts). Every call
 * made with a known token, refused or not, is written to the call log
 * (lib/api/call-log.ts). Operations only deal with their resource.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { authenticateApiToken, type TokenCaller } from "@/lib/api-tokens/authenticate";
import { db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/forms/database-outage";
import { parseBearer } from "./authorization";
import { recordApiCall } from "./call-log";
import { scopeNames, type ApiOperation } from "./operation";
import { problemResponse } from "./problem";
import { consumeRequest, rateLimitHeaders } from "./rate-limit";

export type ApiRequest = { request: Request; url: URL; caller: TokenCaller; params: Record<string, string> };

type RouteContext = { params?: Promise<Record<string, string | string[]>> };

const REALM = 'Bearer realm="ropa API"';

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

async function paramsOf(context: RouteContext | undefined): Promise<Record<string, string>> {
  const raw = (await context?.params) ?? {};
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value.join("/") : value]));
}

/** An unexpected error: logged with an id that the answer names, never with its stack in the answer. */
function unexpected(error: unknown): Response {
  if (isDatabaseUnavailable(error)) return problemResponse("unavailable", "The database cannot be reached. Nothing was written; try again shortly.", { headers: { "Retry-After": "5" } });
  const id = randomUUID();
  console.error(`API error ${id}`, error);
  return problemResponse("internal", `Something went wrong on our side. Quote error id ${id} when you report it.`);
}

export function apiHandler(operation: ApiOperation, handle: (request: ApiRequest) => Promise<Response>) {
  const scope = operation.scope;

  /** The answer to a caller whose token is known: rate limit, scope, then the operation. */
  async function answer(request: Request, context: RouteContext | undefined, caller: TokenCaller): Promise<Response> {
    try {
      const limit = await consumeRequest(caller.actor.token.id);
      const limitHeaders = rateLimitHeaders(limit);
      if (limit.limited) {
        return problemResponse("rate-limited", `This token made more than ${limit.limit} requests in a minute. Wait ${limit.resetSeconds} s.`, {
          headers: { ...limitHeaders, "Retry-After": String(limit.resetSeconds) },
        });
      }
      if (scope && !caller.scopes.includes(scope)) {
        return problemResponse("forbidden", `This token lacks the “${scopeNames[scope]}” scope that this operation needs.`, {
          headers: { ...limitHeaders, "WWW-Authenticate": `${REALM}, error="insufficient_scope", scope="${scopeNames[scope]}"` },
        });
      }
      const response = await handle({ request, url: new URL(request.url), caller, params: await paramsOf(context) });
      return withHeaders(response, limitHeaders);
    } catch (error) {
      return unexpected(error);
    }
  }

  return async function apiRoute(request: Request, context?: RouteContext): Promise<Response> {
    const started = performance.now();
    let caller: TokenCaller | null;
    try {
      const token = parseBearer(request.headers.get("authorization"));
      caller = token ? await authenticateApiToken(token) : null;
      if (!caller) {
        // RFC 6750 §3: no error code when no credentials were sent.
        const challenge = token ? `${REALM}, error="invalid_token"` : REALM;
        const detail = token
          ? "The token is unknown, revoked or expired, or its creator is no longer an owner or DPO of the organisation."
          : "Send an API token as `Authorization: Bearer ropa_…`. Owners and DPOs create tokens in Settings → API.";
        return problemResponse("unauthorized", detail, { headers: { "WWW-Authenticate": challenge } });
      }
    } catch (error) {
      return unexpected(error);
    }
    const response = await answer(request, context, caller);
    // Every answer once the token is known, refusals included; awaited so
    // the row is there when the caller looks, but it never changes the answer.
    await recordApiCall(db, {
      organisationId: caller.actor.organisation.id,
      tokenId: caller.actor.token.id,
      method: request.method,
      url: new URL(request.url),
      status: response.status,
      durationMs: performance.now() - started,
    });
    return response;
  };
}
