/**
 * Managing who has access to an organisation: invitations, role changes and
 * removals. Only owners may do any of this, and an organisation never loses
 * its last owner. Each change writes its audit event in the same transaction.
 * Plain functions taking the acting member, so tests call them directly; the
 * server actions in actions.ts run the guard first and then call these.
 */
import "server-only";
import { Prisma, type Role } from "@prisma/client";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/forms/action-state";
import { changeRoleSchema, inviteSchema, removeMemberSchema, revokeInvitationSchema } from "./schema";
import { createInvitationToken, invitationExpiry, invitationStatus } from "./tokens";

/** The part of the signed-in member these functions need (see requireMemberForAction). */
export type Actor = {
  user: { id: string; email: string };
  organisation: { id: string };
  role: Role;
};

export type MutationResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; formError?: string; fieldErrors?: FieldErrors };

const OWNERS_ONLY = "Only owners of the organisation can manage members.";
const NOT_FOUND_MEMBER = "That member was not found in this organisation. Reload the page to see the current members.";

function refuse<T>(formError: string, fieldErrors?: FieldErrors): MutationResult<T> {
  return { ok: false, formError, fieldErrors };
}

/**
 * Serialises membership changes of one organisation, so that two owners
 * demoting each other at the same moment cannot both pass the last-owner check.
 */
async function lockOrganisation(tx: Prisma.TransactionClient, organisationId: string) {
  await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
}

async function ownerCount(tx: Prisma.TransactionClient, organisationId: string) {
  return tx.membership.count({ where: { organisationId, role: "OWNER" } });
}

export type CreatedInvitation = { id: string; email: string; role: Role; expiresAt: Date; token: string };

/** Makes a single-use invitation link; the raw token is returned once and never stored. */
export async function inviteMember(actor: Actor, input: unknown, now: Date = new Date()): Promise<MutationResult<CreatedInvitation>> {
  if (actor.role !== "OWNER") return refuse(OWNERS_ONLY);
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const { email, role } = parsed.data;
  const organisationId = actor.organisation.id;

  const member = await db.membership.findFirst({ where: { organisationId, user: { email } }, select: { id: true } });
  if (member) return { ok: false, fieldErrors: { email: `${email} is already a member. Change their role in the list instead.` } };

  const { token, tokenHash } = createInvitationToken();
  const invitation = await db.$transaction(async (tx) => {
    // A new link for the same address replaces the earlier ones, so only one can be used.
    const earlier = await tx.invitation.findMany({
      where: { organisationId, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    for (const old of earlier) {
      await tx.invitation.update({ where: { id: old.id }, data: { revokedAt: now } });
      await recordAudit(tx, {
        organisationId,
        actor: actor.user,
        action: "REVOKE",
        entityType: "Invitation",
        entityId: old.id,
        before: { ...old, revokedAt: null },
        after: { ...old, revokedAt: now, reason: "Replaced by a new invitation" },
      });
    }
    const created = await tx.invitation.create({
      data: { organisationId, email, role, tokenHash, expiresAt: invitationExpiry(now), createdById: actor.user.id },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await recordAudit(tx, { organisationId, actor: actor.user, action: "CREATE", entityType: "Invitation", entityId: created.id, after: created });
    return created;
  });
  return { ok: true, data: { ...invitation, token } };
}

export async function revokeInvitation(actor: Actor, input: unknown, now: Date = new Date()): Promise<MutationResult> {
  if (actor.role !== "OWNER") return refuse(OWNERS_ONLY);
  const parsed = revokeInvitationSchema.safeParse(input);
  if (!parsed.success) return refuse("Choose an invitation to withdraw.");
  const organisationId = actor.organisation.id;
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: parsed.data.invitationId, organisationId },
      select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true },
    });
    if (!invitation) return refuse("That invitation was not found in this organisation.");
    const status = invitationStatus(invitation, now);
    if (status !== "pending") return refuse(`The invitation for ${invitation.email} is already ${status}; there is nothing to withdraw.`);
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: now } });
    const snapshot = { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
    await recordAudit(tx, {
      organisationId,
      actor: actor.user,
      action: "REVOKE",
      entityType: "Invitation",
      entityId: invitation.id,
      before: { ...snapshot, revokedAt: null },
      after: { ...snapshot, revokedAt: now },
    });
    return { ok: true as const, data: undefined };
  });
}

async function findMembership(tx: Prisma.TransactionClient, organisationId: string, membershipId: string) {
  return tx.membership.findFirst({
    where: { id: membershipId, organisationId },
    select: { id: true, role: true, userId: true, user: { select: { email: true, name: true } } },
  });
}

function lastOwnerMessage(email: string, isSelf: boolean, doing: "demote" | "remove") {
  const who = isSelf ? "You are" : `${email} is`;
  const what = doing === "demote" ? "change this role" : "remove this member";
  return `${who} the only owner of this organisation. Make another member an owner first, then ${what}.`;
}

export async function changeMemberRole(actor: Actor, input: unknown): Promise<MutationResult<{ role: Role }>> {
  if (actor.role !== "OWNER") return refuse(OWNERS_ONLY);
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const organisationId = actor.organisation.id;
  const { membershipId, role } = parsed.data;
  return db.$transaction(async (tx) => {
    await lockOrganisation(tx, organisationId);
    const membership = await findMembership(tx, organisationId, membershipId);
    if (!membership) return refuse<{ role: Role }>(NOT_FOUND_MEMBER);
    if (membership.role === role) return { ok: true as const, data: { role } };
    if (membership.role === "OWNER" && (await ownerCount(tx, organisationId)) <= 1) {
      return refuse<{ role: Role }>(lastOwnerMessage(membership.user.email, membership.userId === actor.user.id, "demote"));
    }
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    const who = { email: membership.user.email, name: membership.user.name };
    await recordAudit(tx, {
      organisationId,
      actor: actor.user,
      action: "UPDATE",
      entityType: "Membership",
      entityId: membership.id,
      before: { ...who, role: membership.role },
      after: { ...who, role },
    });
    return { ok: true as const, data: { role } };
  });
}

/**
 * Ends a member's access. Sessions are not revoked one by one: every request
 * re-reads the memberships (requireMember), so the removed user's next
 * request no longer reaches this organisation.
 */
export async function removeMember(actor: Actor, input: unknown): Promise<MutationResult<{ email: string }>> {
  if (actor.role !== "OWNER") return refuse(OWNERS_ONLY);
  const parsed = removeMemberSchema.safeParse(input);
  if (!parsed.success) return refuse(NOT_FOUND_MEMBER);
  const organisationId = actor.organisation.id;
  return db.$transaction(async (tx) => {
    await lockOrganisation(tx, organisationId);
    const membership = await findMembership(tx, organisationId, parsed.data.membershipId);
    if (!membership) return refuse<{ email: string }>(NOT_FOUND_MEMBER);
    if (membership.role === "OWNER" && (await ownerCount(tx, organisationId)) <= 1) {
      return refuse<{ email: string }>(lastOwnerMessage(membership.user.email, membership.userId === actor.user.id, "remove"));
    }
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAudit(tx, {
      organisationId,
      actor: actor.user,
      action: "DELETE",
      entityType: "Membership",
      entityId: membership.id,
      before: { email: membership.user.email, name: membership.user.name, role: membership.role },
    });
    return { ok: true as const, data: { email: membership.user.email } };
  });
}
