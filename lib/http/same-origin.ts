/**
 * Whether a GET that changes something (it writes an audit event) was started
 * by this application rather than by a link or image on another site, which
 * the browser would send with the session cookie (SameSite=Lax allows
 * top-level GET navigations). OWASP CSRF Prevention Cheat Sheet, "Fetch
 * Metadata headers".
 *
 * - `Sec-Fetch-Site` (sent by every current browser): allowed when
 *   `same-origin`, or `none` (typed, bookmarked, opened from a download
 *   manager); `same-site` and `cross-site` are refused.
 * - Without it (older browsers, command-line tools): a `Referer` from another
 *   host is refused; a request without either is allowed. A page on another
 *   site can suppress the referrer, so such browsers stay exposed; what a
 *   forged export achieves is an audit event in the victim's name, while the
 *   file itself goes to the victim's own browser, never to the other site.
 */
import { publicOrigin } from "./public-origin";

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

export function startedHere(request: { url: string; headers: Headers }): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const referer = request.headers.get("referer");
  if (!referer) return true;
  const from = hostOf(referer);
  return from !== null && [request.headers.get("x-forwarded-host"), request.headers.get("host"), hostOf(publicOrigin(request))].includes(from);
}
