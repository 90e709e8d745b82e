/**
 * Creating a missing catalogue entry (a data category, data subject category,
 * recipient or security measure) from inside the activity form, without
 * leaving it. The entry belongs to the member's organisation, is audit-logged
 * in the same transaction, and comes back in the shape the form's pickers use
 * so it can be selected at once.
 */
import { isUniqueViolation } from "@/lib/db-errors";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { refuseRole, type Actor } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { failure, type MutationResult } from "@/lib/mutations/result";
import { message } from "@/lib/i18n/message";
import { quickCreateSchema, type QuickCreateType } from "./schema";
import type { DataCategoryOption, DataSubjectCategoryOption, RecipientOption, SecurityMeasureOption } from "./form-options";

export type QuickCreatedEntry =
  | { type: "dataCategory"; entry: DataCategoryOption }
  | { type: "dataSubjectCategory"; entry: DataSubjectCategoryOption }
  | { type: "recipient"; entry: RecipientOption }
  | { type: "securityMeasure"; entry: SecurityMeasureOption };

export type QuickCreateResult = MutationResult<{ created: QuickCreatedEntry }>;

const entityTypes: Record<QuickCreateType, string> = {
  dataCategory: "DataCategory",
  dataSubjectCategory: "DataSubjectCategory",
  recipient: "Recipient",
  securityMeasure: "SecurityMeasure",
};

export async function quickCreateEntry(actor: Actor, raw: unknown): Promise<QuickCreateResult> {
  const refused = refuseRole(actor, "EDITOR");
  if (refused) return refused;
  const parsed = quickCreateSchema.safeParse(raw);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsFrom(parsed.error) });
  const input = parsed.data;
  const organisationId = actor.organisation.id;
  try {
    return await writeAudited(actor, async (tx, audit): Promise<QuickCreateResult> => {
      let created: QuickCreatedEntry;
      let after: unknown;
      if (input.type === "dataCategory") {
        const row = await tx.dataCategory.create({
          data: { organisationId, name: input.name, special: input.special, criminal: input.criminal, defaultRetention: input.defaultRetention },
        });
        created = { type: input.type, entry: { id: row.id, name: row.name, special: row.special, criminal: row.criminal, defaultRetention: row.defaultRetention } };
        after = row;
      } else if (input.type === "dataSubjectCategory") {
        const row = await tx.dataSubjectCategory.create({ data: { organisationId, name: input.name } });
        created = { type: input.type, entry: { id: row.id, name: row.name } };
        after = row;
      } else if (input.type === "recipient") {
        if (input.countryCode && !(await tx.country.findUnique({ where: { code: input.countryCode }, select: { code: true } }))) {
          return failure("invalid", { fieldErrors: { countryCode: message("activityForm.errors.countryFromList") } });
        }
        const row = await tx.recipient.create({ data: { organisationId, name: input.name, kind: input.kind, countryCode: input.countryCode } });
        created = { type: input.type, entry: { id: row.id, name: row.name, kind: row.kind, countryCode: row.countryCode, hasDpa: false } };
        after = row;
      } else {
        const row = await tx.securityMeasure.create({ data: { organisationId, name: input.name, group: input.group } });
        created = { type: input.type, entry: { id: row.id, name: row.name, group: row.group } };
        after = row;
      }
      await audit({ action: "CREATE", entityType: entityTypes[input.type], entityId: created.entry.id, after });
      return { ok: true, created };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return failure("invalid", { fieldErrors: { name: message("activityForm.errors.entryExists", { name: input.name }) } });
    }
    throw error;
  }
}
