/**
 * Changing one's own password: a plain function taking the member (from the
 * guard), so the server action and the tests run the same code. The new
 * password, the end of every earlier session and the audit event are one
 * transaction.
 */
import "server-only";
import { db } from "@/lib/db";
import { checkLoginLimit, recordLoginAttempt, retryAfterText } from "@/lib/auth/login-limit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import type { Actor } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { failure, type MutationResult } from "@/lib/mutations/result";
import { changePasswordSchema } from "./schema";
import { message } from "@/lib/i18n/message";

/** `password` is the new one, for signing this browser in again. */
export type PasswordChange = MutationResult<{ password: string }>;

// Every role may change its own password: no role check beyond the guard's membership.
export async function changePassword(actor: Actor, raw: unknown, context: { ip: string }): Promise<PasswordChange> {
  const parsed = changePasswordSchema.safeParse(raw);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsFrom(parsed.error) });
  // Guessing the current password from a stolen session counts like guessing at the sign-in form, under the same limits.
  const limit = await checkLoginLimit(actor.user.email, context.ip);
  if (!limit.allowed) {
    return failure("refused", { fieldErrors: { currentPassword: retryAfterText("password", limit.retryAfterSeconds) } });
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) {
    await recordLoginAttempt(actor.user.email, context.ip, false);
    return failure("invalid", { fieldErrors: { currentPassword: message("account.errors.wrongCurrentPassword") } });
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  return writeAudited(actor, async (tx, audit): Promise<PasswordChange> => {
    // A new session version ends every session issued before the change.
    const updated = await tx.user.update({
      where: { id: actor.user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await tx.userSession.deleteMany({ where: { userId: actor.user.id } });
    await audit({
      action: "PASSWORD_CHANGE",
      entityType: "User",
      entityId: actor.user.id,
      before: { sessionVersion: updated.sessionVersion - 1 },
      after: { sessionVersion: updated.sessionVersion },
    });
    return { ok: true, password: parsed.data.newPassword };
  });
}
