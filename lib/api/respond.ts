/** Successful answers of the API and reading request bodies. */
import { problemResponse } from "./problem";

export function jsonResponse(body: unknown, init: { status?: number; etag?: string; headers?: Record<string, string>; cacheControl?: string } = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json");
  // The register is the organisation's own business: no shared cache may keep it.
  headers.set("Cache-Control", init.cacheControl ?? "private, no-store");
  if (init.etag) headers.set("ETag", init.etag);
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers });
}

// Far more than any register record; bounds memory per request.
const MAX_BODY_BYTES = 1_000_000;

/** The JSON body, or the problem to answer (415 for another media type, 400 for bad JSON or too large). */
export async function readJsonBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    return { ok: false, response: problemResponse("unsupported-media-type", "Send the body as JSON with `Content-Type: application/json`.") };
  }
  // A declared size over the limit is refused before anything is read.
  if (Number(request.headers.get("content-length")) > MAX_BODY_BYTES) {
    return { ok: false, response: problemResponse("bad-request", `The body is larger than ${MAX_BODY_BYTES.toLocaleString("en")} bytes.`) };
  }
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) {
    return { ok: false, response: problemResponse("bad-request", `The body is larger than ${MAX_BODY_BYTES.toLocaleString("en")} bytes.`) };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: problemResponse("bad-request", "The body is not valid JSON.") };
  }
}
