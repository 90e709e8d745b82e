import type { CatalogueType } from "@/lib/catalogues/schema";

/**
 * The catalogue's key in the message catalogue (catalogues.types.<key>): each
 * catalogue has its own sentences ("Add data category", "Neue Datenkategorie")
 * because German inflects the noun and its article, so no sentence is built
 * from a noun.
 */
export const catalogueKeys = {
  "legal-bases": "legalBases",
  "data-categories": "dataCategories",
  "data-subjects": "dataSubjects",
  "security-measures": "securityMeasures",
} as const satisfies Record<CatalogueType, string>;

/** Whose sentences a shared part (where used, delete) speaks: a catalogue's, or the recipients'. */
export type EntryKind = (typeof catalogueKeys)[CatalogueType] | "recipients";
