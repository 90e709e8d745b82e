import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { checkLoginLimit, recordLoginAttempt } from "./login-limit";

const unique = () => crypto.randomUUID().slice(0, 8);
const address = () => `192.0.2.${Math.floor(Math.random() * 250)}-${unique()}`;

afterAll(async () => {
  await db.$disconnect();
});

describe("failed sign-in limit", () => {
  // Regression: five failures from anywhere locked the account for everyone,
  // so a stranger could keep its owner out, renewably, even with the right password.
  it("lets a right password in from an address that has not failed on the account", async () => {
    const email = `lockout-${unique()}@example.test`;
    for (let i = 0; i < 5; i++) await recordLoginAttempt(email, address(), false);
    expect(await checkLoginLimit(email, address())).toEqual({ allowed: true });
  });

  it("locks an account for the address that failed on it five times, even for the right password, and says for how long", async () => {
    const email = `pair-${unique()}@example.test`;
    const guesser = address();
    for (let i = 0; i < 4; i++) await recordLoginAttempt(email, guesser, false);
    expect(await checkLoginLimit(email, guesser)).toEqual({ allowed: true });

    await recordLoginAttempt(email, guesser, false);
    const limit = await checkLoginLimit(email, guesser);
    expect(limit.allowed).toBe(false);
    if (!limit.allowed) expect(limit.retryAfterSeconds).toBeGreaterThanOrEqual(14 * 60);
  });

  it("slows down guessing spread over many addresses, more with each failure, for every address that has failed", async () => {
    const email = `spread-${unique()}@example.test`;
    const addresses = Array.from({ length: 6 }, address);
    for (const ip of addresses.slice(0, 5)) await recordLoginAttempt(email, ip, false);
    const first = await checkLoginLimit(email, addresses[0]);
    expect(first.allowed).toBe(false);
    if (!first.allowed) expect(first.retryAfterSeconds).toBeGreaterThan(0);
    expect(await checkLoginLimit(email, addresses[0], new Date(Date.now() + 16_000))).toEqual({ allowed: true });

    await recordLoginAttempt(email, addresses[5], false);
    const second = await checkLoginLimit(email, addresses[0]);
    expect(second.allowed).toBe(false);
    if (!first.allowed && !second.allowed) expect(second.retryAfterSeconds).toBeGreaterThan(first.retryAfterSeconds);
    expect((await checkLoginLimit(email, addresses[0], new Date(Date.now() + 16_000))).allowed).toBe(false);
  });

  it("lifts the lock once the failures leave the window", async () => {
    const email = `window-${unique()}@example.test`;
    const ip = address();
    for (let i = 0; i < 5; i++) await recordLoginAttempt(email, ip, false);
    const later = new Date(Date.now() + 16 * 60_000);
    expect(await checkLoginLimit(email, ip, later)).toEqual({ allowed: true });
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const email = `reset-${unique()}@example.test`;
    const ip = address();
    for (let i = 0; i < 4; i++) await recordLoginAttempt(email, ip, false);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await recordLoginAttempt(email, ip, true);
    await recordLoginAttempt(email, ip, false);
    expect(await checkLoginLimit(email, ip)).toEqual({ allowed: true });
  });

  it("locks a client address after twenty failures across accounts", async () => {
    const ip = address();
    for (let i = 0; i < 20; i++) await recordLoginAttempt(`spray-${i}-${unique()}@example.test`, ip, false);
    const limit = await checkLoginLimit(`someone-else-${unique()}@example.test`, ip);
    expect(limit.allowed).toBe(false);
  });

  // Regression: attempts were never deleted, so the table kept every e-mail
  // address and client address ever typed (Art. 5(1)(c) and (e) GDPR).
  it("keeps no attempt longer than the window the limits look at", async () => {
    const email = `prune-${unique()}@example.test`;
    const old = await db.loginAttempt.create({ data: { email, ip: address(), success: false, createdAt: new Date(Date.now() - 16 * 60_000) } });
    const recent = await db.loginAttempt.create({ data: { email, ip: address(), success: true, createdAt: new Date(Date.now() - 14 * 60_000) } });
    await recordLoginAttempt(`someone-${unique()}@example.test`, address(), false);
    expect(await db.loginAttempt.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.loginAttempt.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });
});
