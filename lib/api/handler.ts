/**
 * The one wrapper of every /api/v1 route: it authenticates the bearer token,
 * rate-limits per token, checks the operation's scope, runs the operation
 * and answers every failure as a problem (lib/api/problem.ts). Operations
 * only deal with their resource.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { authenticateApiToken, type TokenCaller } from "@/lib/api-tokens/authenticate";
import { isDatabaseUnavailable } from "@/lib/forms/database-outage";
import { parseBearer } from "./authorization";
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
  return async function apiRoute(request: Request, context?: RouteContext): Promise<Response> {
    try {
      const token = parseBearer(request.headers.get("authorization"));
      const caller = token ? await authenticateApiToken(token) : null;
      if (!caller) {
        // RFC 6750 §3: no error code when no credentials were sent.
        const challenge = token ? `${REALM}, error="invalid_token"` : REALM;
        const detail = token
          ? "The token is unknown, revoked or expired, or its creator is no longer an owner or DPO of the organisation."
          : "Send an API token as `Authorization: Bearer ropa_…`. Owners and DPOs create tokens in Settings → API.";
        return problemResponse("unauthorized", detail, { headers: { "WWW-Authenticate": challenge } });
      }
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
  };
}
