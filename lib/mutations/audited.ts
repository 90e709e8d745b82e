/**
 * A change and its audit events in one transaction: either both are stored or
 * neither is, so no change goes unrecorded (Art. 5(2), accountability) and no
 * event records a change that did not happen.
 */
import type { Prisma } from "@prisma/client";
import { recordAudit, type AuditInput } from "@/lib/audit";
import { db as defaultDb, type Db } from "@/lib/db";
import type { Actor } from "./actor";

export type AuditEvent = Omit<AuditInput, "organisationId" | "actor">;
export type Audit = (event: AuditEvent) => Promise<unknown>;

// Prisma's defaults (2 s to obtain a pooled connection, 5 s for the whole
// transaction) are too tight once editors collide: saves of one record queue
// on its row lock (the version check) while holding a pooled connection. With
// 50 editors saving five activities and a pool of ten, 49 of 110 saves ended
// in a 500 (P2028) on a busy two-core machine (scripts/load/editing-load.ts).
// Waiting longer lets them end as what they are: applied or a conflict.
const WRITE_TRANSACTION = { maxWait: 10_000, timeout: 20_000 } as const;

/** Runs the work in one transaction; `audit` records an event of the actor's organisation, by the actor, in it. */
export function writeAudited<T>(actor: Actor, work: (tx: Prisma.TransactionClient, audit: Audit) => Promise<T>, client: Db = defaultDb): Promise<T> {
  return client.$transaction(
    (tx) => work(tx, (event) => recordAudit(tx, { organisationId: actor.organisation.id, actor: actor.user, token: actor.token, ...event })),
    WRITE_TRANSACTION,
  );
}
