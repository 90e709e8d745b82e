import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { db } from "../db";
import { endAllSessions } from "./sessions";
import { jwtCallback, signOutEvent } from "./session-callbacks";

const id = crypto.randomUUID().slice(0, 8);
let user: { id: string };
let other: { id: string };

beforeAll(async () => {
  user = await db.user.create({ data: { email: `sessions-${id}@example.test`, name: "Sessions", passwordHash: "x" }, select: { id: true } });
  other = await db.user.create({ data: { email: `sessions-other-${id}@example.test`, name: "Other", passwordHash: "x" }, select: { id: true } });
});

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: [user.id, other.id] } } });
  await db.$disconnect();
});

/** What Auth.js does when a user has just signed in: the callback fills a new token. */
async function signIn(who: { id: string }): Promise<JWT> {
  const token = await jwtCallback({ token: {}, user: { id: who.id, sessionVersion: 1 } });
  if (!token) throw new Error("no token");
  return token;
}

/** What Auth.js does on every later read of the cookie (auth(), GET /api/auth/session): a copy of the token is checked the same way. */
const read = (token: JWT) => jwtCallback({ token: { ...token } });

describe("server-side sessions behind the session token", () => {
  // Regression: signing out only deleted the browser's cookie; a copy of the
  // token kept working (and /api/auth/session kept extending it) until the password changed.
  it("refuses a token once its session was signed out, and only that session", async () => {
    const token = await signIn(user);
    const otherBrowser = await signIn(user);
    expect(await read(token)).toMatchObject({ sub: user.id, sid: token.sid });

    await signOutEvent({ token });
    expect(await read(token)).toBeNull();
    expect(await read(otherBrowser)).not.toBeNull();
  });

  it("signing out everywhere refuses every token of the user, and no one else's", async () => {
    const first = await signIn(user);
    const second = await signIn(user);
    const someoneElse = await signIn(other);
    expect(await endAllSessions(user.id)).toBeGreaterThanOrEqual(2);
    expect(await read(first)).toBeNull();
    expect(await read(second)).toBeNull();
    expect(await read(someoneElse)).not.toBeNull();
  });

  it("refuses a token without a session, with another user's session, or with an expired one", async () => {
    const token = await signIn(user);
    expect(await read({ sub: user.id, sv: 1 })).toBeNull();
    expect(await read({ ...token, sub: other.id })).toBeNull();
    await db.userSession.update({ where: { id: token.sid as string }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await read(token)).toBeNull();
  });

  it("keeps a used session alive as long as its token, and deletes expired sessions", async () => {
    const token = await signIn(user);
    const soon = new Date(Date.now() + 60 * 60_000);
    await db.userSession.update({ where: { id: token.sid as string }, data: { expiresAt: soon } });
    expect(await read(token)).not.toBeNull();
    const row = await db.userSession.findUniqueOrThrow({ where: { id: token.sid as string } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 7 * 60 * 60_000);

    const stale = await db.userSession.create({ data: { userId: other.id, expiresAt: new Date(Date.now() - 1000) } });
    await signIn(user);
    expect(await db.userSession.findUnique({ where: { id: stale.id } })).toBeNull();
  });
});
