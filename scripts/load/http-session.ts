/**
 * One signed-in browser, reduced to what the server sees: a cookie jar and
 * requests carrying it. Sign-in goes through Auth.js' own endpoints exactly as
 * the login form's submission does (CSRF token from /api/auth/csrf, then the
 * credentials callback), so the session cookie is a real one.
 */
import { callServerAction, type CallServerActionOptions, type ServerActionResponse } from "./server-action";

const SESSION_COOKIE = "authjs.session-token";

export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  has(cookie: string): boolean {
    return this.cookies.has(cookie);
  }

  /** Applies Set-Cookie headers: later values win, an expired or empty one removes the cookie. */
  store(setCookies: string[]) {
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split("=")[1]) < Date.now()));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("Cookie", this.cookieHeader);
    const response = await fetch(new URL(path, this.baseUrl), { redirect: "manual", ...init, headers });
    this.store(response.headers.getSetCookie());
    return response;
  }

  /** GET a page and read its whole body, as a browser loading it would. */
  async getPage(path: string, signal?: AbortSignal): Promise<{ status: number; html: string; location: string | null }> {
    const response = await this.request(path, { signal, headers: { Accept: "text/html" } });
    return { status: response.status, html: await response.text(), location: response.headers.get("location") };
  }

  /** Signs in with e-mail and password; throws when no session cookie comes back. */
  async signIn(email: string, password: string): Promise<void> {
    const csrf = await this.request("/api/auth/csrf");
    if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: new URL("/", this.baseUrl).toString() }),
    });
    await response.arrayBuffer();
    if (!this.has(SESSION_COOKIE)) {
      throw new Error(`Sign-in of ${email} failed: ${response.status} ${response.headers.get("location") ?? ""}`.trim());
    }
  }

  async callAction<T>(options: Omit<CallServerActionOptions, "baseUrl" | "cookie">): Promise<ServerActionResponse<T>> {
    const { setCookies, ...response } = await callServerAction<T>({ ...options, baseUrl: this.baseUrl, cookie: this.cookieHeader });
    this.store(setCookies);
    return response;
  }
}
