/**
 * The CNIL's model register ("Registre des activités de traitement", the
 * spreadsheet the French authority offers controllers): an overview sheet
 * listing the processing activities, and a "fiche" per activity in sections
 * (description, actors, purposes, security measures, data categories, data
 * subjects, recipients, transfers outside the EU, retention). The mapping of
 * each column to the record's fields, beside the ICO's, is in
 * docs/register-layouts.md. The words are in the wording catalogues
 * (./wording), so the layout can be produced in any language.
 */

/** The overview sheet's columns, in this order: one line per activity. */
export const CNIL_COLUMNS = [
  "reference",
  "name",
  "createdAt",
  "updatedAt",
  "description",
  "controller", // Art. 30(1)(a)
  "dpo", // Art. 30(1)(a)
  "representative", // Art. 30(1)(a)
  "jointControllers", // Art. 30(1)(a), Art. 26
  "purposes", // Art. 30(1)(b)
  "dataSubjects", // Art. 30(1)(c)
  "dataCategories", // Art. 30(1)(c)
  "sensitiveData", // Art. 9 and 10
  "recipients", // Art. 30(1)(d)
  "transfers", // Art. 30(1)(e)
  "retention", // Art. 30(1)(f)
  "securityMeasures", // Art. 30(1)(g)
  "status",
] as const;

export type CnilColumnKey = (typeof CNIL_COLUMNS)[number];

/** The sections of a fiche, in the CNIL model's order; each lists the overview's columns it holds. */
export const CNIL_FICHE_SECTIONS = [
  { key: "description", columns: ["name", "reference", "createdAt", "updatedAt", "description", "status"] },
  { key: "actors", columns: ["controller", "dpo", "representative", "jointControllers"] },
  { key: "purposes", columns: ["purposes"] },
  { key: "security", columns: ["securityMeasures"] },
  { key: "dataCategories", columns: ["dataCategories", "sensitiveData"] },
  { key: "dataSubjects", columns: ["dataSubjects"] },
  { key: "recipients", columns: ["recipients"] },
  { key: "transfers", columns: ["transfers"] },
  { key: "retention", columns: ["retention"] },
] as const satisfies readonly { key: string; columns: readonly CnilColumnKey[] }[];

/** The words of the layout itself: the overview sheet, the fiche, and its sections. */
export type CnilFicheKey = "overview" | "fiche" | (typeof CNIL_FICHE_SECTIONS)[number]["key"];
