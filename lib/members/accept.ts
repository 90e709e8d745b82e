/**
 * Accepting an invitation from the public /invite/[token] page. A person
 * without an account chooses their name and password; a person with one
 * confirms it is them with their current password. The invitation is marked
 * accepted in the same statement that checks it is still open, so a link can
 * be used once only, even by two requests at the same moment.
 */
import { message } from "@/lib/i18n/message";
import "server-only";
import { isUniqueViolation } from "@/lib/db-errors";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { checkLoginLimit, recordLoginAttempt, retryAfterText } from "@/lib/auth/login-limit";
import { hashPassword, timingHash, verifyPassword } from "@/lib/auth/password";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import type { Actor } from "@/lib/mutations/actor";
import { RollBack, writeAudited } from "@/lib/mutations/audited";
import { failure, type MutationResult } from "@/lib/mutations/result";
import { acceptInvitationSchema } from "./schema";
import { hashInvitationToken, invitationStatus, invitationStatusMessages } from "./tokens";

const ACCOUNT_EXISTS = (email: string) => message("members.errors.accountExists", { email });

export const INVALID_LINK = message("members.errors.invalidLink");

export type AcceptedInvitation = { email: string; organisationId: string; userId: string; createdUser: boolean };

export async function acceptInvitation(input: unknown, context: { ip?: string; now?: Date } = {}): Promise<MutationResult<AcceptedInvitation>> {
  const now = context.now ?? new Date();
  const ip = context.ip ?? "unknown";
  const parsed = acceptInvitationSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    return failure("invalid", { fieldErrors, formError: fieldErrors.token ? INVALID_LINK : undefined });
  }
  const data = parsed.data;

  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(data.token) },
    select: { id: true, organisationId: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  if (!invitation) return failure("not-found", { formError: INVALID_LINK });
  const status = invitationStatus(invitation, now);
  if (status !== "pending") return failure("refused", { formError: invitationStatusMessages[status] });

  const existing = await db.user.findUnique({
    where: { email: invitation.email },
    select: { id: true, email: true, name: true, passwordHash: true, disabled: true },
  });
  // Whether the invited address has an account is told only to the person
  // who proves they own it (by its password, or by signing in first): the
  // owner who made the link may open it too. A wrong guess at "existing"
  // answers exactly like a wrong password.
  if (existing && data.kind === "new") {
    return failure("refused", { formError: ACCOUNT_EXISTS(invitation.email) });
  }

  let passwordHash: string | undefined;
  if (data.kind === "existing") {
    // The same limits as the sign-in form, or this page would be a way around them.
    const limit = await checkLoginLimit(invitation.email, ip, now);
    if (!limit.allowed) {
      return failure("refused", { formError: retryAfterText("signIn", limit.retryAfterSeconds) });
    }
    const valid = await verifyPassword(existing?.passwordHash ?? (await timingHash()), data.password);
    if (!existing || !valid || existing.disabled) {
      await recordLoginAttempt(invitation.email, ip, false);
      return failure("invalid", { fieldErrors: { password: message("members.errors.wrongPassword", { email: invitation.email }) } });
    }
  } else {
    passwordHash = await hashPassword(data.password);
  }

  // The person accepting is the actor of the audit events, and the member from now on; a new
  // account's id is made here so that the events written with it can name it.
  const actor: Actor = {
    user: existing ? { id: existing.id, email: existing.email } : { id: newId(), email: invitation.email },
    organisation: { id: invitation.organisationId },
    role: invitation.role,
  };
  try {
    return await writeAudited(actor, async (tx, audit): Promise<MutationResult<AcceptedInvitation>> => {
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (claimed.count === 0) throw new RollBack(failure("refused", { formError: invitationStatusMessages.accepted }));

      const user = existing
        ? { id: existing.id, email: existing.email, name: existing.name }
        : await tx.user.create({
            data: { id: actor.user.id, email: invitation.email, name: data.kind === "new" ? data.name : invitation.email, passwordHash: passwordHash! },
            select: { id: true, email: true, name: true },
          });
      const already = await tx.membership.findUnique({
        where: { userId_organisationId: { userId: user.id, organisationId: invitation.organisationId } },
        select: { id: true },
      });
      if (already) throw new RollBack(failure("refused", { formError: message("members.errors.alreadyMemberSignIn", { email: invitation.email }) }));

      const membership = await tx.membership.create({
        data: { userId: user.id, organisationId: invitation.organisationId, role: invitation.role },
        select: { id: true, role: true },
      });
      const snapshot = { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
      await audit({
        action: "ACCEPT",
        entityType: "Invitation",
        entityId: invitation.id,
        before: { ...snapshot, acceptedAt: null },
        after: { ...snapshot, acceptedAt: now },
      });
      await audit({
        action: "CREATE",
        entityType: "Membership",
        entityId: membership.id,
        after: { email: user.email, name: user.name, role: membership.role, invitationId: invitation.id },
      });
      return { ok: true, email: user.email, organisationId: invitation.organisationId, userId: user.id, createdUser: !existing };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      // The account was created by another request meanwhile.
      return failure("refused", { formError: ACCOUNT_EXISTS(invitation.email) });
    }
    throw error;
  }
}
