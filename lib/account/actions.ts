"use server";

import { headers } from "next/headers";
import { requireMemberForAction } from "../auth/guard";
import { signIn } from "../auth";
import { requestClientAddress } from "../auth/request-address";
import { formInput } from "@/lib/forms/action-input";
import { changePassword } from "./mutations";

export type ChangePasswordState = {
  fieldErrors?: Partial<Record<"currentPassword" | "newPassword" | "confirmPassword", string>>;
  formError?: string;
};

export async function changePasswordAction(_previous: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  formData = formInput(formData);
  const member = await requireMemberForAction("VIEWER");
  const input = {
    currentPassword: String(formData.get("currentPassword") ?? ""),
    newPassword: String(formData.get("newPassword") ?? ""),
    confirmPassword: String(formData.get("confirmPassword") ?? ""),
  };
  const result = await changePassword(member, input, { ip: requestClientAddress(await headers()) });
  if (!result.ok) {
    const fields = result.fieldErrors ?? {};
    return { fieldErrors: { currentPassword: fields.currentPassword, newPassword: fields.newPassword, confirmPassword: fields.confirmPassword } };
  }
  // This browser continues with a fresh session; every other one has ended.
  await signIn("credentials", { email: member.user.email, password: result.password, redirectTo: "/account?changed=1" });
  return {};
}
