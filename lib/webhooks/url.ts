/**
 * Reads the address a webhook is delivered to, as typed into the endpoint
 * form: a full https address of a public host. Plain http is accepted outside
 * production (and in production only when configured), loopback and private
 * hosts only when configured (WEBHOOK_ALLOW_PRIVATE), for receivers on the
 * same network. The host's DNS answers are checked again at every delivery
 * (lib/webhooks/http.ts), as a name can point elsewhere later.
 */
import { isIP } from "node:net";
import { isLocalName, isNonPublicAddress } from "./address";

export type UrlPolicy = {
  /** Plain http allowed (outside production, or WEBHOOK_ALLOW_HTTP). */
  allowHttp: boolean;
  /** Loopback, private and link-local hosts allowed (WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: boolean;
};

export const MAX_URL_LENGTH = 2000;

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

/** The endpoint address, normalised, or the message to show next to the field. */
export function checkWebhookUrl(input: string, policy: UrlPolicy): UrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, message: "Enter the address that receives the events, starting with https://." };
  if (text.length > MAX_URL_LENGTH) return { ok: false, message: `Use an address of at most ${MAX_URL_LENGTH} characters.` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: "Enter a full address, such as https://example.com/webhooks." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, message: "Use an address starting with https://." };
  if (url.protocol === "http:" && !policy.allowHttp) return { ok: false, message: "Use https://: events are sent encrypted only." };
  if (url.username || url.password) return { ok: false, message: "Leave the user name and password out of the address; every delivery is signed instead." };
  if (url.hash) return { ok: false, message: "Leave out the part after #: it is never sent to the receiver." };
  if (!policy.allowPrivate) {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const literal = isIP(host) !== 0;
    if (literal ? isNonPublicAddress(host) : isLocalName(host)) {
      return { ok: false, message: "Use the address of a public host: local, loopback and private network addresses are not allowed." };
    }
  }
  return { ok: true, url: url.href };
}
