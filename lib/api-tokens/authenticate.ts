/**
 * Who an API token acts as. A token works only while it is neither revoked
 * nor expired and its creator is still an owner or DPO of the organisation
 * (and not disabled): a departed DPO's tokens end with their membership,
 * without anyone having to remember them. The token then acts as its creator
 * with the creator's current role; the scopes limit it further.
 */
import "server-only";
import type { ApiScope } from "@prisma/client";
import { db } from "@/lib/db";
import { hasRole } from "@/lib/auth/roles";
import type { Actor } from "@/lib/mutations/actor";
import { hashApiToken, TOKEN_PATTERN } from "./secret";

export type TokenCaller = { actor: Actor & { token: { id: string; name: string } }; scopes: ApiScope[] };

// lastUsedAt is for people ("used 3 minutes ago"), so a write at most once a
// minute per token is precise enough and keeps a busy client from turning
// every read into a write.
const LAST_USED_PRECISION_MS = 60_000;

export async function authenticateApiToken(token: string, now: Date = new Date()): Promise<TokenCaller | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      name: true,
      scopes: true,
      organisationId: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      createdBy: { select: { id: true, email: true, disabled: true, memberships: { select: { organisationId: true, role: true } } } },
    },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now.getTime())) return null;
  const creator = row.createdBy;
  const membership = creator.memberships.find((m) => m.organisationId === row.organisationId);
  if (creator.disabled || !membership || !hasRole(membership.role, "DPO")) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db.apiToken.updateMany({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return {
    actor: { user: { id: creator.id, email: creator.email }, organisation: { id: row.organisationId }, role: membership.role, token: { id: row.id, name: row.name } },
    scopes: row.scopes,
  };
}
