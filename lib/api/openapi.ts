/**
 * The OpenAPI 3.1 document of /api/v1, generated from the operations' zod
 * schemas (zod-openapi), so the document cannot drift from what the routes
 * validate. The errors every operation may answer are added here once.
 */
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { z } from "zod";
import { API_BASE, scopeNames, type ApiOperation } from "./operation";
import { API_OPERATIONS } from "./operations";
import { problemSchema } from "./schemas";

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: problemSchema } } });

const rateLimitHeaders = z.object({
  "RateLimit-Limit": z.string().meta({ description: "Requests allowed per minute for this token." }),
  "RateLimit-Remaining": z.string().meta({ description: "Requests left in the current minute." }),
  "RateLimit-Reset": z.string().meta({ description: "Seconds until the count starts again." }),
});

function errorResponses(operation: ApiOperation): ZodOpenApiResponsesObject {
  if (!operation.scope) return {};
  const writes = operation.method !== "get";
  const replaces = operation.method === "put" || operation.method === "patch" || operation.method === "delete";
  return {
    "400": problem("A query parameter, the cursor or the body's JSON is malformed."),
    "401": problem("No token, or one that is unknown, revoked, expired, or whose creator is no longer an owner or DPO."),
    "403": problem("The token lacks the scope, or its creator's role does not allow the change."),
    ...(operation.single ? { "404": problem("No such record in the token's organisation.") } : {}),
    ...(replaces ? { "412": problem("If-Match names a version that is no longer current.") } : {}),
    ...(writes ? { "415": problem("The body is not JSON."), "422": problem("The body breaks a rule; `errors` names each field.") } : {}),
    ...(replaces ? { "428": problem("If-Match is missing.") } : {}),
    "429": { ...problem("Too many requests for this token; see Retry-After."), headers: rateLimitHeaders.extend({ "Retry-After": z.string() }) },
    "500": problem("An unexpected error; the detail names an error id."),
    "503": problem("The database cannot be reached; nothing was written."),
  };
}

function describe(operation: ApiOperation): ZodOpenApiOperationObject {
  const scope = operation.scope ? `Needs a token with the “${scopeNames[operation.scope]}” scope.` : "";
  return {
    ...operation.doc,
    description: [operation.doc.description, scope].filter(Boolean).join(" "),
    security: operation.scope ? [{ bearerAuth: [] }] : [],
    ...(operation.scope ? { "x-scope": scopeNames[operation.scope] } : {}),
    // An operation may describe one of the common errors more precisely (e.g. the findings of a refused publication).
    responses: { ...errorResponses(operation), ...operation.doc.responses },
  };
}

function build() {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of API_OPERATIONS) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: describe(operation) };
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "ROPA register API",
      version: "1.0.0",
      description:
        "The organisation's Art. 30 register. Authenticate with an organisation API token (`Authorization: Bearer ropa_…`), created by an owner or DPO in Settings → API. Requests are limited per token; every answer carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset. Errors are RFC 9457 problem details.",
    },
    servers: [{ url: API_BASE }],
    components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An organisation API token, ropa_…" } } },
    paths,
  });
}

let cached: ReturnType<typeof build> | undefined;

export function openApiDocument() {
  cached ??= build();
  return cached;
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
