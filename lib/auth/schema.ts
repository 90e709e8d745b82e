import { z } from "zod";
import { message } from "@/lib/i18n/message";

export const loginSchema = z.object({
  email: z.string().trim().min(1, message("auth.errors.emailRequired")).max(254, message("auth.errors.emailTooLong")).email(message("auth.errors.emailInvalid")),
  password: z.string().min(1, message("auth.errors.passwordRequired")).max(1024, message("auth.errors.passwordTooLong")),
});
