/**
 * The environment, validated once. Nothing else reads process.env.
 * Every variable is described in README.md.
 */
import { z } from "zod";

// An address given as an empty string counts as not given.
const optionalUrl = z.preprocess((value) => (value === "" ? undefined : value), z.url({ protocol: /^https?$/ }).optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Set by scripts/start.ts (embedded database) or by the operator.
  DATABASE_URL: z.string().optional(),
  // "1" when DATABASE_URL points at the embedded server.
  DATABASE_EMBEDDED: z.string().optional(),
  AUTH_SECRET: z.string().optional(),
  // The address people reach the application at (scheme, host, port), behind
  // whatever proxy: absolute links (canonical, JSON-LD, redirects) use it.
  // AUTH_URL is Auth.js' own setting for the same thing and serves as the fallback.
  APP_URL: optionalUrl,
  AUTH_URL: optionalUrl,
  // Failed sign-ins allowed on one account from one address, and per client address, within the window (lib/auth/login-limit.ts).
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(20),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  // Requests one API token may make per minute (lib/api/rate-limit.ts).
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  // Days the API call log and the webhook delivery log keep a row (lib/api/call-log.ts).
  API_CALL_LOG_DAYS: z.coerce.number().int().positive().default(90),
  // Reverse proxies in front of the server that append to X-Forwarded-For; 0: the socket's peer is the client.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
  // "1" when scripts/server.ts writes the client-address header (set by it, not by operators).
  ROPA_CLIENT_ADDRESS_FROM_SERVER: z.string().optional(),
  // Webhooks (lib/webhooks): "true" lets endpoints use loopback, private and
  // link-local addresses (receivers on the same network); plain http is
  // accepted outside production, and in production with WEBHOOK_ALLOW_HTTP.
  WEBHOOK_ALLOW_PRIVATE: z.stringbool().default(false),
  WEBHOOK_ALLOW_HTTP: z.stringbool().default(false),
  // "false" keeps this instance from running the delivery worker (another one does).
  WEBHOOK_WORKER: z.stringbool().default(true),
});

export const env = schema.parse(process.env);
