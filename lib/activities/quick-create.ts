/**
 * Creating a missing catalogue entry (a data category, data subject category,
 * recipient or security measure) from inside the activity form, without
 * leaving it. The entry belongs to the member's organisation, is audit-logged
 * in the same transaction, and comes back in the shape the form's pickers use
 * so it can be selected at once.
 */
import { isUniqueViolation } from "@/lib/db-errors";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { hasRole } from "@/lib/auth/roles";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/forms/action-state";
import { quickCreateSchema, type QuickCreateType } from "./schema";
import type { Actor } from "@/lib/mutations/actor";
import type { DataCategoryOption, DataSubjectCategoryOption, RecipientOption, SecurityMeasureOption } from "./form-options";

export type QuickCreatedEntry =
  | { type: "dataCategory"; entry: DataCategoryOption }
  | { type: "dataSubjectCategory"; entry: DataSubjectCategoryOption }
  | { type: "recipient"; entry: RecipientOption }
  | { type: "securityMeasure"; entry: SecurityMeasureOption };

export type QuickCreateResult = { ok: true; created: QuickCreatedEntry } | { ok: false; fieldErrors?: FieldErrors; formError?: string };

const entityTypes: Record<QuickCreateType, string> = {
  dataCategory: "DataCategory",
  dataSubjectCategory: "DataSubjectCategory",
  recipient: "Recipient",
  securityMeasure: "SecurityMeasure",
};

export async function quickCreateEntry(actor: Actor, raw: unknown): Promise<QuickCreateResult> {
  if (!hasRole(actor.role, "EDITOR")) throw new Error("Viewers cannot add catalogue entries.");
  const parsed = quickCreateSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const input = parsed.data;
  const organisationId = actor.organisation.id;
  try {
    return await db.$transaction(async (tx) => {
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
          return { ok: false, fieldErrors: { countryCode: "Choose a country from the list." } };
        }
        const row = await tx.recipient.create({ data: { organisationId, name: input.name, kind: input.kind, countryCode: input.countryCode } });
        created = { type: input.type, entry: { id: row.id, name: row.name, kind: row.kind, countryCode: row.countryCode, hasDpa: false } };
        after = row;
      } else {
        const row = await tx.securityMeasure.create({ data: { organisationId, name: input.name, group: input.group } });
        created = { type: input.type, entry: { id: row.id, name: row.name, group: row.group } };
        after = row;
      }
      await recordAudit(tx, {
        organisationId,
        actor: actor.user,
        action: "CREATE",
        entityType: entityTypes[input.type],
        entityId: created.entry.id,
        after,
      });
      return { ok: true, created } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { ok: false, fieldErrors: { name: `“${input.name}” already exists in the catalogue. Choose it from the list instead.` } };
    }
    throw error;
  }
}
