import "server-only";
import { db } from "@/lib/db";

export type ApiTokenStatus = "active" | "expired" | "revoked";

export function apiTokenStatus(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date = new Date()): ApiTokenStatus {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

/** The organisation's API tokens, newest first, without their hashes. */
export async function listApiTokens(orgId: string, now: Date = new Date()) {
  const rows = await db.apiToken.findMany({
    where: { organisationId: orgId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      scopes: true,
      prefix: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  return rows.map((row) => ({ ...row, status: apiTokenStatus(row, now) }));
}

export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

/** One of the organisation's tokens by id, for its pages; null for another organisation's. */
export async function getApiToken(orgId: string, id: string) {
  return db.apiToken.findFirst({
    where: { id, organisationId: orgId },
    select: { id: true, name: true, prefix: true },
  });
}

/** The latest calls made with one of the organisation's tokens, newest first (lib/api/call-log.ts). */
export async function listApiCalls(orgId: string, tokenId: string, take = 100) {
  return db.apiCall.findMany({
    where: { tokenId, organisationId: orgId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
    select: { id: true, at: true, method: true, path: true, status: true, durationMs: true },
  });
}

export type ApiCallRow = Awaited<ReturnType<typeof listApiCalls>>[number];
