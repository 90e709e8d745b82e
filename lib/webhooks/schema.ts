import { message } from "@/lib/i18n/message";
import { z } from "zod";
import { MAX_URL_LENGTH } from "./url";
import { WEBHOOK_EVENTS } from "./events";

/** The endpoint form. The address is only bounded here; checkWebhookUrl reads it under the configured policy. */
export const webhookEndpointSchema = z.object({
  url: z.string({ error: message("webhooks.errors.url") }).max(MAX_URL_LENGTH, message("webhooks.errors.urlTooLong", { max: MAX_URL_LENGTH })),
  description: z.string({ error: message("webhooks.errors.description") }).trim().max(500, message("webhooks.errors.descriptionTooLong")),
  events: z.array(z.enum(WEBHOOK_EVENTS, { error: message("webhooks.errors.eventsFromList") }), { error: message("webhooks.errors.eventsMin") }).min(1, message("webhooks.errors.eventsMin")),
  enabled: z.boolean({ error: message("webhooks.errors.enabled") }),
});
export type WebhookEndpointInput = z.infer<typeof webhookEndpointSchema>;

export const endpointIdSchema = z.object({ endpointId: z.string({ error: message("webhooks.errors.chooseEndpoint") }).min(1, message("webhooks.errors.chooseEndpoint")).max(100, message("webhooks.errors.chooseEndpoint")) });
