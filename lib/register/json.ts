/**
 * The complete register as JSON, schema version 2 (docs/register-json-schema.md).
 * Everything needed to recreate the records in an empty organisation: the
 * profile, the catalogues, recipients and processors, and every activity with
 * every field. Database ids are left out; activities refer to catalogue
 * entries by the key that is unique within an organisation (a legal basis by
 * its citation, everything else by its name), so the file means the same in
 * any organisation it is imported into.
 */
import { asLanguage } from "@/lib/translations/languages";
import type { RegisterLocalisation } from "./localise";
import type { RegisterSource } from "./source";
import { compareText, isoDate } from "./lines";

// 2: "none" answers, automated decisions that may be not recorded (null), the agreement's status.
export const REGISTER_JSON_SCHEMA_VERSION = 2;
export const REGISTER_JSON_FORMAT = "ropa-register";

const nameOf = <T extends { id: string; name: string }>(rows: T[]) => {
  const names = new Map(rows.map((row) => [row.id, row.name]));
  return (id: string) => names.get(id) ?? id;
};

/** The entry without its database id, which means nothing in another organisation. */
function omitId<T extends { id: string }>(row: T): Omit<T, "id"> {
  const copy: Partial<T> = { ...row };
  delete copy.id;
  return copy as Omit<T, "id">;
}

/** The records as they are, in the default language, with nothing untranslated. */
function defaultLocalisation(source: RegisterSource): Pick<RegisterLocalisation, "language" | "untranslated"> {
  return { language: asLanguage(source.organisation.defaultLanguage), untranslated: [] };
}

export function registerJson(source: RegisterSource, localisation: Pick<RegisterLocalisation, "language" | "untranslated"> = defaultLocalisation(source)) {
  const citation = new Map(source.legalBases.map((basis) => [basis.id, basis.citation]));
  const basisKey = (id: string) => citation.get(id) ?? id;
  const dataCategory = nameOf(source.dataCategories);
  const dataSubject = nameOf(source.dataSubjectCategories);
  const measure = nameOf(source.securityMeasures);
  const recipient = nameOf(source.recipients);
  const organisation = omitId(source.organisation);

  return {
    format: REGISTER_JSON_FORMAT,
    schemaVersion: REGISTER_JSON_SCHEMA_VERSION,
    exportedAt: source.generatedAt.toISOString(),
    filters: source.filters,
    // The language the texts are in; those without a translation stand in the default language and are listed here
    // (by what they belong to and the text shown), as this file carries no marks.
    language: localisation.language,
    untranslated: localisation.untranslated.map(({ entity, field, source: text }) => ({ entity, field, text })),
    organisation,
    countries: source.countries,
    catalogues: {
      legalBases: source.legalBases.map(omitId),
      dataCategories: source.dataCategories.map(omitId),
      dataSubjectCategories: source.dataSubjectCategories.map(omitId),
      securityMeasures: source.securityMeasures.map(omitId),
    },
    recipients: source.recipients.map(omitId).map(({ parentId, dpaSignedOn, dpaNextReviewOn, ...entry }) => ({
      ...entry,
      parent: parentId ? recipient(parentId) : null,
      dpaSignedOn: dpaSignedOn ? isoDate(dpaSignedOn) : null,
      dpaNextReviewOn: dpaNextReviewOn ? isoDate(dpaNextReviewOn) : null,
    })),
    activities: source.activities.map(omitId).map(
      ({ purposes, dataSubjectCategoryIds, dataCategories, parties, transfers, securityMeasureIds, ...activity }) => ({
        ...activity,
        lastReviewedOn: activity.lastReviewedOn ? isoDate(activity.lastReviewedOn) : null,
        nextReviewOn: activity.nextReviewOn ? isoDate(activity.nextReviewOn) : null,
        createdAt: activity.createdAt.toISOString(),
        updatedAt: activity.updatedAt.toISOString(),
        purposes: purposes.map(omitId).map(({ legalBasisIds, ...purpose }) => ({ ...purpose, legalBases: legalBasisIds.map(basisKey).sort(compareText) })),
        dataSubjectCategories: dataSubjectCategoryIds.map(dataSubject).sort(compareText),
        dataCategories: dataCategories.map(omitId).map(({ dataCategoryId, art9ConditionId, ...link }) => ({
          dataCategory: dataCategory(dataCategoryId),
          ...link,
          art9Condition: art9ConditionId ? basisKey(art9ConditionId) : null,
        })),
        parties: parties
          .map(({ recipientId, ...party }) => ({ recipient: recipient(recipientId), ...party }))
          .sort((a, b) => compareText(a.role, b.role) || compareText(a.recipient, b.recipient)),
        transfers: transfers.map(omitId).map(({ recipientId, ...transfer }) => ({ ...transfer, recipient: recipientId ? recipient(recipientId) : null })),
        securityMeasures: securityMeasureIds.map(measure).sort(compareText),
      }),
    ),
  };
}

export type RegisterJson = ReturnType<typeof registerJson>;

export function renderRegisterJson(source: RegisterSource, localisation?: Pick<RegisterLocalisation, "language" | "untranslated">): string {
  return JSON.stringify(registerJson(source, localisation), null, 2) + "\n";
}
