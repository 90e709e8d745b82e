"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, TooManyAttempts } from "./index";
import { retryAfterText } from "./login-limit";
import { loginSchema } from "./schema";
import { formInput } from "@/lib/forms/action-input";
import { message } from "@/lib/i18n/message";

export type LoginState = {
  formError?: string;
  fieldErrors?: { email?: string; password?: string };
  values: { email: string };
};

export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  formData = formInput(formData);
  const raw = { email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? "") };
  const values = { email: raw.email };
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors;
    return { values, fieldErrors: { email: fields.email?.[0], password: fields.password?.[0] } };
  }
  const callbackUrl = String(formData.get("callbackUrl") ?? "/");
  const redirectTo = callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo });
  } catch (error) {
    if (error instanceof TooManyAttempts) {
      return { values, formError: retryAfterText("signIn", error.retryAfterSeconds) };
    }
    if (error instanceof AuthError) {
      // One message for every failure, so the form does not reveal which
      // e-mail addresses have accounts.
      return { values, formError: message("auth.errors.wrongCredentials") };
    }
    throw error;
  }
  return { values };
}
