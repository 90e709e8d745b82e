/**
 * The form schema of a new organisation, shared by the form and the action,
 * and the short name ("slug") that appears in links to published policies.
 */
import { z } from "zod";
import { cleanString } from "@/lib/forms/field-rules";

const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export const createOrganisationSchema = z.object({
  legalName: cleanString().trim().min(1, "Enter the organisation's legal name.").max(200, "Shorten the legal name to at most 200 characters."),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, "Choose a short name of at least 2 characters.")
    .max(63, "Shorten the short name to at most 63 characters.")
    .regex(SLUG_PATTERN, "Use only lower-case letters, digits and hyphens, starting and ending with a letter or digit (e.g. acme-gmbh)."),
});

/** A suggestion for the short name from the legal name: "Müller & Söhne GmbH" → "muller-sohne-gmbh". */
export function suggestSlug(legalName: string): string {
  return legalName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-+$/g, "");
}
