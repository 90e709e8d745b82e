import { openApiDocument } from "@/lib/api/openapi";

/** The OpenAPI document is public: it describes the API, not any organisation's data. */
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
