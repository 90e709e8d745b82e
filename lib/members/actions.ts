"use server";

import { headers } from "next/headers";
import { keepFormOnOutage } from "@/lib/forms/database-outage-action";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { AuthError } from "next-auth";
import type { Role } from "@prisma/client";
import { signIn } from "@/lib/auth";
import { requestClientAddress } from "@/lib/auth/request-address";
import { requireMemberForAction } from "@/lib/auth/guard";
import type { ActionState } from "@/lib/forms/action-state";
import { message } from "@/lib/i18n/message";
import { setCurrentOrganisation } from "@/lib/organisation/current";
import { acceptInvitation } from "./accept";
import { changeMemberRole, inviteMember, removeMember, revokeInvitation } from "./mutations";

const MEMBERS_PATH = "/settings/members";

function text(formData: FormData, name: string, max = 2000): string {
  // A forged request may send anything in place of the form: it then submits nothing.
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === "string" ? value.slice(0, max) : "";
}

export type InviteState = ActionState<{ email: string; role: string }> & {
  /** Shown once: the raw token exists nowhere else. */
  invitation?: { email: string; role: Role; expiresAt: string; path: string };
};

export const inviteMemberAction = keepFormOnOutage(async function inviteMemberAction(_previous: InviteState, formData: FormData): Promise<InviteState> {
  const member = await requireMemberForAction("OWNER");
  const values = { email: text(formData, "email", 400), role: text(formData, "role", 20) };
  const result = await inviteMember(member, values);
  if (!result.ok) return { values, fieldErrors: result.fieldErrors, formError: result.formError };
  revalidatePath(MEMBERS_PATH);
  const { email, role, expiresAt, token } = result.invitation;
  return {
    ok: true,
    values: { email: "", role: values.role },
    invitation: { email, role, expiresAt: expiresAt.toISOString(), path: `/invite/${token}` },
  };
});

export const revokeInvitationAction = keepFormOnOutage(async function revokeInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const member = await requireMemberForAction("OWNER");
  const result = await revokeInvitation(member, { invitationId: text(formData, "invitationId", 100) });
  if (!result.ok) return { formError: result.formError };
  revalidatePath(MEMBERS_PATH);
  return { ok: true, message: message("members.notices.invitationWithdrawn") };
});

export const changeMemberRoleAction = keepFormOnOutage(async function changeMemberRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState<{ role: string }>> {
  const member = await requireMemberForAction("OWNER");
  const values = { membershipId: text(formData, "membershipId", 100), role: text(formData, "role", 20) };
  const result = await changeMemberRole(member, values);
  if (!result.ok) return { values: { role: values.role }, formError: result.formError ?? Object.values(result.fieldErrors ?? {})[0] };
  revalidatePath(MEMBERS_PATH);
  // The owner may have demoted themselves (another owner remaining): every page's controls depend on the role.
  revalidatePath("/", "layout");
  return { ok: true, values: { role: result.role }, message: message("members.notices.roleSaved") };
});

export const removeMemberAction = keepFormOnOutage(async function removeMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const member = await requireMemberForAction("OWNER");
  const membershipId = text(formData, "membershipId", 100);
  const result = await removeMember(member, { membershipId });
  if (!result.ok) return { formError: result.formError };
  revalidatePath("/", "layout");
  // The row disappears with the member, so the confirmation is the page's; someone who left goes elsewhere.
  redirect(result.email === member.user.email ? "/" : `${MEMBERS_PATH}?removed=1`);
});

export type AcceptState = ActionState<{ name: string; kind: string }>;

export async function acceptInvitationAction(_previous: AcceptState, formData: FormData): Promise<AcceptState> {
  const kind = text(formData, "kind", 10);
  const values = { name: text(formData, "name", 400), kind };
  const password = text(formData, "password", 1100);
  const input = {
    kind,
    token: text(formData, "token", 100),
    name: values.name,
    password,
    confirmPassword: text(formData, "confirmPassword", 1100),
  };
  const result = await acceptInvitation(input, { ip: requestClientAddress(await headers()) });
  if (!result.ok) return { values, fieldErrors: result.fieldErrors, formError: result.formError };

  // Land in the organisation just joined, not in whichever one the user had before.
  await setCurrentOrganisation(result.organisationId);
  try {
    await signIn("credentials", { email: result.email, password, redirectTo: "/" });
  } catch (error) {
    // The membership exists; if signing in fails here (e.g. the sign-in limit), the login page still works.
    if (error instanceof AuthError) redirect("/login?joined=1");
    throw error;
  }
  return { ok: true, values };
}
