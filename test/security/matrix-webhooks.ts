/**
 * The access matrix of webhooks: only owners register, change, test and
 * delete endpoints (an endpoint sends the register's changes to another
 * system). Another organisation's endpoint ids are simply unknown.
 */
import type { CaseContext, Entry } from "./matrix-types";
import { byRole } from "./matrix-types";
import { form } from "./world";

const WEBHOOKS = "lib/webhooks/actions.ts";
const SECRET = `whsec_${Buffer.from("matrix secret, twenty-four+").toString("base64")}`;

async function endpoint(ctx: CaseContext) {
  return ctx.db.webhookEndpoint.create({
    data: { organisationId: ctx.target.id, url: `https://hooks.example.com/${ctx.unique("matrix")}`, events: ["policy.published"], secret: SECRET },
    select: { id: true, version: true },
  });
}

const row = (ctx: CaseContext, id: string) => ctx.db.webhookEndpoint.findUnique({ where: { id } });

export const webhookEntries: Entry[] = [
  {
    target: `${WEBHOOKS}#createWebhookEndpointAction`,
    does: "Register a webhook endpoint",
    ...byRole({ min: "OWNER", done: "ok", foreign: "ok" }),
    note: "Takes no id: the outsider registers an endpoint of their own organisation.",
    async build(ctx) {
      const url = `https://hooks.example.com/${ctx.unique("new")}`;
      return {
        args: [{}, form({ url, description: "Matrix", events: "policy.published", enabled: "on" })],
        happened: async () => !!(await ctx.db.webhookEndpoint.findFirst({ where: { organisationId: ctx.target.id, url } })),
      };
    },
  },
  {
    target: `${WEBHOOKS}#updateWebhookEndpointAction`,
    does: "Change a webhook endpoint",
    ...byRole({ min: "OWNER", done: "ok", foreign: "not-found" }),
    async build(ctx) {
      const { id, version } = await endpoint(ctx);
      return {
        args: [{}, form({ endpointId: id, version: String(version), url: "https://hooks.example.com/changed", description: "Changed", events: "activity.created", enabled: "on" })],
        happened: async () => (await row(ctx, id))?.description === "Changed",
      };
    },
  },
  {
    target: `${WEBHOOKS}#rotateWebhookSecretAction`,
    does: "Rotate a webhook endpoint's signing secret",
    ...byRole({ min: "OWNER", done: "ok", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await endpoint(ctx);
      return { args: [{}, form({ endpointId: id })], happened: async () => (await row(ctx, id))?.secret !== SECRET };
    },
  },
  {
    target: `${WEBHOOKS}#sendTestWebhookAction`,
    does: "Send a test event to a webhook endpoint",
    ...byRole({ min: "OWNER", done: "ok", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await endpoint(ctx);
      return {
        args: [{}, form({ endpointId: id })],
        happened: async () => (await ctx.db.auditEvent.count({ where: { organisationId: ctx.target.id, entityId: id, action: "SEND_TEST" } })) > 0,
      };
    },
  },
  {
    target: `${WEBHOOKS}#deleteWebhookEndpointAction`,
    does: "Delete a webhook endpoint",
    ...byRole({ min: "OWNER", done: "redirect", foreign: "not-found" }),
    async build(ctx) {
      const { id } = await endpoint(ctx);
      return { args: [{}, form({ endpointId: id })], happened: async () => !(await row(ctx, id)) };
    },
  },
];
