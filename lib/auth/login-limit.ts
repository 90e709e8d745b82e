/**
 * Limits failed sign-ins per account and per client address. Attempts are
 * kept in the database so the limit holds across server processes.
 */
import { db } from "../db";
import { env } from "../env";

export type LoginLimit = { allowed: true } | { allowed: false; retryAfterMinutes: number };

export async function checkLoginLimit(email: string, ip: string, now = new Date()): Promise<LoginLimit> {
  const windowStart = new Date(now.getTime() - env.LOGIN_WINDOW_MINUTES * 60_000);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, success: true, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess?.createdAt ?? windowStart;
  const [accountFailures, addressFailures] = await Promise.all([
    db.loginAttempt.findMany({
      where: { email, success: false, createdAt: { gt: accountSince } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
    db.loginAttempt.findMany({
      where: { ip, success: false, createdAt: { gt: windowStart } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
  ]);

  const blockedUntil = (failures: { createdAt: Date }[], max: number) => {
    if (failures.length < max) return null;
    // The lock lifts when the oldest counted failure leaves the window.
    const oldest = failures[failures.length - max].createdAt;
    return oldest.getTime() + env.LOGIN_WINDOW_MINUTES * 60_000;
  };
  const until = Math.max(
    blockedUntil(accountFailures, env.LOGIN_MAX_FAILURES_PER_ACCOUNT) ?? 0,
    blockedUntil(addressFailures, env.LOGIN_MAX_FAILURES_PER_ADDRESS) ?? 0,
  );
  if (until > now.getTime()) {
    return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((until - now.getTime()) / 60_000)) };
  }
  return { allowed: true };
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean) {
  await db.loginAttempt.create({ data: { email, ip, success } });
}
