/**
 * What Auth.js keeps in the session token and checks each time it reads one
 * (every auth() call, and GET /api/auth/session): the user, the user's
 * session version (a password change or disabling raises it) and the id of
 * the server-side session (lib/auth/sessions.ts). A token whose session
 * row is gone — signed out, signed out everywhere, expired — is refused, and
 * Auth.js then deletes the cookie (a `jwt` callback returning null).
 */
import type { JWT } from "next-auth/jwt";
import { isDatabaseUnavailable } from "../forms/database-outage";
import { endSession, startSession, sessionInUse } from "./sessions";

type SignedInUser = { id?: string; sessionVersion?: number };

export async function jwtCallback({ token, user }: { token: JWT; user?: SignedInUser }): Promise<JWT | null> {
  if (user?.id) {
    token.sub = user.id;
    token.sv = user.sessionVersion ?? 0;
    token.sid = await startSession(user.id);
    return token;
  }
  // Tokens issued before sessions were kept on the server have no id: they end.
  if (typeof token.sid !== "string" || !token.sub) return null;
  try {
    return (await sessionInUse(token.sid, token.sub)) ? token : null;
  } catch (error) {
    // During a database outage the token is kept: requireMember's own query
    // fails and the page says "temporarily unavailable", and the member is
    // still signed in when the database is back. Nothing is served without
    // that query, so a revoked token gains nothing here.
    if (isDatabaseUnavailable(error)) return token;
    throw error;
  }
}

export function sessionCallback<S extends { user: { id?: string } }>({ session, token }: { session: S; token: JWT }) {
  if (token.sub) session.user.id = token.sub;
  return Object.assign(session, { sessionVersion: typeof token.sv === "number" ? token.sv : 0 });
}

/** Signing out (the sign-out button, or Auth.js' own endpoint) deletes the session row, so a copy of the cookie stops working too. */
export async function signOutEvent(message: { token?: JWT | null } | { session?: unknown }) {
  const token = "token" in message ? message.token : null;
  if (typeof token?.sid === "string") await endSession(token.sid);
}
