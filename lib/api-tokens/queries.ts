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
