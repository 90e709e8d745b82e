import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().min(1, "Enter your e-mail address.").max(254, "That e-mail address is too long.").email("Enter a valid e-mail address, like name@example.com."),
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
});
