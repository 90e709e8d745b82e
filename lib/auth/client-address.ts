/**
 * The client address the sign-in limits count.
 *
 * Next.js gives route handlers and server actions no socket. It fills
 * `X-Forwarded-For` from the socket only when the request has none
 * (`??=` in next/dist/server/base-server.js), so a client that sends its own
 * chooses the value. The server (scripts/server.ts) therefore derives the
 * address from the socket itself, before Next sees the request, and writes it
 * into CLIENT_ADDRESS_HEADER, overwriting whatever the client sent there.
 * Only with TRUSTED_PROXY_HOPS > 0 is `X-Forwarded-For` read at all, and then
 * from the right: each trusted proxy appends the address it was connected
 * from, so the entries left of the last trusted one are the client's own
 * words (OWASP, and RFC 7239 section 8.1 on forged forwarding headers).
 *
 * This module imports nothing at run time, so the server can load it before Next.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** Written by the server on every request; a client's own value is overwritten. */
export const CLIENT_ADDRESS_HEADER = "x-ropa-client-address";

/** Set by the server when it writes CLIENT_ADDRESS_HEADER; without it, the header could be the client's. */
export const CLIENT_ADDRESS_SERVER_FLAG = "ROPA_CLIENT_ADDRESS_FROM_SERVER";

/** The address used when it cannot be known: every such request shares one count. */
export const UNKNOWN_ADDRESS = "unknown";

/** `::ffff:192.0.2.1` (an IPv4 client on a dual-stack socket) is 192.0.2.1. */
function normalise(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address: the socket's peer when no proxy is trusted; behind
 * `trustedHops` proxies, the entry of `X-Forwarded-For` that the outermost
 * trusted proxy wrote, counted from the right. With fewer entries than hops,
 * the leftmost one (the request came through fewer proxies than configured).
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Nearest first: the socket's peer, then the entries each proxy appended, right to left.
  const chain = [socketAddress ?? UNKNOWN_ADDRESS, ...forwarded.reverse()];
  return normalise(chain[Math.min(Math.max(0, trustedHops), chain.length - 1)]) || UNKNOWN_ADDRESS;
}

type Listener = (request: IncomingMessage, response: ServerResponse) => unknown;

/** Wraps the server's request listener: every request carries the client address derived from its socket, whatever the client sent. */
export function withClientAddress(listener: Listener, trustedHops: number): Listener {
  return (request, response) => {
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedHops);
    return listener(request, response);
  };
}

/**
 * The address the server derived for this request. `serverDerived` says
 * whether the running server writes the header (scripts/server.ts sets the
 * flag); under a bare `next start` it does not, and a client could write the
 * header itself, so it is not read.
 */
export function clientAddress(headers: Headers, serverDerived: boolean): string {
  if (!serverDerived) return UNKNOWN_ADDRESS;
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim() || UNKNOWN_ADDRESS;
}
