import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AUDIT_PAGE_SIZE, auditDateRange, type AuditFilter } from "./filter";

const eventSelect = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  actorEmail: true,
  createdAt: true,
  before: true,
  after: true,
  actor: { select: { name: true } },
} satisfies Prisma.AuditEventSelect;

type RawEvent = Prisma.AuditEventGetPayload<{ select: typeof eventSelect }>;

/**
 * Which of the events' records still exist, so that only those are linked
 * (a deleted activity's events stay readable, but its page is gone).
 */
async function existingRecordIds(orgId: string, events: { entityType: string; entityId: string }[]): Promise<Set<string>> {
  const idsOf = (type: string) => [...new Set(events.filter((event) => event.entityType === type).map((event) => event.entityId))];
  const where = (ids: string[]) => ({ organisationId: orgId, id: { in: ids } });
  const select = { id: true } as const;
  const lookups: Promise<{ id: string }[]>[] = [];
  const add = (type: string, find: (ids: string[]) => Promise<{ id: string }[]>) => {
    const ids = idsOf(type);
    if (ids.length > 0) lookups.push(find(ids));
  };
  add("ProcessingActivity", (ids) => db.processingActivity.findMany({ where: where(ids), select }));
  add("Recipient", (ids) => db.recipient.findMany({ where: where(ids), select }));
  add("LegalBasis", (ids) => db.legalBasis.findMany({ where: where(ids), select }));
  add("DataCategory", (ids) => db.dataCategory.findMany({ where: where(ids), select }));
  add("DataSubjectCategory", (ids) => db.dataSubjectCategory.findMany({ where: where(ids), select }));
  add("SecurityMeasure", (ids) => db.securityMeasure.findMany({ where: where(ids), select }));
  const found = (await Promise.all(lookups)).flat();
  return new Set(found.map((row) => row.id));
}

function toRow({ actor, ...event }: RawEvent, existing: Set<string>) {
  return { ...event, actorName: actor?.name ?? null, recordExists: existing.has(event.entityId) };
}

export type AuditEventRow = ReturnType<typeof toRow>;

function whereFor(orgId: string, filter: Omit<AuditFilter, "page">): Prisma.AuditEventWhereInput {
  return {
    organisationId: orgId,
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.actor ? { actorEmail: filter.actor } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(auditDateRange(filter) ? { createdAt: auditDateRange(filter) } : {}),
  };
}

/** One page of the organisation's audit log, newest first. A page past the end shows the last page. */
export async function listAuditEvents(orgId: string, filter: AuditFilter, pageSize = AUDIT_PAGE_SIZE) {
  const where = whereFor(orgId, filter);
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filter.page), pageCount);
  const events = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: eventSelect,
  });
  const existing = await existingRecordIds(orgId, events);
  return { events: events.map((event) => toRow(event, existing)), total, page, pageCount, pageSize };
}

/** The values the filters can take in this organisation's log. */
export async function listAuditFilterOptions(orgId: string) {
  const [types, actions, actors] = await Promise.all([
    db.auditEvent.findMany({ where: { organisationId: orgId }, distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
    db.auditEvent.findMany({ where: { organisationId: orgId }, distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditEvent.findMany({
      where: { organisationId: orgId },
      distinct: ["actorEmail"],
      select: { actorEmail: true, actor: { select: { name: true } } },
      orderBy: { actorEmail: "asc" },
    }),
  ]);
  return {
    entityTypes: types.map((row) => row.entityType),
    actions: actions.map((row) => row.action),
    actors: actors.map((row) => ({ email: row.actorEmail, name: row.actor?.name ?? null })),
  };
}

export type AuditFilterOptions = Awaited<ReturnType<typeof listAuditFilterOptions>>;

export const HISTORY_LIMIT = 500;

/** Every event of one record, newest first (up to HISTORY_LIMIT). */
export async function listRecordHistory(orgId: string, entityType: string, entityId: string) {
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where: { organisationId: orgId, entityType, entityId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HISTORY_LIMIT,
      select: eventSelect,
    }),
    db.auditEvent.count({ where: { organisationId: orgId, entityType, entityId } }),
  ]);
  const existing = await existingRecordIds(orgId, events);
  return { events: events.map((event) => toRow(event, existing)), total };
}

export type HistorySubject = { id: string; title: string; version: number } | null;

/** The record a History tab belongs to, or null when it is not in this organisation. */
export async function getHistorySubject(orgId: string, entityType: "ProcessingActivity" | "Recipient", id: string): Promise<HistorySubject> {
  if (entityType === "ProcessingActivity") {
    const activity = await db.processingActivity.findFirst({ where: { id, organisationId: orgId }, select: { id: true, reference: true, name: true, version: true } });
    return activity ? { id: activity.id, title: `${activity.reference} ${activity.name}`, version: activity.version } : null;
  }
  const recipient = await db.recipient.findFirst({ where: { id, organisationId: orgId }, select: { id: true, name: true, version: true } });
  return recipient ? { id: recipient.id, title: recipient.name, version: recipient.version } : null;
}
