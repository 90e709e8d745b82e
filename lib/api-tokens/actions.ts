"use server";

/** The server actions of Settings → API: the guard first, then the plain mutations. */
import { revalidatePath } from "next/cache";
import { requireMemberForAction } from "@/lib/auth/guard";
import type { ActionState } from "@/lib/forms/action-state";
import { keepFormOnOutage } from "@/lib/forms/database-outage-action";
import { createApiToken, revokeApiToken } from "./mutations";

const API_SETTINGS = "/settings/api";

export type CreateApiTokenState = ActionState<{ name: string; scopes: string[]; expiry: string }> & {
  /** Shown once: the token exists nowhere else. */
  created?: { name: string; token: string; expiresAt: string | null };
};

function formValues(formData: FormData) {
  // A forged request may send anything in place of the form: it then submits nothing.
  const form = formData instanceof FormData ? formData : new FormData();
  const text = (name: string, max: number) => {
    const value = form.get(name);
    return typeof value === "string" ? value.slice(0, max) : "";
  };
  const scopes = form.getAll("scopes").filter((s): s is string => typeof s === "string").slice(0, 10).map((s) => s.slice(0, 30));
  return { name: text("name", 200), scopes, expiry: text("expiry", 10) };
}

export const createApiTokenAction = keepFormOnOutage(async function createApiTokenAction(_previous: CreateApiTokenState, formData: FormData): Promise<CreateApiTokenState> {
  const member = await requireMemberForAction("DPO");
  const values = formValues(formData);
  const result = await createApiToken(member, values);
  if (!result.ok) return { ok: false, values, fieldErrors: result.fieldErrors, formError: result.formError };
  revalidatePath(API_SETTINGS);
  const { name, token, expiresAt } = result.data;
  return { ok: true, values: { name: "", scopes: ["READ"], expiry: values.expiry }, created: { name, token, expiresAt: expiresAt?.toISOString() ?? null } };
});

export const revokeApiTokenAction = keepFormOnOutage(async function revokeApiTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const member = await requireMemberForAction("DPO");
  const tokenId = formData instanceof FormData ? formData.get("tokenId") : null;
  const result = await revokeApiToken(member, { tokenId: typeof tokenId === "string" ? tokenId.slice(0, 100) : "" });
  if (!result.ok) return { ok: false, formError: result.formError };
  revalidatePath(API_SETTINGS);
  return { ok: true, message: result.message };
});
