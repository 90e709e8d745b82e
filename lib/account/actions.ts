"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { db } from "../db";
import { recordAudit } from "../audit";
import { requireMemberForAction } from "../auth/guard";
import { signIn } from "../auth";
import { checkLoginLimit, recordLoginAttempt, retryAfterText } from "../auth/login-limit";
import { hashPassword, verifyPassword } from "../auth/password";
import { requestClientAddress } from "../auth/request-address";
import { changePasswordSchema } from "./schema";
import { formInput } from "@/lib/forms/action-input";

export type ChangePasswordState = {
  fieldErrors?: Partial<Record<"currentPassword" | "newPassword" | "confirmPassword", string>>;
  formError?: string;
};

export async function changePasswordAction(_previous: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  formData = formInput(formData);
  const member = await requireMemberForAction("VIEWER");
  const parsed = changePasswordSchema.safeParse({
    currentPassword: String(formData.get("currentPassword") ?? ""),
    newPassword: String(formData.get("newPassword") ?? ""),
    confirmPassword: String(formData.get("confirmPassword") ?? ""),
  });
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors;
    return {
      fieldErrors: {
        currentPassword: fields.currentPassword?.[0],
        newPassword: fields.newPassword?.[0],
        confirmPassword: fields.confirmPassword?.[0],
      },
    };
  }
  // Guessing the current password from a stolen session counts like guessing at the sign-in form, under the same limits.
  const ip = requestClientAddress(await headers());
  const limit = await checkLoginLimit(member.user.email, ip);
  if (!limit.allowed) {
    return { fieldErrors: { currentPassword: `Too many wrong passwords. ${retryAfterText(limit.retryAfterSeconds)}` } };
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: member.user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) {
    await recordLoginAttempt(member.user.email, ip, false);
    return { fieldErrors: { currentPassword: "That is not your current password." } };
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.$transaction(async (tx) => {
    // A new session version ends every session issued before the change.
    const updated = await tx.user.update({
      where: { id: member.user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await tx.userSession.deleteMany({ where: { userId: member.user.id } });
    await recordAudit(tx, {
      organisationId: member.organisation.id,
      actor: member.user,
      action: "PASSWORD_CHANGE",
      entityType: "User",
      entityId: member.user.id,
      before: { sessionVersion: updated.sessionVersion - 1 },
      after: { sessionVersion: updated.sessionVersion },
    });
  });
  // This browser continues with a fresh session; every other one has ended.
  await signIn("credentials", { email: member.user.email, password: parsed.data.newPassword, redirectTo: "/account?changed=1" });
  return {};
}
