/**
 * The content hash of a published version: SHA-256 over a canonical JSON of
 * the policy document (object keys sorted, no whitespace), so the same content
 * always hashes the same whatever order its keys were built in. It identifies
 * identical content (publishing it twice is refused) and is the public pages'
 * ETag.
 */
import { createHash } from "node:crypto";

/** JSON with object keys sorted at every level; undefined members are dropped, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object") {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) sorted[key] = sortKeys(member);
    }
    return sorted;
  }
  return value;
}

export function contentHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}
