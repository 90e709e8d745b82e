/**
 * The text of an API token: "ropa_" and 32 random bytes in base64url. The
 * prefix lets secret scanners and people recognise a leaked token; only the
 * SHA-256 of the whole text is stored. 256 random bits cannot be guessed, so
 * a slow password hash would add nothing but latency to every request.
 */
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "ropa_";
/** How many characters of the token the list shows, so people can tell their tokens apart. */
const SHOWN = TOKEN_PREFIX.length + 6;
// 32 bytes are 43 base64url characters without padding.
export const TOKEN_PATTERN = /^ropa_[A-Za-z0-9_-]{43}$/;

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function createApiTokenSecret(): { token: string; tokenHash: string; prefix: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, SHOWN) };
}
