/**
 * HTTP caching for the public policy pages. A published version never
 * changes, so its hash is a strong ETag and its creation time the
 * Last-Modified; a CDN or browser revalidating gets 304 Not Modified without
 * a body. Addresses of a numbered version are immutable; the latest-version
 * address and the archive change on publication, so they are cached briefly
 * and served stale while revalidating.
 */
import { renderNotFound } from "@/components/public-policy/shell";

export const CACHE_LATEST = "public, max-age=300, stale-while-revalidate=86400";
export const CACHE_IMMUTABLE = "public, max-age=31536000, immutable";
const CACHE_NOT_FOUND = "public, max-age=60";

export type Cacheable = {
  /** Without quotes: a content hash. */
  etag: string;
  lastModified: Date;
  cacheControl: string;
  contentType: string;
  body: () => string;
  /** E.g. CORS for the machine-readable JSON. */
  headers?: Record<string, string>;
};

const quoted = (etag: string) => `"${etag}"`;

/** RFC 9110 §13.1.2: a weak comparison of the listed tags; "*" matches any. */
function matchesEtag(header: string, etag: string): boolean {
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === quoted(etag));
}

/** Whether the client's copy is still current. If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2). */
export function isNotModified(headers: Headers, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch) return matchesEtag(ifNoneMatch, etag);
  const ifModifiedSince = headers.get("if-modified-since");
  if (!ifModifiedSince) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export function cachedResponse(request: Request, content: Cacheable): Response {
  const headers = new Headers({
    ETag: quoted(content.etag),
    "Last-Modified": content.lastModified.toUTCString(),
    "Cache-Control": content.cacheControl,
    Vary: "Accept-Encoding",
    ...content.headers,
  });
  if (isNotModified(request.headers, content.etag, content.lastModified)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", content.contentType);
  headers.set("X-Content-Type-Options", "nosniff");
  return new Response(request.method === "HEAD" ? null : content.body(), { status: 200, headers });
}

export function notFoundResponse(): Response {
  return new Response(renderNotFound(), {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": CACHE_NOT_FOUND, "X-Content-Type-Options": "nosniff" },
  });
}

/** A version number from the address: digits only, else null (a 404). */
export function parseVersionNumber(value: string | null | undefined): number | null {
  if (!value || !/^[1-9][0-9]{0,8}$/.test(value)) return null;
  return Number(value);
}
