import "server-only";
import { db } from "../db";

/** How many browsers the user is signed in on (unexpired server-side sessions). */
export async function countActiveSessions(userId: string, now = new Date()): Promise<number> {
  return db.userSession.count({ where: { userId, expiresAt: { gt: now } } });
}
