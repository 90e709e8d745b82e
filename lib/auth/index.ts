/**
 * Auth.js: e-mail and password, JWT sessions. A session token names the user,
 * the user's session version and a server-side session
 * (lib/auth/session-callbacks.ts): signing out deletes that session, so the
 * token stops working wherever it was copied; requireMember()
 * (lib/auth/guard.ts) checks the user and the version against the database
 * on every request, so disabling a user or changing the password ends their
 * sessions.
 */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db";
import { env } from "../env";
import { timingHash, verifyPassword } from "./password";
import { SESSION_MAX_AGE_SECONDS } from "./sessions";
import { checkLoginLimit, recordLoginAttempt } from "./login-limit";
import { requestClientAddress } from "./request-address";
import { jwtCallback, sessionCallback, signOutEvent } from "./session-callbacks";

export class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
  retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super();
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});


export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  logger: {
    // A wrong password is an expected event, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "E-mail" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = requestClientAddress(request.headers);

        const limit = await checkLoginLimit(email, ip);
        if (!limit.allowed) throw new TooManyAttempts(limit.retryAfterSeconds);

        const user = await db.user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, passwordHash: true, disabled: true, sessionVersion: true },
        });
        const valid = await verifyPassword(user?.passwordHash ?? (await timingHash()), password);
        if (!user || !valid || user.disabled) {
          await recordLoginAttempt(email, ip, false);
          return null;
        }
        await recordLoginAttempt(email, ip, true);
        await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: { jwt: jwtCallback, session: sessionCallback },
  events: { signOut: signOutEvent },
});
