import { env } from "@/lib/env";
import type { UrlPolicy } from "./url";

/** The configured URL policy: plain http outside production (or when allowed), private hosts only when allowed. */
export function urlPolicyFromEnv(): UrlPolicy {
  return { allowHttp: env.NODE_ENV !== "production" || env.WEBHOOK_ALLOW_HTTP, allowPrivate: env.WEBHOOK_ALLOW_PRIVATE };
}
