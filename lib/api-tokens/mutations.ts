/**
 * Creating and revoking an organisation's API tokens: owners and DPOs only,
 * each change audited in its own transaction. The secret is returned once by
 * createApiToken and stored nowhere.
 */
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { message } from "@/lib/i18n/message";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { failure, type MutationResult } from "@/lib/mutations/result";
import { createApiTokenSchema, expiryDate, revokeApiTokenSchema } from "./schema";
import { createApiTokenSecret } from "./secret";

const ENTITY = "apiToken";
const NOT_FOUND = failure("not-found", { formError: message("apiTokens.errors.notFound") });

const publicFields = { id: true, name: true, scopes: true, prefix: true, createdAt: true, expiresAt: true, revokedAt: true } as const;

export type CreatedApiToken = { id: string; name: string; token: string; expiresAt: Date | null };

export async function createApiToken(actor: Actor, raw: unknown, now: Date = new Date()): Promise<MutationResult<{ data: CreatedApiToken }>> {
  const refused = refuseRole(actor, "DPO");
  if (refused) return refused;
  const parsed = createApiTokenSchema.safeParse(raw);
  if (!parsed.success) return failure("invalid", { formError: message("apiTokens.errors.invalid"), fieldErrors: fieldErrorsFrom(parsed.error) });
  const { name, scopes, expiry } = parsed.data;
  const { token, tokenHash, prefix } = createApiTokenSecret();
  return writeAudited(actor, async (tx, audit) => {
    const created = await tx.apiToken.create({
      data: { organisationId: actor.organisation.id, name, scopes: [...new Set(scopes)], tokenHash, prefix, createdById: actor.user.id, createdAt: now, expiresAt: expiryDate(expiry, now) },
      select: publicFields,
    });
    await audit({ action: "CREATE", entityType: ENTITY, entityId: created.id, after: created });
    return { ok: true as const, data: { id: created.id, name: created.name, token, expiresAt: created.expiresAt } };
  });
}

export async function revokeApiToken(actor: Actor, raw: unknown, now: Date = new Date()): Promise<MutationResult> {
  const refused = refuseRole(actor, "DPO");
  if (refused) return refused;
  const parsed = revokeApiTokenSchema.safeParse(raw);
  if (!parsed.success) return NOT_FOUND;
  return writeAudited(actor, async (tx, audit) => {
    const where = { id: parsed.data.tokenId, organisationId: actor.organisation.id };
    const before = await tx.apiToken.findFirst({ where, select: publicFields });
    if (!before) return NOT_FOUND;
    if (before.revokedAt) return { ok: true as const, message: message("apiTokens.notices.alreadyRevoked") };
    const after = await tx.apiToken.update({ where: { id: before.id }, data: { revokedAt: now, revokedById: actor.user.id }, select: publicFields });
    await audit({ action: "REVOKE", entityType: ENTITY, entityId: before.id, before, after });
    return { ok: true as const, message: message("apiTokens.notices.revoked", { name: before.name }) };
  });
}
