/**
 * One schema per catalogue, shared by the form (checked before sending) and
 * the server action (checked again, the only check that counts).
 */
import { z } from "zod";
import { message } from "@/lib/i18n/message";
import { securityGroupOrder } from "@/lib/labels";
import { checkbox, cleanString, LONG_TEXT_MAX, optionalText, requiredText } from "@/lib/forms/field-rules";

/** The catalogues, as they appear in addresses (/catalogues/data-categories/…). */
export const CATALOGUE_TYPES = ["legal-bases", "data-categories", "data-subjects", "security-measures"] as const;
export type CatalogueType = (typeof CATALOGUE_TYPES)[number];

export function isCatalogueType(value: string): value is CatalogueType {
  return (CATALOGUE_TYPES as readonly string[]).includes(value);
}

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

/**
 * Singular and plural nouns, in English, for the API's descriptions and
 * messages; the dashboard has its own sentences per catalogue
 * (messages/<locale>/catalogues.json).
 */
export const catalogueNouns: Record<CatalogueType, { one: string; many: string; title: string }> = {
  "legal-bases": { one: "legal basis", many: "legal bases", title: "Legal bases" },
  "data-categories": { one: "data category", many: "data categories", title: "Data categories" },
  "data-subjects": { one: "data subject category", many: "data subject categories", title: "Data subject categories" },
  "security-measures": { one: "security measure", many: "security measures", title: "Security measures" },
};

// Built-in legal bases (Art. 6, 9, 10) keep the law's own name and citation;
// only the description is theirs to edit. Organisations add national bases.
export const legalBasisSchema = z.object({
  name: requiredText(message("catalogues.errors.legalBasisName")),
  citation: requiredText(message("catalogues.errors.citation")),
  description: optionalText(LONG_TEXT_MAX),
});

export const dataCategorySchema = z
  .object({
    name: requiredText(message("catalogues.errors.dataCategoryName")),
    description: optionalText(LONG_TEXT_MAX),
    special: checkbox,
    criminal: checkbox,
    // Art. 30(1)(f): a period or the criteria for erasure.
    defaultRetention: optionalText(2_000),
  })
  // Art. 10 data (criminal convictions) is not one of the special categories of Art. 9(1).
  .refine((value) => !(value.special && value.criminal), {
    path: ["criminal"],
    message: message("catalogues.errors.specialOrCriminal"),
  });

export const dataSubjectCategorySchema = z.object({
  name: requiredText(message("catalogues.errors.dataSubjectName")),
  description: optionalText(LONG_TEXT_MAX),
});

export const securityMeasureSchema = z.object({
  group: z.enum(securityGroupOrder, { error: message("catalogues.errors.securityGroup") }),
  name: requiredText(message("catalogues.errors.securityMeasureName")),
  description: optionalText(LONG_TEXT_MAX),
});

export const catalogueSchemas = {
  "legal-bases": legalBasisSchema,
  "data-categories": dataCategorySchema,
  "data-subjects": dataSubjectCategorySchema,
  "security-measures": securityMeasureSchema,
} as const;

/** The entry that takes over every use of a deleted one. */
export const replacementSchema = z.object({
  replacementId: cleanString().trim().max(100).default(""),
});
