import { z } from "zod";
import { MAX_URL_LENGTH } from "./url";
import { WEBHOOK_EVENTS } from "./events";

/** The endpoint form. The address is only bounded here; checkWebhookUrl reads it under the configured policy. */
export const webhookEndpointSchema = z.object({
  url: z.string({ error: "Enter the address that receives the events." }).max(MAX_URL_LENGTH, `Use an address of at most ${MAX_URL_LENGTH} characters.`),
  description: z.string({ error: "Describe the endpoint in text." }).trim().max(500, "Keep the description to 500 characters."),
  events: z.array(z.enum(WEBHOOK_EVENTS, { error: "Choose events from the list." }), { error: "Choose at least one event." }).min(1, "Choose at least one event to send."),
  enabled: z.boolean({ error: "Say whether the endpoint is enabled." }),
});
export type WebhookEndpointInput = z.infer<typeof webhookEndpointSchema>;

export const endpointIdSchema = z.object({ endpointId: z.string({ error: "Choose an endpoint." }).min(1, "Choose an endpoint.").max(100, "Choose an endpoint.") });
