/**
 * Columns of an uploaded spreadsheet → fields of a processing activity. The
 * ICO layout (lib/register/ico-layout.ts) is recognised by its headers, so the
 * columns may come in any order and the contact block may sit above them; a
 * header we do not know is shown to the user, who maps it or leaves it out.
 */
import { ICO_CONTROLLER_COLUMNS, type IcoColumnKey } from "@/lib/register/ico-layout";
import { HEADER_SEARCH_ROWS } from "./limits";

export type ImportField = IcoColumnKey | "description" | "lastReviewedOn" | "nextReviewOn";

// ICO columns that describe other records (consent, breaches, policies) or are
// derived from the legal basis (the rights): shown as recognised, not imported.
export const NOT_IMPORTED: ReadonlySet<ImportField> = new Set<ImportField>([
  "processorContracts",
  "rights",
  "consentRecord",
  "breach",
  "breachLink",
  "nationalLawCondition",
  "retentionPolicyLink",
  "retentionAdhered",
  "retentionNonAdherence",
]);

export const IMPORT_FIELDS: { key: ImportField; label: string; synonyms: string[] }[] = [
  ...ICO_CONTROLLER_COLUMNS.map((column) => ({ key: column.key as ImportField, label: column.header, synonyms: [] as string[] })),
  { key: "description", label: "Description", synonyms: ["Description of processing activity"] },
  { key: "lastReviewedOn", label: "Last reviewed", synonyms: ["Last review", "Last review date", "Date of last review"] },
  { key: "nextReviewOn", label: "Next review", synonyms: ["Next review date", "Review date"] },
];

const extraSynonyms: Partial<Record<ImportField, string[]>> = {
  businessFunction: ["Department", "Business unit"],
  purposes: ["Purpose", "Purposes", "Purposes of processing"],
  dataSubjects: ["Categories of data subjects", "Data subjects"],
  dataCategories: ["Personal data", "Data categories"],
  recipients: ["Recipients"],
  thirdCountries: ["Third countries", "Transfers", "Third country transfers"],
  safeguards: ["Safeguards"],
  retention: ["Retention", "Retention period"],
  securityMeasures: ["Security measures", "Technical and organisational measures", "TOMs"],
  art6Bases: ["Lawful basis", "Legal basis", "Article 6 lawful basis"],
  art9Conditions: ["Article 9 condition", "Special category condition"],
  reference: ["Ref", "ID", "Activity reference"],
  name: ["Activity", "Processing activity", "Name"],
};
for (const field of IMPORT_FIELDS) field.synonyms.push(...(extraSynonyms[field.key] ?? []));

/** Headers compared without case, punctuation and spacing. */
function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(if applicable\)|\(if possible\)/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const lookup = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  for (const text of [field.label, ...field.synonyms]) lookup.set(normaliseHeader(text), field.key);
}

export function recogniseHeader(header: string): ImportField | null {
  return lookup.get(normaliseHeader(header)) ?? null;
}

/** Column index → field, or null to leave the column out. */
export type ColumnMapping = (ImportField | null)[];

/**
 * The header row: among the first rows, the one with the most headers we
 * recognise (at least two, so that a contact block's "Name" is not taken for it).
 */
export function findHeaderRow(table: string[][]): number | null {
  let best: { index: number; score: number } | null = null;
  table.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const score = new Set(row.map(recogniseHeader).filter(Boolean)).size;
    if (score >= 2 && (!best || score > best.score)) best = { index, score };
  });
  return best === null ? null : (best as { index: number }).index;
}

/** The suggested mapping: recognised headers, each field used once (the first column wins). */
export function suggestMapping(headers: string[]): ColumnMapping {
  const used = new Set<ImportField>();
  return headers.map((header) => {
    const field = recogniseHeader(header);
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
}

/** Keeps a user's mapping only where it fits the headers; anything else falls back to the suggestion. */
export function sanitiseMapping(headers: string[], requested: unknown): ColumnMapping {
  const suggested = suggestMapping(headers);
  if (!Array.isArray(requested) || requested.length !== headers.length) return suggested;
  const known = new Set<string>(IMPORT_FIELDS.map((field) => field.key));
  const used = new Set<string>();
  return requested.map((value) => {
    if (typeof value !== "string" || !known.has(value) || used.has(value)) return null;
    used.add(value);
    return value as ImportField;
  });
}

export function fieldLabel(field: ImportField): string {
  return IMPORT_FIELDS.find((f) => f.key === field)?.label ?? field;
}
