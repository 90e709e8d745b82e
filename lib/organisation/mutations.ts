/**
 * Saving the organisation profile (DPO and owner), as a plain function taking
 * the signed-in member and the submitted input.
 */
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { describeConflict } from "@/lib/records/versioning";
import { versionSchema } from "@/lib/catalogues/schema";
import { echo, refuseRole, type Actor, type MutationResult } from "@/lib/catalogues/mutations";
import { organisationProfileSchema } from "./schema";
import { organisationProfileFields } from "./fields";

const ENTITY = "Organisation";

const snapshotSelect = {
  ...organisationProfileFields,
  version: true,
} as const;

/** The organisation is always the member's current one: no id comes from the form. */
export async function updateOrganisationProfile(actor: Actor, input: unknown): Promise<MutationResult> {
  const refused = refuseRole(actor, "DPO");
  if (refused) return refused;
  const parsed = organisationProfileSchema.safeParse(input);
  const version = versionSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error), values: echo(input) };
  if (!version.success) return { formError: version.error.issues[0].message, values: echo(input) };
  const organisationId = actor.organisation.id;
  return db.$transaction(async (tx): Promise<MutationResult> => {
    const before = await tx.organisation.findUnique({ where: { id: organisationId }, select: snapshotSelect });
    if (!before) return { notFound: true, formError: "This organisation does not exist any more." };
    const { count } = await tx.organisation.updateMany({
      where: { id: organisationId, version: version.data.version },
      data: { ...parsed.data, version: { increment: 1 } },
    });
    if (count === 0) {
      const conflict = await describeConflict(tx, { organisationId, entityType: ENTITY, entityId: organisationId }, version.data.version, before.version);
      return { conflict, values: echo(input) };
    }
    const after = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: snapshotSelect });
    await recordAudit(tx, { organisationId, actor: actor.user, action: "UPDATE", entityType: ENTITY, entityId: organisationId, before, after });
    return { ok: true, id: organisationId, message: "The organisation profile was saved." };
  });
}
