import "server-only";
import type { Role } from "@prisma/client";
import { db } from "@/lib/db";
import { hashInvitationToken, invitationStatus, type InvitationStatus } from "./tokens";

const roleOrder: Record<Role, number> = { OWNER: 0, DPO: 1, EDITOR: 2, VIEWER: 3 };

/** The organisation's members, owners first, then by name. */
export async function listMembers(orgId: string) {
  const rows = await db.membership.findMany({
    where: { organisationId: orgId },
    select: {
      id: true,
      role: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true, lastLoginAt: true, disabled: true } },
    },
  });
  return rows
    .map(({ user, ...membership }) => ({
      ...membership,
      userId: user.id,
      name: user.name,
      email: user.email,
      lastLoginAt: user.lastLoginAt,
      disabled: user.disabled,
    }))
    .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

/** Invitations that can still be accepted, newest first. */
export async function listPendingInvitations(orgId: string, now: Date = new Date()) {
  return db.invitation.findMany({
    where: { organisationId: orgId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, createdBy: { select: { name: true, email: true } } },
  });
}

export type InvitationRow = Awaited<ReturnType<typeof listPendingInvitations>>[number];

export type InvitationLookup =
  | { found: false }
  | {
      found: true;
      status: InvitationStatus;
      email: string;
      role: Role;
      expiresAt: Date;
      organisationName: string;
    };

/**
 * What the public invitation page may show for a token: nothing beyond the
 * invitation itself. Not whether the address has an account: the owner who
 * made the link can open it too, and would learn it for any address.
 */
export async function findInvitationByToken(token: string, now: Date = new Date()): Promise<InvitationLookup> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { found: false };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, organisation: { select: { legalName: true } } },
  });
  if (!invitation) return { found: false };
  return {
    found: true,
    status: invitationStatus(invitation, now),
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    organisationName: invitation.organisation.legalName,
  };
}
