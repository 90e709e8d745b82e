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
 * - Comparisons of two versions (compare page), under the pair of content
 *   hashes, bounded by size the same way: the diff is the costliest thing a
 *   public page computes, so it is computed once per pair.
 * - Which versions a policy has, for one second. The latest address may thus
 *   show the previous version for up to a second after a publication; it is
 *   served with max-age=300 (lib/policies/http.ts), so readers behind any
 *   cache see that delay and more anyway.
 */
import "server-only";
import type { RedlineSection, SemanticChange } from "./diff";
import { getPublicPolicy, type PublicPolicy } from "./public-queries";

export const POLICY_TTL_MS = 1000;
const PAGES_MAX_BYTES = 64_000_000;
const COMPARISONS_MAX_BYTES = 32_000_000;
const POLICIES_MAX = 1000;

/**
 * A map bounded by the summed size of its values, least recently used out
 * first. Concurrent misses of one key share one computation: a burst of
 * requests for a page not yet in memory renders it once, not once each.
 */
class BoundedCache<T> {
  private readonly entries = new Map<string, { value: T; size: number }>();
  private readonly pending = new Map<string, Promise<T | null>>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly sizeOf: (value: T) => number,
  ) {}

  async get(key: string, compute: () => Promise<T | null>): Promise<T | null> {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last: eviction below takes from the front.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const running = this.pending.get(key);
    if (running) return running;
    const computed = compute()
      .then((value) => {
        if (value !== null) this.keep(key, value);
        return value;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, computed);
    return computed;
  }

  private keep(key: string, value: T) {
    const size = this.sizeOf(value);
    if (size > this.maxBytes) return;
    this.entries.set(key, { value, size });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.size;
    }
  }
}

const pages = new BoundedCache<Uint8Array<ArrayBuffer>>(PAGES_MAX_BYTES, (page) => page.byteLength);

/** The page under `key`, rendered by `render` on a miss; null when `render` finds nothing to show. */
export async function cachedPage(key: string, render: () => Promise<string | null>): Promise<Uint8Array<ArrayBuffer> | null> {
  return pages.get(key, async () => {
    const page = await render();
    return page === null ? null : new TextEncoder().encode(page);
  });
}

export type Comparison = { changes: SemanticChange[]; sections: RedlineSection[] };

// About two bytes per character of the texts a comparison holds.
const comparisonSize = (comparison: Comparison) =>
  2 * comparison.sections.reduce((sum, section) => sum + section.parts.reduce((text, part) => text + part.value.length, 0), 0) + 200 * comparison.changes.length;

const comparisons = new BoundedCache<Comparison>(COMPARISONS_MAX_BYTES, comparisonSize);

/**
 * The comparison of two published versions, computed once per pair of
 * contents (versions never change) and kept while memory allows: a new
 * publication changes the compare page's version form, not the comparisons
 * of older pairs.
 */
export async function cachedComparison(fromHash: string, toHash: string, compute: () => Promise<Comparison | null>): Promise<Comparison | null> {
  return comparisons.get(JSON.stringify([fromHash, toHash]), compute);
}

const policies = new Map<string, { policy: PublicPolicy; until: number }>();

/** getPublicPolicy in a language (null: the plain address's), remembered for POLICY_TTL_MS; an unknown address is asked again every time. */
export async function recentPublicPolicy(orgSlug: string, policySlug: string, language: string | null = null, now = Date.now()): Promise<PublicPolicy | null> {
  const key = JSON.stringify([orgSlug, policySlug, language]);
  const known = policies.get(key);
  if (known && known.until > now) return known.policy;
  const policy = await getPublicPolicy(orgSlug, policySlug, language);
  policies.delete(key);
  if (!policy) return null;
  policies.set(key, { policy, until: now + POLICY_TTL_MS });
  if (policies.size > POLICIES_MAX) policies.delete(policies.keys().next().value!);
  return policy;
}
