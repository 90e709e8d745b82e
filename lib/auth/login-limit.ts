/**
 * Limits on failed sign-ins (OWASP Authentication Cheat Sheet, "Protect
 * against automated attacks"). Attempts are kept in the database so the
 * limits hold across server processes, and only for as long as the limits
 * look at them (the window): Art. 5(1)(c) and (e) GDPR.
 *
 * Three rules, none of which lets a stranger lock someone else out:
 * - an account and an address: LOGIN_MAX_FAILURES_PER_ACCOUNT failures on one
 *   account from one address lock that pair for the window, even for the
 *   right password (guessing from one place);
 * - an address: LOGIN_MAX_FAILURES_PER_ADDRESS failures across accounts lock
 *   the address (trying one password on many accounts);
 * - an account, from many addresses: once the account has had that many
 *   failures, every address that has failed on it must wait a delay that
 *   doubles with each further failure, up to the window (guessing spread
 *   over many addresses).
 * An address that has not failed on the account is never held back by the
 * account's failures, so its owner still signs in with the right password
 * while someone else is guessing.
 */
import { db } from "../db";
import { env } from "../env";
import { message } from "@/lib/i18n/message";

export type LoginLimit = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The first delay once an account has had its allowance of failures; it doubles with each further one. */
const FIRST_DELAY_SECONDS = 15;

const windowMs = () => env.LOGIN_WINDOW_MINUTES * 60_000;

/** When the `max`-th latest failure matching `where` leaves the window, or null when there are fewer. */
async function lockedUntil(where: { email?: string; ip?: string; createdAt: { gt: Date } }, max: number): Promise<number | null> {
  const counted = await db.loginAttempt.findFirst({
    where: { ...where, success: false },
    orderBy: { createdAt: "desc" },
    skip: max - 1,
    select: { createdAt: true },
  });
  return counted ? counted.createdAt.getTime() + windowMs() : null;
}

async function lastSuccess(where: { email: string; ip?: string }, windowStart: Date): Promise<Date> {
  const row = await db.loginAttempt.findFirst({
    where: { ...where, success: true, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return row?.createdAt ?? windowStart;
}

export async function checkLoginLimit(email: string, ip: string, now = new Date()): Promise<LoginLimit> {
  const windowStart = new Date(now.getTime() - windowMs());
  // A successful sign-in forgets the failures before it: for the account, and for the pair.
  const [accountSince, pairSince] = await Promise.all([lastSuccess({ email }, windowStart), lastSuccess({ email, ip }, windowStart)]);
  const [addressUntil, pairUntil, account, pairFailures] = await Promise.all([
    lockedUntil({ ip, createdAt: { gt: windowStart } }, env.LOGIN_MAX_FAILURES_PER_ADDRESS),
    lockedUntil({ email, ip, createdAt: { gt: pairSince } }, env.LOGIN_MAX_FAILURES_PER_ACCOUNT),
    db.loginAttempt.aggregate({
      where: { email, success: false, createdAt: { gt: accountSince } },
      _count: { _all: true },
      _max: { createdAt: true },
    }),
    db.loginAttempt.count({ where: { email, ip, success: false, createdAt: { gt: pairSince } } }),
  ]);

  let delayUntil = 0;
  const beyond = account._count._all - env.LOGIN_MAX_FAILURES_PER_ACCOUNT;
  if (beyond >= 0 && pairFailures > 0 && account._max.createdAt) {
    const delay = Math.min(FIRST_DELAY_SECONDS * 1000 * 2 ** beyond, windowMs());
    delayUntil = account._max.createdAt.getTime() + delay;
  }

  const until = Math.max(addressUntil ?? 0, pairUntil ?? 0, delayUntil);
  if (until > now.getTime()) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
  return { allowed: true };
}

/** Records an attempt and deletes those the limits no longer look at. */
export async function recordLoginAttempt(email: string, ip: string, success: boolean) {
  await db.loginAttempt.create({ data: { email, ip, success } });
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - windowMs()) } } });
}

/** "Try again in 40 seconds." / "Try again in 3 minutes." */
/** What a refused attempt says: "… Try again in 3 minutes." (a catalogue reference, lib/i18n/message.ts). */
export function retryAfterText(reason: "signIn" | "password", seconds: number): string {
  return seconds < 60 ? message(`auth.errors.${reason}RetrySeconds`, { seconds }) : message(`auth.errors.${reason}RetryMinutes`, { minutes: Math.ceil(seconds / 60) });
}
