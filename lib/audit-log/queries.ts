import "server-only";
import { db } from "@/lib/db";

/** The latest audit events, newest first. */
export async function listRecentAuditEvents(orgId: string, take = 50) {
  const rows = await db.auditEvent.findMany({
    where: { organisationId: orgId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      actorEmail: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
  return rows.map(({ actor, ...row }) => ({ ...row, actorName: actor?.name ?? null }));
}

export type AuditEventRow = Awaited<ReturnType<typeof listRecentAuditEvents>>[number];
