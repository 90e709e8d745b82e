import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's recommended minimum
// of 19 MiB memory, 2 iterations.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified in place of an account's hash when the e-mail is unknown, so that
// "no such account" takes as long as "wrong password" and cannot be told apart.
let dummyHash: Promise<string> | undefined;
export const timingHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

export const PASSWORD_MIN_LENGTH = 10;
