/**
 * Reading `Authorization: Bearer <token>` (RFC 6750 §2.1, RFC 9110 §11.4):
 * the scheme is case-insensitive, one or more spaces, then a token68. Anything
 * else is no credential at all, answered with 401 like a missing header.
 */

// Far longer than any token of ours; a bound keeps the work per request small.
const MAX_HEADER = 512;
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/** The bearer token of the header, or null when there is none or it is malformed. */
export function parseBearer(header: string | null | undefined): string | null {
  if (!header || header.length > MAX_HEADER) return null;
  return BEARER.exec(header)?.[1] ?? null;
}
