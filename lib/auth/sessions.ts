/**
 * Server-side sessions: one UserSession row per signed-in browser, named by
 * the id in its session token. The token (a JWT) alone cannot be withdrawn
 * before it expires, and Auth.js re-issues it with a new expiry whenever the
 * session is read; the row can be deleted, and a token whose row is gone is
 * refused (OWASP Session Management Cheat Sheet: invalidate sessions on the
 * server at logout).
 */
import { db } from "../db";

/** How long a session lasts without being used: the token's own maximum age (lib/auth/index.ts). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
// The row's expiry moves forward at most this often, to spare a write on every request.
const REFRESH_AFTER_MS = 5 * 60_000;

const expiry = (now: Date) => new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);

/** A new session for a user who has just proved who they are; expired rows of anyone go (data minimisation). */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  await db.userSession.deleteMany({ where: { expiresAt: { lte: now } } });
  const row = await db.userSession.create({ data: { userId, expiresAt: expiry(now) }, select: { id: true } });
  return row.id;
}

/** Whether the session still exists for this user and has not expired; moves its expiry forward as it is used. */
export async function sessionInUse(sessionId: string, userId: string, now = new Date()): Promise<boolean> {
  const row = await db.userSession.findUnique({ where: { id: sessionId }, select: { userId: true, expiresAt: true } });
  if (!row || row.userId !== userId || row.expiresAt <= now) return false;
  if (row.expiresAt.getTime() < expiry(now).getTime() - REFRESH_AFTER_MS) {
    await db.userSession.updateMany({ where: { id: sessionId }, data: { expiresAt: expiry(now) } });
  }
  return true;
}

/** Ends one session (signing out). */
export async function endSession(sessionId: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of a user: "sign out everywhere", and a password change. */
export async function endAllSessions(userId: string): Promise<number> {
  const { count } = await db.userSession.deleteMany({ where: { userId } });
  return count;
}
