import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "../auth/password";
import { message } from "@/lib/i18n/message";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, message("account.errors.currentRequired")).max(1024, message("auth.errors.passwordTooLong")),
    newPassword: z
      .string()
      .min(PASSWORD_MIN_LENGTH, message("account.errors.newTooShort", { min: PASSWORD_MIN_LENGTH }))
      .max(1024, message("account.errors.newTooLong", { max: 1024 })),
    confirmPassword: z.string().max(1024, message("auth.errors.passwordTooLong")),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: message("account.errors.confirmMismatch"),
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    path: ["newPassword"],
    message: message("account.errors.sameAsCurrent"),
  });
