/**
 * Invitation links carry a random token; only its SHA-256 hash is stored, so a
 * copy of the database does not let anyone join an organisation.
 */
import { message } from "@/lib/i18n/message";
import { createHash, randomBytes } from "node:crypto";

const INVITATION_VALID_DAYS = 7;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function createInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function invitationExpiry(now: Date = new Date()): Date {
  return new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}

export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

export function invitationStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

/** What the invitation page says when a link can no longer be used. */
export const invitationStatusMessages: Record<Exclude<InvitationStatus, "pending">, string> = {
  accepted: message("members.errors.linkAccepted"),
  revoked: message("members.errors.linkRevoked"),
  expired: message("members.errors.linkExpired", { days: INVITATION_VALID_DAYS }),
};
