import { z } from "zod";
import { cleanString } from "@/lib/forms/field-rules";
import { PASSWORD_MIN_LENGTH } from "../auth/password";

const roleSchema = z.enum(["OWNER", "DPO", "EDITOR", "VIEWER"], "Choose a role.");

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter the e-mail address of the person you invite.")
  .max(254, "That e-mail address is too long (at most 254 characters).")
  .email("Enter a valid e-mail address, like name@example.com.");

const id = cleanString().min(1, "Choose a member.").max(100, "That is not a valid id.");

export const inviteSchema = z.object({ email, role: roleSchema });

export const changeRoleSchema = z.object({ membershipId: id, role: roleSchema });

export const removeMemberSchema = z.object({ membershipId: id });

export const revokeInvitationSchema = z.object({ invitationId: id });

// The raw token is 32 random bytes in base64url: 43 characters.
const token = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not valid.");

const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(1024, "Choose a password of at most 1024 characters.");

/** A person who has no account yet: they choose their name and password. */
const acceptAsNewUserSchema = z
  .object({
    kind: z.literal("new"),
    token,
    name: cleanString().trim().min(1, "Enter your name as colleagues should see it.").max(200, "Shorten your name to at most 200 characters."),
    password,
    confirmPassword: z.string().max(1024, "That password is too long."),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "Type the password the same way twice.",
  });

/** A person who already has an account: they confirm it is them with their password. */
const acceptAsExistingUserSchema = z.object({
  kind: z.literal("existing"),
  token,
  password: z.string().min(1, "Enter your current password.").max(1024, "That password is too long."),
});

export const acceptInvitationSchema = z.union([acceptAsNewUserSchema, acceptAsExistingUserSchema]);
