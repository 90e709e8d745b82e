import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses argon2id with a per-password salt", async () => {
    const first = await hashPassword("correct horse battery staple");
    const second = await hashPassword("correct horse battery staple");
    expect(first.startsWith("$argon2id$")).toBe(true);
    expect(first).not.toEqual(second);
  });

  it("verifies the right password and rejects a wrong one or a malformed hash", async () => {
    const stored = await hashPassword("s3cret-passphrase");
    expect(await verifyPassword(stored, "s3cret-passphrase")).toBe(true);
    expect(await verifyPassword(stored, "s3cret-passphrasE")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
