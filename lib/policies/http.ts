/**
 * HTTP caching for the public policy pages. A published version never
 * changes, so its hash is a strong ETag and its creation time the
 * Last-Modified; a CDN or browser revalidating gets 304 Not Modified without
 * a body. Addresses of a numbered version are immutable; the latest-version
 * address and the archive change on publication, so they are cached briefly
 * and served stale while revalidating.
 */
import { createHash } from "node:crypto";
import { renderNotFound } from "@/lib/policies/public-page/shell";
import { PUBLIC_STYLES } from "@/lib/policies/public-page/styles";

export const CACHE_LATEST = "public, max-age=300, stale-while-revalidate=86400";
export const CACHE_IMMUTABLE = "public, max-age=31536000, immutable";
const CACHE_NOT_FOUND = "public, max-age=60";

// The public pages are plain documents without a single script: the policy
// allows nothing but their one inlined stylesheet (by its hash, so an
// injected <style> or style attribute is refused too) and the version form's
// GET to this origin. proxy.ts sets none for /p/ (it only checks the address), so this is the only
// Content-Security-Policy these responses carry.
export const PUBLIC_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(PUBLIC_STYLES).digest("base64")}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = { "Content-Security-Policy": PUBLIC_CSP, "X-Content-Type-Options": "nosniff" };

export type Cacheable = {
  /** Without quotes: a content hash. */
  etag: string;
  lastModified: Date;
  cacheControl: string;
  contentType: string;
  /** Bytes where the caller keeps an encoded page: a string is encoded again on every response. */
  body: () => string | Uint8Array<ArrayBuffer>;
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
    ...SECURITY_HEADERS,
    ...content.headers,
  });
  if (isNotModified(request.headers, content.etag, content.lastModified)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", content.contentType);
  return new Response(request.method === "HEAD" ? null : content.body(), { status: 200, headers });
}

export function notFoundResponse(): Response {
  return new Response(renderNotFound(), {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": CACHE_NOT_FOUND, ...SECURITY_HEADERS },
  });
}

/**
 * A permanent redirect to `location` (a path on this origin: RFC 9110
 * §10.2.2 resolves a relative Location against the request's own address),
 * with the same headers as every other public response.
 */
export function redirectResponse(location: string): Response {
  return new Response(null, { status: 301, headers: { Location: location, "Cache-Control": CACHE_LATEST, ...SECURITY_HEADERS } });
}

/** A version number from the address: digits only, else null (a 404). */
export function parseVersionNumber(value: string | null | undefined): number | null {
  if (!value || !/^[1-9][0-9]{0,8}$/.test(value)) return null;
  return Number(value);
}
