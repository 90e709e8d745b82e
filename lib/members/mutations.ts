/**
 * Managing who has access to an organisation: invitations, role changes and
 * removals. Only owners may do any of this, and an organisation never loses
 * its last owner. Each change writes its audit event in the same transaction.
 * Plain functions taking the acting member, so tests call them directly; the
 * server actions in actions.ts run the guard first and then call these.
 */
import { message } from "@/lib/i18n/message";
import "server-only";
import { Prisma, type Role } from "@prisma/client";
import { db } from "@/lib/db";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { failure, type MutationResult } from "@/lib/mutations/result";
import { changeRoleSchema, inviteSchema, removeMemberSchema, revokeInvitationSchema } from "./schema";
import { createInvitationToken, invitationExpiry, invitationStatus } from "./tokens";

const OWNERS_ONLY = "Only owners of the organisation can manage members.";
const NOT_FOUND_MEMBER = failure("not-found", { formError: message("members.errors.memberNotFound") });

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
export async function inviteMember(actor: Actor, input: unknown, now: Date = new Date()): Promise<MutationResult<{ invitation: CreatedInvitation }>> {
  const refused = refuseRole(actor, "OWNER", OWNERS_ONLY);
  if (refused) return refused;
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsFrom(parsed.error) });
  const { email, role } = parsed.data;
  const organisationId = actor.organisation.id;

  const member = await db.membership.findFirst({ where: { organisationId, user: { email } }, select: { id: true } });
  if (member) return failure("invalid", { fieldErrors: { email: message("members.errors.alreadyMember", { email }) } });

  const { token, tokenHash } = createInvitationToken();
  const invitation = await writeAudited(actor, async (tx, audit) => {
    // A new link for the same address replaces the earlier ones, so only one can be used.
    const earlier = await tx.invitation.findMany({
      where: { organisationId, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    for (const old of earlier) {
      await tx.invitation.update({ where: { id: old.id }, data: { revokedAt: now } });
      await audit({
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
    await audit({ action: "CREATE", entityType: "Invitation", entityId: created.id, after: created });
    return created;
  });
  return { ok: true, invitation: { ...invitation, token } };
}

export async function revokeInvitation(actor: Actor, input: unknown, now: Date = new Date()): Promise<MutationResult> {
  const refused = refuseRole(actor, "OWNER", OWNERS_ONLY);
  if (refused) return refused;
  const parsed = revokeInvitationSchema.safeParse(input);
  if (!parsed.success) return failure("invalid", { formError: message("members.errors.chooseInvitation") });
  const organisationId = actor.organisation.id;
  return writeAudited(actor, async (tx, audit): Promise<MutationResult> => {
    const invitation = await tx.invitation.findFirst({
      where: { id: parsed.data.invitationId, organisationId },
      select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true },
    });
    if (!invitation) return failure("not-found", { formError: message("members.errors.invitationNotFound") });
    const status = invitationStatus(invitation, now);
    if (status !== "pending") return failure("refused", { formError: message("members.errors.invitationNotPending", { email: invitation.email, status }) });
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: now } });
    const snapshot = { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
    await audit({
      action: "REVOKE",
      entityType: "Invitation",
      entityId: invitation.id,
      before: { ...snapshot, revokedAt: null },
      after: { ...snapshot, revokedAt: now },
    });
    return { ok: true };
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
  const refused = refuseRole(actor, "OWNER", OWNERS_ONLY);
  if (refused) return refused;
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsFrom(parsed.error) });
  const organisationId = actor.organisation.id;
  const { membershipId, role } = parsed.data;
  return writeAudited(actor, async (tx, audit): Promise<MutationResult<{ role: Role }>> => {
    await lockOrganisation(tx, organisationId);
    const membership = await findMembership(tx, organisationId, membershipId);
    if (!membership) return NOT_FOUND_MEMBER;
    if (membership.role === role) return { ok: true, role };
    if (membership.role === "OWNER" && (await ownerCount(tx, organisationId)) <= 1) {
      return failure("refused", { formError: lastOwnerMessage(membership.user.email, membership.userId === actor.user.id, "demote") });
    }
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    const who = { email: membership.user.email, name: membership.user.name };
    await audit({
      action: "UPDATE",
      entityType: "Membership",
      entityId: membership.id,
      before: { ...who, role: membership.role },
      after: { ...who, role },
    });
    return { ok: true, role };
  });
}

/**
 * Ends a member's access. Sessions are not revoked one by one: every request
 * re-reads the memberships (requireMember), so the removed user's next
 * request no longer reaches this organisation.
 */
export async function removeMember(actor: Actor, input: unknown): Promise<MutationResult<{ email: string }>> {
  const refused = refuseRole(actor, "OWNER", OWNERS_ONLY);
  if (refused) return refused;
  const parsed = removeMemberSchema.safeParse(input);
  if (!parsed.success) return NOT_FOUND_MEMBER;
  const organisationId = actor.organisation.id;
  return writeAudited(actor, async (tx, audit): Promise<MutationResult<{ email: string }>> => {
    await lockOrganisation(tx, organisationId);
    const membership = await findMembership(tx, organisationId, parsed.data.membershipId);
    if (!membership) return NOT_FOUND_MEMBER;
    if (membership.role === "OWNER" && (await ownerCount(tx, organisationId)) <= 1) {
      return failure("refused", { formError: lastOwnerMessage(membership.user.email, membership.userId === actor.user.id, "remove") });
    }
    await tx.membership.delete({ where: { id: membership.id } });
    await audit({
      action: "DELETE",
      entityType: "Membership",
      entityId: membership.id,
      before: { email: membership.user.email, name: membership.user.name, role: membership.role },
    });
    return { ok: true, email: membership.user.email };
  });
}
