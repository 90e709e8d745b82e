import "server-only";
import type { Actor } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { buildRegister, registerFileName, type Register } from "./build";
import { findExportFormat } from "./formats";
import { loadRegisterSource } from "./queries";
import type { RegisterFilters } from "./source";

export type RegisterExport = { body: Buffer | string; fileName: string; contentType: string; activities: number };

/**
 * One export of the organisation's register in one of the formats of
 * ./formats, recorded in the audit log (Art. 30(4): what was handed over, and
 * when, can matter later). Every role may export; the caller has checked the
 * membership. null for an unknown format or organisation.
 */
export async function exportRegister(member: Actor, formatId: string, filters: RegisterFilters, now: Date = new Date()): Promise<RegisterExport | null> {
  const format = findExportFormat(formatId);
  if (!format) return null;
  const source = await loadRegisterSource(member.organisation.id, filters, now);
  if (!source) return null;
  // Built once, and only for the formats that render the built register.
  let built: Register | undefined;
  const register = () => (built ??= buildRegister(source));
  const body = await format.render({ source, register });
  await writeAudited(member, (_tx, audit) =>
    audit({ action: "EXPORT", entityType: "Register", entityId: member.organisation.id, after: { format: format.id, activities: source.activities.length, filters } }),
  );
  const fileName = registerFileName({ organisation: source.organisation, generatedAt: source.generatedAt }, format.extension);
  return { body, fileName, contentType: format.contentType, activities: source.activities.length };
}
