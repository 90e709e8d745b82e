import { createHash } from "node:crypto";

/**
 * The hash of a source text a translation was made from. Stored with the
 * translation; when the source's hash differs, the translation is outdated.
 * Whitespace at the ends does not count as a change.
 */
export function sourceHash(text: string): string {
  return createHash("sha256").update(text.trim(), "utf8").digest("hex").slice(0, 32);
}
