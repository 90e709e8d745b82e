/**
 * Entity tags from a record's version, the same number the forms use for
 * optimistic concurrency. They are strong tags because If-Match compares
 * strongly (RFC 9110 §13.1.1): a weak tag could never match.
 */

export function etagOf(version: number): string {
  return `"${version}"`;
}

export type IfMatch = { kind: "missing" } | { kind: "any" } | { kind: "versions"; versions: number[] };

const TAG = /^"(\d{1,10})"$/;

/** The versions an If-Match header accepts; tags that are not ours match nothing. */
export function parseIfMatch(header: string | null): IfMatch {
  if (header === null || header.trim() === "") return { kind: "missing" };
  if (header.trim() === "*") return { kind: "any" };
  const versions = header
    .slice(0, 1_000)
    .split(",")
    .map((tag) => TAG.exec(tag.trim())?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number);
  return { kind: "versions", versions };
}
