/**
 * The opaque cursor of list endpoints: the sort key of the last row served,
 * as base64url JSON. The next page starts after it (keyset paging), so rows
 * added or removed meanwhile never shift a page the way an offset would.
 * Clients must treat it as opaque; it is not signed because it only narrows
 * a query that is scoped to the caller's organisation anyway.
 */

const MAX_CURSOR = 1_000;
const MAX_PART = 500;

export function encodeCursor(parts: readonly string[]): string {
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

/** The cursor's parts when it is one of ours with `arity` strings, else null (a 400 for the client). */
export function decodeCursor(cursor: string, arity: number): string[] | null {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== arity) return null;
  if (!parsed.every((part) => typeof part === "string" && part.length <= MAX_PART)) return null;
  return parsed as string[];
}
