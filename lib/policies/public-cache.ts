/**
 * What the public policy pages keep in memory, measured in
 * docs/benchmarks.md ("Public policy page under load"): without it each
 * request read the version's stored document and HTML (several hundred kB),
 * built the JSON-LD and the page and encoded it again, and the server managed
 * a fraction of its throughput.
 *
 * - Rendered pages, as bytes, under a key that names everything the page
 *   shows (see public-routes.ts). A published version never changes, so a
 *   page never goes stale; the cache is bounded by size, least recently used
 *   out first, so that varied Host headers cannot grow it.
 * - Which versions a policy has, for one second. The latest address may thus
 *   show the previous version for up to a second after a publication; it is
 *   served with max-age=300 (lib/policies/http.ts), so readers behind any
 *   cache see that delay and more anyway.
 */
import "server-only";
import { getPublicPolicy, type PublicPolicy } from "./public-queries";

export const POLICY_TTL_MS = 1000;
const PAGES_MAX_BYTES = 64_000_000;
const POLICIES_MAX = 1000;

const pages = new Map<string, Uint8Array<ArrayBuffer>>();
let pageBytes = 0;

/** The page under `key`, rendered by `render` on a miss; null when `render` finds nothing to show. */
export async function cachedPage(key: string, render: () => Promise<string | null>): Promise<Uint8Array<ArrayBuffer> | null> {
  const hit = pages.get(key);
  if (hit) {
    // Most recently used last: eviction below takes from the front.
    pages.delete(key);
    pages.set(key, hit);
    return hit;
  }
  const page = await render();
  if (page === null) return null;
  const bytes = new TextEncoder().encode(page);
  if (bytes.byteLength > PAGES_MAX_BYTES) return bytes;
  pages.set(key, bytes);
  pageBytes += bytes.byteLength;
  for (const [oldest, value] of pages) {
    if (pageBytes <= PAGES_MAX_BYTES) break;
    pages.delete(oldest);
    pageBytes -= value.byteLength;
  }
  return bytes;
}

const policies = new Map<string, { policy: PublicPolicy; until: number }>();

/** getPublicPolicy, remembered for POLICY_TTL_MS; an unknown address is asked again every time. */
export async function recentPublicPolicy(orgSlug: string, policySlug: string, now = Date.now()): Promise<PublicPolicy | null> {
  const key = JSON.stringify([orgSlug, policySlug]);
  const known = policies.get(key);
  if (known && known.until > now) return known.policy;
  const policy = await getPublicPolicy(orgSlug, policySlug);
  policies.delete(key);
  if (!policy) return null;
  policies.set(key, { policy, until: now + POLICY_TTL_MS });
  if (policies.size > POLICIES_MAX) policies.delete(policies.keys().next().value!);
  return policy;
}
