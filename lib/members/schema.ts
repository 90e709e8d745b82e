import { message } from "@/lib/i18n/message";
import { z } from "zod";
import { cleanString } from "@/lib/forms/field-rules";
import { PASSWORD_MIN_LENGTH } from "../auth/password";

const roleSchema = z.enum(["OWNER", "DPO", "EDITOR", "VIEWER"], message("members.errors.role"));

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, message("members.errors.emailMissing"))
  .max(254, message("members.errors.emailTooLong"))
  .email(message("members.errors.emailInvalid"));

const id = cleanString().min(1, message("members.errors.chooseMember")).max(100, message("members.errors.invalidId"));

export const inviteSchema = z.object({ email, role: roleSchema });

export const changeRoleSchema = z.object({ membershipId: id, role: roleSchema });

export const removeMemberSchema = z.object({ membershipId: id });

export const revokeInvitationSchema = z.object({ invitationId: id });

// The raw token is 32 random bytes in base64url: 43 characters.
const token = z.string().regex(/^[A-Za-z0-9_-]{43}$/, message("members.errors.invalidToken"));

const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, message("members.errors.passwordMin", { min: PASSWORD_MIN_LENGTH }))
  .max(1024, message("members.errors.passwordMax"));

/** A person who has no account yet: they choose their name and password. */
const acceptAsNewUserSchema = z
  .object({
    kind: z.literal("new"),
    token,
    name: cleanString().trim().min(1, message("members.errors.name")).max(200, message("members.errors.nameTooLong")),
    password,
    confirmPassword: z.string().max(1024, message("members.errors.passwordTooLong")),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: message("members.errors.passwordsDiffer"),
  });

/** A person who already has an account: they confirm it is them with their password. */
const acceptAsExistingUserSchema = z.object({
  kind: z.literal("existing"),
  token,
  password: z.string().min(1, message("members.errors.currentPassword")).max(1024, message("members.errors.passwordTooLong")),
});

export const acceptInvitationSchema = z.union([acceptAsNewUserSchema, acceptAsExistingUserSchema]);
