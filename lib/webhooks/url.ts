/**
 * Reads the address a webhook is delivered to, as typed into the endpoint
 * form: a full https address of a public host. Plain http is accepted outside
 * production (and in production only when configured), loopback and private
 * hosts only when configured (WEBHOOK_ALLOW_PRIVATE), for receivers on the
 * same network. The host's DNS answers are checked again at every delivery
 * (lib/webhooks/http.ts), as a name can point elsewhere later.
 */
import { message } from "@/lib/i18n/message";
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
  if (!text) return { ok: false, message: message("webhooks.errors.urlMissing") };
  if (text.length > MAX_URL_LENGTH) return { ok: false, message: message("webhooks.errors.urlTooLong", { max: MAX_URL_LENGTH }) };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: message("webhooks.errors.urlIncomplete") };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, message: message("webhooks.errors.urlScheme") };
  if (url.protocol === "http:" && !policy.allowHttp) return { ok: false, message: message("webhooks.errors.urlHttp") };
  if (url.username || url.password) return { ok: false, message: message("webhooks.errors.urlCredentials") };
  if (url.hash) return { ok: false, message: message("webhooks.errors.urlFragment") };
  if (!policy.allowPrivate) {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const literal = isIP(host) !== 0;
    if (literal ? isNonPublicAddress(host) : isLocalName(host)) {
      return { ok: false, message: message("webhooks.errors.urlPrivate") };
    }
  }
  return { ok: true, url: url.href };
}
