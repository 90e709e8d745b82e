/**
 * The organisation's records revision: moved by database triggers when a
 * transaction that changed anything a composed policy or the register's
 * completeness reads commits (migration 20261203080000_records_revision).
 * Results computed from the records are stored with the revision they were
 * computed at and reused while it has not moved.
 *
 * The order matters: read the revision, then compute, then store only if the
 * revision is still the one read (storeAtRevision). A change committed
 * meanwhile moves the revision in the same commit that makes it visible, so a
 * result that may have missed it is never stored as current.
 */
import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";

/** The current revision; 0 for an organisation whose records never changed since the revision was introduced. */
export async function readRecordsRevision(orgId: string): Promise<bigint> {
  const row = await db.recordsRevision.findUnique({ where: { organisationId: orgId }, select: { revision: true } });
  return row?.revision ?? BigInt(0);
}

/** The condition under which a result computed at `revision` may be stored: the revision has not moved since. */
export const stillAtRevision = (orgId: string, revision: bigint) =>
  Prisma.sql`coalesce((SELECT "revision" FROM "RecordsRevision" WHERE "organisationId" = ${orgId}), 0) = ${revision}`;

/**
 * Runs the store statement; a result that cannot be stored (the row it
 * belongs to was deleted meanwhile) is simply not cached: the next reader
 * computes again.
 */
export async function storeAtRevision(statement: Prisma.Sql): Promise<boolean> {
  try {
    return (await db.$executeRaw(statement)) > 0;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) return false;
    throw error;
  }
}
