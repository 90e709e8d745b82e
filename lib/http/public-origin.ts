/**
 * The origin (scheme, host, port) under which people reach the application.
 * Behind a reverse proxy the server itself only sees its own address (e.g.
 * http://localhost:3000), so every absolute address it writes — the public
 * pages' canonical link and JSON-LD, redirects — takes the configured one:
 * APP_URL, else Auth.js' AUTH_URL, else the request's own.
 */
import { env } from "@/lib/env";

type Configured = { APP_URL?: string; AUTH_URL?: string };

/** The origin from the configuration, or the request's when none is configured. */
export function originFrom(configured: Configured, requestUrl: string): string {
  const url = configured.APP_URL ?? configured.AUTH_URL ?? requestUrl;
  return new URL(url).origin;
}

export function publicOrigin(request: { url: string }): string {
  return originFrom(env, request.url);
}
