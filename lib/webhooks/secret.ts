/**
 * Signing secrets and signatures in the Standard Webhooks format
 * (https://www.standardwebhooks.com): "whsec_" + base64 of random bytes;
 * "v1,<base64 HMAC-SHA256 of id.timestamp.body>" in webhook-signature.
 */
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

/** 24 random bytes (192 bits), within the specification's 24 to 64. */
export function generateSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

export function signatureHeaders(secret: string, id: string, timestamp: Date, body: string): Record<string, string> {
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(id, timestamp, body),
  };
}
