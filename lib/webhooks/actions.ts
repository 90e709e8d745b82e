"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireMemberForAction } from "@/lib/auth/guard";
import type { ActionState } from "@/lib/forms/action-state";
import { message } from "@/lib/i18n/message";
import { keepFormOnOutage } from "@/lib/forms/database-outage-action";
import { createWebhookEndpoint, deleteWebhookEndpoint, rotateWebhookSecret, sendTestEvent, updateWebhookEndpoint } from "./mutations";

const WEBHOOKS_PATH = "/settings/webhooks";

export type EndpointFormValues = { url: string; description: string; events: string[]; enabled: boolean };
export type EndpointFormState = ActionState<EndpointFormValues> & {
  /** Shown once: the signing secret of a new endpoint or a rotation. */
  secret?: string;
  endpointId?: string;
};

function text(formData: FormData, name: string, max = 2000): string {
  // A forged request may send anything in place of the form: it then submits nothing.
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === "string" ? value.slice(0, max) : "";
}

function endpointValues(formData: FormData): EndpointFormValues {
  const events = formData instanceof FormData ? formData.getAll("events").filter((e): e is string => typeof e === "string").slice(0, 20) : [];
  return { url: text(formData, "url", 2100), description: text(formData, "description", 600), events, enabled: text(formData, "enabled", 10) === "on" };
}

export const createWebhookEndpointAction = keepFormOnOutage(async function createWebhookEndpointAction(_previous: EndpointFormState, formData: FormData): Promise<EndpointFormState> {
  const member = await requireMemberForAction("OWNER");
  const values = endpointValues(formData);
  const result = await createWebhookEndpoint(member, values);
  if (!result.ok) return { values, fieldErrors: result.fieldErrors, formError: result.formError };
  revalidatePath(WEBHOOKS_PATH);
  return { ok: true, message: message("webhooks.notices.registered"), secret: result.secret, endpointId: result.id, values: { url: "", description: "", events: [], enabled: true } };
});

export const updateWebhookEndpointAction = keepFormOnOutage(async function updateWebhookEndpointAction(_previous: EndpointFormState, formData: FormData): Promise<EndpointFormState> {
  const member = await requireMemberForAction("OWNER");
  const values = endpointValues(formData);
  const id = text(formData, "endpointId", 100);
  const result = await updateWebhookEndpoint(member, id, Number(text(formData, "version", 12)), values);
  if (!result.ok) return { values, fieldErrors: result.fieldErrors, formError: result.formError };
  revalidatePath(WEBHOOKS_PATH, "layout");
  return { ok: true, message: message("webhooks.notices.saved"), values };
});

export const rotateWebhookSecretAction = keepFormOnOutage(async function rotateWebhookSecretAction(_previous: EndpointFormState, formData: FormData): Promise<EndpointFormState> {
  const member = await requireMemberForAction("OWNER");
  const result = await rotateWebhookSecret(member, { endpointId: text(formData, "endpointId", 100) });
  if (!result.ok) return { formError: result.formError };
  revalidatePath(WEBHOOKS_PATH, "layout");
  return { ok: true, message: message("webhooks.notices.rotated"), secret: result.secret, endpointId: result.id };
});

export const sendTestWebhookAction = keepFormOnOutage(async function sendTestWebhookAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const member = await requireMemberForAction("OWNER");
  const result = await sendTestEvent(member, { endpointId: text(formData, "endpointId", 100) });
  if (!result.ok) return { formError: result.formError };
  revalidatePath(WEBHOOKS_PATH, "layout");
  return { ok: true, message: message("webhooks.notices.testQueued") };
});

export const deleteWebhookEndpointAction = keepFormOnOutage(async function deleteWebhookEndpointAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const member = await requireMemberForAction("OWNER");
  const result = await deleteWebhookEndpoint(member, { endpointId: text(formData, "endpointId", 100) });
  if (!result.ok) return { formError: result.formError };
  revalidatePath(WEBHOOKS_PATH);
  redirect(`${WEBHOOKS_PATH}?deleted=1`);
});
