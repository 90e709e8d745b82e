/**
 * The audit trail: who changed what, when, with the state before and after.
 * Always called with the transaction client of the change it records, so the
 * event and the change commit or roll back together.
 *
 * When the transaction commits, the database links each event into its
 * organisation's hash chain (sequence, previousHash, hash: triggers of the
 * "audit_chain" migrations, which cover every writer, not only this one);
 * lib/audit-chain verifies it.
 */
import type { Prisma } from "@prisma/client";
import { enqueueForAudit } from "@/lib/webhooks/enqueue";

type AuditAction = "CREATE" | "UPDATE" | "DELETE" | "PUBLISH" | "EXPORT" | "IMPORT" | "LOGIN" | string;

export type AuditInput = {
  organisationId: string;
  actor: { id: string; email: string } | null;
  /** The API token the change came through, if any. */
  token?: { id: string; name: string };
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

// Dates become ISO strings and undefined disappears, as JSON would have it.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

// actorEmail is inside the hash chain, so naming the token there makes the
// attribution of an API change as tamper-evident as the change itself.
function actorLabel(input: AuditInput): string {
  const email = input.actor?.email ?? "system";
  return input.token ? `${email} via API token "${input.token.name}"` : email;
}

export async function recordAudit(tx: Prisma.TransactionClient, input: AuditInput) {
  const event = await tx.auditEvent.create({
    data: {
      organisationId: input.organisationId,
      actorId: input.actor?.id ?? null,
      actorEmail: actorLabel(input),
      apiTokenId: input.token?.id ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: toJson(input.before),
      after: toJson(input.after),
    },
  });
  // Changes that webhooks report (lib/webhooks/events.ts) are queued here, in the change's transaction.
  await enqueueForAudit(tx, input);
  return event;
}
