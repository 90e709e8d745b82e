import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { checkLoginLimit, recordLoginAttempt } from "./login-limit";

const unique = () => crypto.randomUUID().slice(0, 8);

afterAll(async () => {
  await db.$disconnect();
});

describe("failed sign-in limit", () => {
  it("locks an account after five failures and says for how long", async () => {
    const email = `limit-${unique()}@example.test`;
    for (let i = 0; i < 4; i++) await recordLoginAttempt(email, `10.0.0.${i}`, false);
    expect(await checkLoginLimit(email, "10.0.1.1")).toEqual({ allowed: true });

    await recordLoginAttempt(email, "10.0.0.9", false);
    const limit = await checkLoginLimit(email, "10.0.1.1");
    expect(limit.allowed).toBe(false);
    if (!limit.allowed) expect(limit.retryAfterMinutes).toBeGreaterThanOrEqual(14);
  });

  it("lifts the lock once the failures leave the window", async () => {
    const email = `window-${unique()}@example.test`;
    for (let i = 0; i < 5; i++) await recordLoginAttempt(email, "10.0.2.1", false);
    const later = new Date(Date.now() + 16 * 60_000);
    expect(await checkLoginLimit(email, "10.0.2.2", later)).toEqual({ allowed: true });
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const email = `reset-${unique()}@example.test`;
    for (let i = 0; i < 4; i++) await recordLoginAttempt(email, "10.0.3.1", false);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await recordLoginAttempt(email, "10.0.3.1", true);
    await recordLoginAttempt(email, "10.0.3.1", false);
    expect(await checkLoginLimit(email, "10.0.3.2")).toEqual({ allowed: true });
  });

  it("locks a client address after twenty failures across accounts", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${unique()}`;
    for (let i = 0; i < 20; i++) await recordLoginAttempt(`spray-${i}-${unique()}@example.test`, ip, false);
    const limit = await checkLoginLimit(`someone-else-${unique()}@example.test`, ip);
    expect(limit.allowed).toBe(false);
  });
});
