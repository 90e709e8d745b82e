/**
 * A change and its audit events in one transaction: either both are stored or
 * neither is, so no change goes unrecorded (Art. 5(2), accountability) and no
 * event records a change that did not happen.
 */
import type { Prisma } from "@prisma/client";
import { recordAudit, type AuditInput } from "@/lib/audit";
import { db as defaultDb, type Db } from "@/lib/db";
import type { Actor } from "./actor";
import type { MutationFailure } from "./result";

type AuditEvent = Omit<AuditInput, "organisationId" | "actor">;
export type Audit = (event: AuditEvent) => Promise<unknown>;

// Prisma's defaults (2 s to obtain a pooled connection, 5 s for the whole
// transaction) are too tight once editors collide: saves of one record queue
// on its row lock (the version check) while holding a pooled connection. With
// 50 editors saving five activities and a pool of ten, 49 of 110 saves ended
// in a 500 (P2028) on a busy two-core machine (scripts/load/editing-load.ts).
// Waiting longer lets them end as what they are: applied or a conflict.
const WRITE_TRANSACTION = { maxWait: 10_000, timeout: 20_000 } as const;

/**
 * Thrown by the work to undo everything it wrote so far and answer with the
 * failure instead: a batch (bulk change, import) is all or nothing, and a
 * failure found half-way must not leave the first half stored.
 */
export class RollBack extends Error {
  constructor(readonly failure: MutationFailure) {
    super(failure.formError ?? failure.kind);
  }
}

export type WriteOptions = {
  /** The whole transaction's limit, for batches that write many records at once. */
  timeout?: number;
  client?: Db;
};

/** What `writeAudited` answers: the work's answer, or the failure of a `RollBack` when the work answers with a result. */
export type Written<T> = T extends { ok: boolean } ? T | MutationFailure : T;

/**
 * Runs the work in one transaction; `audit` records an event of the actor's
 * organisation, by the actor, in it. A `RollBack` thrown by work that answers
 * with a mutation result ends the transaction without a trace, and its
 * failure is the answer.
 */
export async function writeAudited<T>(
  actor: Actor,
  work: (tx: Prisma.TransactionClient, audit: Audit) => Promise<T>,
  { timeout = WRITE_TRANSACTION.timeout, client = defaultDb }: WriteOptions = {},
): Promise<Written<T>> {
  try {
    return await client.$transaction<Written<T>>(
      (tx) => work(tx, (event) => recordAudit(tx, { organisationId: actor.organisation.id, actor: actor.user, token: actor.token, ...event })) as Promise<Written<T>>,
      { ...WRITE_TRANSACTION, timeout },
    );
  } catch (error) {
    if (error instanceof RollBack) return error.failure as Written<T>;
    throw error;
  }
}
