import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "../auth/password";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(1024, "That password is too long."),
    newPassword: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Choose a new password of at least ${PASSWORD_MIN_LENGTH} characters.`)
      .max(1024, "Choose a new password of at most 1024 characters."),
    confirmPassword: z.string().max(1024, "That password is too long."),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "Type the new password the same way twice.",
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });
