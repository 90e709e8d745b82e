/**
 * A request scope for integration tests that call server actions and route
 * handlers directly, without a running Next server: who is signed in, the
 * request's cookies and headers. The database stays real; only what Next and
 * Auth.js would read from the HTTP request is supplied here.
 *
 * Each test file wires it up with three lines (vi.mock is hoisted per file):
 *
 *   vi.mock("next/headers", async () => (await import("@/test/support/request-scope")).nextHeadersModule);
 *   vi.mock("next/cache", async () => (await import("@/test/support/request-scope")).nextCacheModule);
 *   vi.mock("@/lib/auth/index", async () => (await import("@/test/support/request-scope")).authModule);
 *
 * and then calls signInAs(user, organisationId) or signOutScope() before an
 * action, and outcomeOf(() => action(...)) to read what the user would get.
 */
import { CLIENT_ADDRESS_HEADER } from "../../lib/auth/client-address";
import { ORG_COOKIE } from "../../lib/organisation/cookie";

// Next's forbidden() refuses to run unless the app enabled authInterrupts, as next.config.js does.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
// As under scripts/server.ts, which writes the client-address header (read once by lib/env.ts; import this module first).
process.env.ROPA_CLIENT_ADDRESS_FROM_SERVER = "1";

type ScopeUser = { id: string; sessionVersion?: number };

const scope = {
  session: null as null | { user: { id: string }; sessionVersion: number; expires: string },
  cookies: new Map<string, string>(),
  headers: new Headers(),
  revalidated: [] as string[],
};

/** The headers as the server hands them to Next: the client address it derived (scripts/server.ts), and a forged X-Forwarded-For that must not count. */
function requestHeaders() {
  return new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.10", "x-forwarded-for": "198.51.100.66" });
}

/** Signs the user in for the following calls, with the given organisation chosen as current. */
export function signInAs(user: ScopeUser, organisationId?: string) {
  scope.session = {
    user: { id: user.id },
    sessionVersion: user.sessionVersion ?? 0,
    expires: new Date(Date.now() + 3_600_000).toISOString(),
  };
  scope.cookies = new Map();
  if (organisationId) scope.cookies.set(ORG_COOKIE, organisationId);
  scope.headers = requestHeaders();
  scope.revalidated = [];
}

/** No session: the calls run as an anonymous visitor. */
export function signOutScope() {
  scope.session = null;
  scope.cookies = new Map();
  scope.headers = requestHeaders();
  scope.revalidated = [];
}

/** Paths the last calls asked Next to revalidate. */
export function revalidatedPaths(): readonly string[] {
  return scope.revalidated;
}

function cookieStore() {
  return {
    get: (name: string) => (scope.cookies.has(name) ? { name, value: scope.cookies.get(name)! } : undefined),
    getAll: () => [...scope.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => scope.cookies.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "object") scope.cookies.set(name.name, name.value);
      else scope.cookies.set(name, value ?? "");
    },
    delete: (name: string) => scope.cookies.delete(name),
  };
}

export const nextHeadersModule = {
  cookies: async () => cookieStore(),
  headers: async () => scope.headers,
  draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
};

export const nextCacheModule = {
  revalidatePath: (path: string) => void scope.revalidated.push(path),
  revalidateTag: (tag: string) => void scope.revalidated.push(`tag:${tag}`),
  updateTag: (tag: string) => void scope.revalidated.push(`tag:${tag}`),
  refresh: () => undefined,
  unstable_noStore: () => undefined,
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
};

class ScopeSignInError extends Error {
  type = "CredentialsSignin";
}

export const authModule = {
  auth: async () => scope.session,
  // Signing in and out goes through Auth.js' HTTP endpoints in the browser;
  // here they only change the scope, and report like Auth.js would.
  signIn: async () => {
    throw new ScopeSignInError("Sign-in is exercised by the end-to-end tests");
  },
  signOut: async () => {
    scope.session = null;
  },
  handlers: {
    GET: async () => new Response(null, { status: 404 }),
    POST: async () => new Response(null, { status: 404 }),
  },
  TooManyAttempts: class extends Error {},
};

/** What the user gets from an action or handler, as Next would turn it into a response. */
export type Outcome =
  | { kind: "redirect"; location: string }
  | { kind: "forbidden" }
  | { kind: "not-found" }
  | { kind: "unauthorized" }
  | { kind: "returned"; value: unknown }
  | { kind: "response"; status: number; response: Response }
  | { kind: "thrown"; error: unknown };

export async function outcomeOf(run: () => unknown): Promise<Outcome> {
  try {
    const value = await run();
    if (value instanceof Response) return { kind: "response", status: value.status, response: value };
    return { kind: "returned", value };
  } catch (error) {
    const digest = (error as { digest?: unknown })?.digest;
    if (typeof digest === "string") {
      if (digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", location: digest.split(";")[2] ?? "" };
      if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return { kind: "forbidden" };
      if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { kind: "not-found" };
      if (digest === "NEXT_HTTP_ERROR_FALLBACK;401") return { kind: "unauthorized" };
    }
    return { kind: "thrown", error };
  }
}
