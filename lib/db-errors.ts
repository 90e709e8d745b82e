/**
 * The one reading of Prisma's known request errors that writes react to:
 * P2002 a unique key is taken, P2003 a foreign key points nowhere (the row
 * it names was deleted meanwhile), P2025 the row to change is gone. Every
 * mutation asks here instead of comparing error codes itself, so a new code
 * (or a new Prisma version renaming one) is handled in one place.
 */
import { Prisma } from "@prisma/client";

export type DatabaseErrorKind = "unique" | "foreign-key" | "not-found";

const kinds: Record<string, DatabaseErrorKind> = { P2002: "unique", P2003: "foreign-key", P2025: "not-found" };

/** What a failed write ran into, or null for any other error (which the caller rethrows). */
export function databaseErrorKind(error: unknown): DatabaseErrorKind | null {
  return error instanceof Prisma.PrismaClientKnownRequestError ? (kinds[error.code] ?? null) : null;
}

/** A unique key is already taken (e.g. a name or reference used twice). */
export const isUniqueViolation = (error: unknown): boolean => databaseErrorKind(error) === "unique";

/** The row to change no longer exists. */
export const isNotFound = (error: unknown): boolean => databaseErrorKind(error) === "not-found";

/** The row is gone, or a row it refers to was deleted meanwhile. */
export const isGone = (error: unknown): boolean => {
  const kind = databaseErrorKind(error);
  return kind === "not-found" || kind === "foreign-key";
};
