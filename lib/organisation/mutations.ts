/**
 * Saving the organisation profile (DPO and owner), as a plain function taking
 * the signed-in member and the submitted input.
 */
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { message } from "@/lib/i18n/message";
import { describeConflict } from "@/lib/records/versioning";
import { versionSchema } from "@/lib/forms/field-rules";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { echo, failure, type MutationResult } from "@/lib/mutations/result";
import { organisationProfileSchema } from "./schema";
import { organisationProfileFields } from "./fields";

const ENTITY = "Organisation";

const snapshotSelect = {
  ...organisationProfileFields,
  version: true,
} as const;

/** The organisation is always the member's current one: no id comes from the form. */
export async function updateOrganisationProfile(actor: Actor, input: unknown): Promise<MutationResult<{ id: string }>> {
  const refused = refuseRole(actor, "DPO");
  if (refused) return refused;
  const parsed = organisationProfileSchema.safeParse(input);
  const version = versionSchema.safeParse(input);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsFrom(parsed.error), values: echo(input) });
  if (!version.success) return failure("invalid", { formError: version.error.issues[0].message, values: echo(input) });
  const organisationId = actor.organisation.id;
  return writeAudited(actor, async (tx, audit): Promise<MutationResult<{ id: string }>> => {
    const before = await tx.organisation.findUnique({ where: { id: organisationId }, select: snapshotSelect });
    if (!before) return failure("not-found", { formError: message("organisation.errors.gone") });
    const { count } = await tx.organisation.updateMany({
      where: { id: organisationId, version: version.data.version },
      data: { ...parsed.data, version: { increment: 1 } },
    });
    if (count === 0) {
      const conflict = await describeConflict(tx, { organisationId, entityType: ENTITY, entityId: organisationId }, version.data.version, before.version);
      return failure("conflict", { conflict, values: echo(input) });
    }
    const after = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: snapshotSelect });
    await audit({ action: "UPDATE", entityType: ENTITY, entityId: organisationId, before, after });
    return { ok: true, id: organisationId, message: message("organisation.notices.saved") };
  });
}
