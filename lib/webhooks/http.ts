/**
 * One delivery attempt over HTTP. The address is checked again here, as the
 * configuration may have changed since the endpoint was saved, and so is
 * every address its host name resolves to, in the lookup the connection
 * itself uses: a name that pointed at a public host when it was saved can
 * point at the loopback later (DNS rebinding).
 */
// The delivery log is technical and read through the API too: in English.
import { inEnglish } from "@/lib/i18n/english";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isNonPublicAddress } from "./address";
import { checkWebhookUrl, type UrlPolicy } from "./url";

export const ATTEMPT_TIMEOUT_MS = 10_000;
// Only the status matters; a receiver answering with a large body is not read to the end.
const MAX_RESPONSE_BYTES = 64 * 1024;

export type AttemptResult = { statusCode: number | null; durationMs: number; error: string | null };

const guardedLookup =
  (policy: UrlPolicy): LookupFunction =>
  (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const list = addresses as dns.LookupAddress[];
      if (!policy.allowPrivate && list.some((entry) => isNonPublicAddress(entry.address))) {
        return callback(Object.assign(new Error(`${hostname} resolves to a private or loopback address`), { code: "EWEBHOOKADDRESS" }), "", 4);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };

export function postSigned(url: string, headers: Record<string, string>, body: string, policy: UrlPolicy, timeoutMs = ATTEMPT_TIMEOUT_MS): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const checked = checkWebhookUrl(url, policy);
  if (!checked.ok) return Promise.resolve({ statusCode: null, durationMs: 0, error: inEnglish(checked.message) });
  const target = new URL(checked.url);
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const request = client.request(
      target,
      {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), "user-agent": "ropa-webhooks/1" },
        lookup: guardedLookup(policy),
        timeout: timeoutMs,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        let received = 0;
        response.on("data", (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) response.destroy();
        });
        const done = () => finish({ statusCode: response.statusCode ?? null, durationMs: elapsed(), error: null });
        response.on("end", done);
        response.on("close", done);
        response.on("error", done);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`No answer within ${timeoutMs / 1000} s`)));
    request.on("error", (error: Error & { code?: string }) => {
      const message = error.name === "AbortError" || error.name === "TimeoutError" ? `No answer within ${timeoutMs / 1000} s` : error.message || error.code || "Request failed";
      finish({ statusCode: null, durationMs: elapsed(), error: message.slice(0, 500) });
    });
    request.end(body);
  });
}
