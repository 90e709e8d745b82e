/**
 * The events an endpoint can subscribe to, and which audit events stand for
 * them. Every change to the register is recorded as an audit event in the
 * transaction of the change (lib/audit.ts); the webhook event is queued in
 * that same transaction, so an event goes out exactly when its change was
 * stored.
 */
export const WEBHOOK_EVENTS = ["activity.created", "activity.updated", "activity.retired", "policy.published", "dpa.review_due"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];
/** Sent by the "Send test event" button only; not subscribable. */
export const TEST_EVENT = "webhook.test";

// Their names for people are in the dashboard catalogue (webhooks.events).

/** (entityType, action) of an audit event → the webhook event it is; anything else sends nothing. */
const AUDIT_TO_EVENT: Record<string, Record<string, WebhookEventType>> = {
  ProcessingActivity: {
    CREATE: "activity.created",
    IMPORT: "activity.created",
    DUPLICATE: "activity.created",
    UPDATE: "activity.updated",
    BULK_UPDATE: "activity.updated",
    REVIEW: "activity.updated",
    RETIRE: "activity.retired",
  },
  Policy: { PUBLISH: "policy.published" },
};

export function eventForAudit(entityType: string, action: string): WebhookEventType | null {
  // Own keys only: "toString" or "constructor" must not find Object.prototype's.
  const actions = Object.hasOwn(AUDIT_TO_EVENT, entityType) ? AUDIT_TO_EVENT[entityType] : null;
  return actions && Object.hasOwn(actions, action) ? actions[action] : null;
}
