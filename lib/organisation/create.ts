/**
 * A further organisation, created by someone who already owns one (an
 * external DPO keeping the registers of several clients, for instance). It
 * starts with the default catalogues, and its creator is its first owner.
 */
import "server-only";
import type { Role } from "@prisma/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { createDefaultCatalogues } from "@/lib/catalogues/defaults";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/forms/action-state";
import { message } from "@/lib/i18n/message";
import { createOrganisationSchema } from "./slug";

type Creator = { user: { id: string; email: string }; memberships: { role: Role }[] };

export type CreateOrganisationResult =
  | { ok: true; organisation: { id: string; slug: string; legalName: string } }
  | { ok: false; fieldErrors?: FieldErrors; formError?: string };

/** Only owners create organisations: a viewer somewhere must not be able to start registers at will. */
export function canCreateOrganisation(member: { memberships: { role: Role }[] }): boolean {
  return member.memberships.some((membership) => membership.role === "OWNER");
}

const SLUG_TAKEN = "This short name is already taken. Choose another one, e.g. with the city or country added.";

export async function createOrganisation(member: Creator, input: unknown): Promise<CreateOrganisationResult> {
  if (!canCreateOrganisation(member)) return { ok: false, formError: message("organisations.errors.ownersOnly") };
  const parsed = createOrganisationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const { legalName, slug } = parsed.data;
  if (await db.organisation.findUnique({ where: { slug }, select: { id: true } })) {
    return { ok: false, fieldErrors: { slug: SLUG_TAKEN } };
  }
  try {
    const organisation = await db.$transaction(async (tx) => {
      const created = await tx.organisation.create({ data: { legalName, slug } });
      await createDefaultCatalogues(tx, created.id);
      const membership = await tx.membership.create({
        data: { organisationId: created.id, userId: member.user.id, role: "OWNER" },
        select: { id: true, role: true },
      });
      const actor = member.user;
      await recordAudit(tx, { organisationId: created.id, actor, action: "CREATE", entityType: "Organisation", entityId: created.id, after: created });
      await recordAudit(tx, {
        organisationId: created.id,
        actor,
        action: "CREATE",
        entityType: "Membership",
        entityId: membership.id,
        after: { email: member.user.email, role: membership.role },
      });
      return { id: created.id, slug: created.slug, legalName: created.legalName };
    });
    return { ok: true, organisation };
  } catch (error) {
    // Another request took the name between the check and the insert.
    if (isUniqueViolation(error)) {
      return { ok: false, fieldErrors: { slug: SLUG_TAKEN } };
    }
    throw error;
  }
}
