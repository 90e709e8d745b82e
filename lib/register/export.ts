import "server-only";
import type { Actor } from "@/lib/mutations/actor";
import { writeAudited } from "@/lib/mutations/audited";
import { organisationLanguages, type Language } from "@/lib/translations/languages";
import { loadTranslationSet } from "@/lib/translations/queries";
import { buildRegister, registerFileName, type Register } from "./build";
import { findExportFormat } from "./formats";
import { localiseRegisterSource } from "./localise";
import { loadRegisterSource } from "./queries";
import type { RegisterFilters } from "./source";
import { registerWording } from "./wording";

export type RegisterExport = { body: Buffer | string; fileName: string; contentType: string; activities: number; language: Language };

/**
 * One export of the organisation's register in one of the formats of
 * ./formats, recorded in the audit log with its language (Art. 30(4): what
 * was handed over, and when, can matter later). Art. 30(3)-(4) let the
 * authority ask for the record, and it may ask in its own language: an
 * export can be made in any language the organisation keeps, the default
 * language unless another is chosen. Every role may export; the caller has
 * checked the membership and the language (registerLanguages). null for an
 * unknown format or organisation, or a language the organisation does not keep.
 */
export async function exportRegister(
  member: Actor,
  formatId: string,
  filters: RegisterFilters,
  now: Date = new Date(),
  language?: Language,
): Promise<RegisterExport | null> {
  const format = findExportFormat(formatId);
  if (!format) return null;
  const records = await loadRegisterSource(member.organisation.id, filters, now);
  if (!records) return null;
  const languages = organisationLanguages(records.organisation.defaultLanguage, records.organisation.languages);
  const chosen = language ?? languages[0];
  if (!languages.includes(chosen)) return null;
  const { marked, unmarked, localisation } = localiseRegisterSource(records, await loadTranslationSet(member.organisation.id, chosen));
  const wording = registerWording(chosen);
  // Built once, and only for the formats that render the built register.
  let built: Register | undefined;
  const register = () => (built ??= buildRegister(marked, wording, localisation.legend));
  const body = await format.render({ source: marked, unmarked, register, wording, localisation });
  await writeAudited(member, (_tx, audit) =>
    audit({
      action: "EXPORT",
      entityType: "Register",
      entityId: member.organisation.id,
      after: { format: format.id, language: chosen, activities: records.activities.length, untranslated: localisation.untranslated.length, filters },
    }),
  );
  const fileName = registerFileName({ organisation: records.organisation, generatedAt: records.generatedAt }, format.extension, [
    ...(format.fileQualifier ? [format.fileQualifier] : []),
    ...(chosen === languages[0] ? [] : [chosen]),
  ]);
  return { body, fileName, contentType: format.contentType, activities: records.activities.length, language: chosen };
}
