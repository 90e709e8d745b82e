import { describe, expect, it } from "vitest";
import { acceptInvitationSchema } from "./schema";
import { createInvitationToken, hashInvitationToken, invitationExpiry, invitationStatus } from "./tokens";

describe("invitation tokens", () => {
  it("are 32 random bytes in base64url, stored only as their SHA-256 hash", () => {
    const a = createInvitationToken();
    const b = createInvitationToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token, "base64url")).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(hashInvitationToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).not.toContain(a.token);
  });

  it("expire seven days after they are made", () => {
    const now = new Date("2026-03-01T10:00:00Z");
    expect(invitationExpiry(now).toISOString()).toBe("2026-03-08T10:00:00.000Z");
  });

  it("report accepted before revoked before expired", () => {
    const now = new Date("2026-03-10T00:00:00Z");
    const past = new Date("2026-03-01T00:00:00Z");
    const future = new Date("2026-03-20T00:00:00Z");
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: future }, now)).toBe("pending");
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(invitationStatus({ acceptedAt: null, revokedAt: past, expiresAt: past }, now)).toBe("revoked");
    expect(invitationStatus({ acceptedAt: past, revokedAt: null, expiresAt: past }, now)).toBe("accepted");
  });
});

describe("acceptInvitationSchema", () => {
  const token = createInvitationToken().token;

  it("asks a new user for the password twice, the same way", () => {
    const result = acceptInvitationSchema.safeParse({ kind: "new", token, name: "Ada", password: "long-enough-1", confirmPassword: "long-enough-2" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain("confirmPassword");
  });

  it("refuses short passwords and malformed tokens", () => {
    const short = acceptInvitationSchema.safeParse({ kind: "new", token, name: "Ada", password: "short", confirmPassword: "short" });
    expect(short.success).toBe(false);
    const forged = acceptInvitationSchema.safeParse({ kind: "existing", token: "abc", password: "whatever" });
    expect(forged.success).toBe(false);
  });

  it("accepts a well-formed answer of each kind", () => {
    expect(acceptInvitationSchema.safeParse({ kind: "new", token, name: " Ada ", password: "long-enough-1", confirmPassword: "long-enough-1" }).success).toBe(true);
    expect(acceptInvitationSchema.safeParse({ kind: "existing", token, password: "x" }).success).toBe(true);
  });
});
