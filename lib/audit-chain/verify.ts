/**
 * Verifies an organisation's audit chain (see the "audit_chain" migrations):
 * walks its events in sequence order, recomputes each hash in PostgreSQL with
 * the same function the commit trigger used, and checks every link and the
 * chain head. Reports the first problems found, in chain order.
 *
 * The hash is recomputed in SQL rather than in TypeScript because the
 * canonical text is PostgreSQL's own rendering of jsonb: reproducing it
 * outside the database would be a second implementation that could drift.
 * One pass over the (organisationId, sequence) index; see docs/architecture.md
 * for the measured cost.
 */
import type { Prisma } from "@prisma/client";
import { db } from "../db";
import { GENESIS_HASH, MAX_PROBLEMS, problemsOf, type ChainReport, type EventRef, type WalkedRow } from "./problems";

export type { ChainReport } from "./problems";

type Client = Pick<Prisma.TransactionClient, "$queryRaw">;

// Only the rows that break the chain come back, so the cost is the walk, not
// the transfer. The hashes are recomputed first (MATERIALIZED), so that the
// ordering for the window sorts short rows instead of their JSON snapshots.
async function brokenLinks(client: Client, organisationId: string): Promise<WalkedRow[]> {
  return client.$queryRaw<WalkedRow[]>`
    WITH hashed AS MATERIALIZED (
      -- A NULL sequence (an event that bypassed the chain) counts as 0: out of place.
      SELECT e."id", coalesce(e."sequence", 0) AS "sequence", e."createdAt", e."action", e."entityType", e."entityId", e."hash", e."previousHash",
        e."hash" = "audit_event_hash"(e."id", e."organisationId", e."sequence", e."previousHash", e."actorEmail",
          e."action", e."entityType", e."entityId", e."before", e."after", e."createdAt") AS "intact"
      FROM "AuditEvent" e
      WHERE e."organisationId" = ${organisationId}
    ), walked AS (
      SELECT h.*,
        h."previousHash" = coalesce(lag(h."hash") OVER chain, ${GENESIS_HASH}) AS "linked",
        lag(h."sequence") OVER chain AS "previousSequence"
      FROM hashed h
      WINDOW chain AS (ORDER BY h."sequence", h."id")
    )
    SELECT "id", "sequence", "createdAt", "action", "entityType", "entityId", "intact", "linked", "previousSequence"
    FROM walked
    WHERE NOT "intact" OR NOT "linked" OR "sequence" <> coalesce("previousSequence", 0) + 1
    ORDER BY "sequence", "id"
    LIMIT ${MAX_PROBLEMS + 1}`;
}

type Totals = { events: number; headSequence: number | null; headHash: string | null; lastSequence: number | null; lastHash: string | null };

async function totals(client: Client, organisationId: string): Promise<Totals> {
  const [row] = await client.$queryRaw<Totals[]>`
    SELECT
      (SELECT count(*)::int FROM "AuditEvent" WHERE "organisationId" = ${organisationId}) AS "events",
      h."sequence" AS "headSequence", h."hash" AS "headHash",
      last."sequence" AS "lastSequence", last."hash" AS "lastHash"
    FROM (SELECT 1) AS one
    LEFT JOIN "AuditChainHead" h ON h."organisationId" = ${organisationId}
    LEFT JOIN LATERAL (
      SELECT "sequence", "hash" FROM "AuditEvent" WHERE "organisationId" = ${organisationId} AND "sequence" IS NOT NULL
      ORDER BY "sequence" DESC LIMIT 1
    ) AS last ON true`;
  return row;
}

async function lastEvent(client: Client, organisationId: string): Promise<EventRef> {
  const [row] = await client.$queryRaw<EventRef[]>`
    SELECT "id", "sequence", "createdAt", "action", "entityType", "entityId" FROM "AuditEvent"
    WHERE "organisationId" = ${organisationId} AND "sequence" IS NOT NULL ORDER BY "sequence" DESC LIMIT 1`;
  return row;
}

export async function verifyAuditChain(organisationId: string, client: Client = db): Promise<ChainReport> {
  const verifiedAt = new Date();
  const [rows, total] = await Promise.all([brokenLinks(client, organisationId), totals(client, organisationId)]);
  const truncatedWalk = rows.length > MAX_PROBLEMS;
  const problems = rows.slice(0, MAX_PROBLEMS).flatMap(problemsOf);

  const headSequence = total.headSequence ?? 0;
  const lastSequence = total.lastSequence ?? 0;
  if (headSequence > lastSequence) {
    problems.push({ kind: "tail-missing", fromSequence: lastSequence + 1, toSequence: headSequence });
  } else if (lastSequence > headSequence) {
    problems.push({ kind: "head-behind", headSequence, lastSequence });
  } else if (total.lastHash !== null && total.lastHash !== total.headHash) {
    problems.push({ kind: "head-mismatch", event: await lastEvent(client, organisationId) });
  }

  return {
    organisationId,
    events: total.events,
    headSequence,
    headHash: total.headHash,
    intact: problems.length === 0,
    problems: problems.slice(0, MAX_PROBLEMS),
    truncated: truncatedWalk || problems.length > MAX_PROBLEMS,
    verifiedAt,
  };
}
