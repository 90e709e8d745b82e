/**
 * Cursor paging of list endpoints: `?limit=` (1-100, default 25) and the
 * opaque `?cursor=` of the previous page's `next` link, which the body and
 * the `Link` header (RFC 8288, rel="next") both carry.
 */
import { z } from "zod";
import { decodeCursor, encodeCursor } from "./cursor";

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;

export const pagingQuery = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).meta({ description: `Rows per page, 1-${MAX_LIMIT}.` }),
  cursor: z.string().max(1_000).optional().meta({ description: "The opaque cursor from the previous page's `next` link." }),
};

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    next: z.string().nullable().meta({ description: "The address of the next page, or null on the last page." }),
  });

/** The cursor's position, or null for the first page; undefined when the cursor is not one of ours. */
export function cursorPosition(cursor: string | undefined, arity: number): string[] | null | undefined {
  if (cursor === undefined || cursor === "") return null;
  return decodeCursor(cursor, arity) ?? undefined;
}

/** The next page's address (path and query, relative to the API's origin), keeping the filters. */
export function nextLink(url: URL, lastPosition: string[] | null): string | null {
  if (!lastPosition) return null;
  const next = new URL(url);
  next.searchParams.set("cursor", encodeCursor(lastPosition));
  return `${next.pathname}${next.search}`;
}

export function linkHeader(next: string | null): Record<string, string> {
  return next ? { Link: `<${next}>; rel="next"` } : {};
}
