/**
 * Recipients named only by their category. Art. 13(1)(e) allows "the
 * recipients or categories of recipients", but the transparency guidelines
 * (WP260 rev.01, endorsed by the EDPB; annex, on Art. 13(1)(e)) make the named
 * recipients the default: a controller that gives only categories must be
 * able to show why that is fair, and make each category as specific as it can.
 * So a warning, not a refusal: the DPO may have that reason.
 *
 * No Recipient.kind is a category (processor, public authority, joint
 * controller… each describes one party), so the rule reads the name: a
 * recipient is named by its category when the last word of its name is a
 * generic noun for a kind of party ("IT service providers", "Tax
 * authorities", "Banken", "Versanddienstleister") and the name carries no
 * legal form ("Partner AG" and "Service Providers Ltd" are parties). A name
 * that ends in a proper name ("Steuerberater Müller", "Finanzamt Köln") is a
 * party too.
 */

/** Generic English nouns, in the plural a category takes. */
const ENGLISH_HEADS = [
  "providers", "processors", "subprocessors", "sub-processors", "vendors", "suppliers", "contractors", "partners", "affiliates",
  "subsidiaries", "companies", "entities", "authorities", "agencies", "bodies", "institutions", "banks", "insurers", "carriers",
  "couriers", "advisers", "advisors", "consultants", "auditors", "lawyers", "accountants", "parties", "recipients", "recruiters",
  "departments", "distributors", "resellers", "platforms", "networks", "controllers", "organisations", "organizations", "firms",
] as const;

/** German heads of compound nouns: "IT-Dienstleister", "Finanzbehörden", "Vertriebspartner". */
const GERMAN_HEADS = [
  "dienstleister", "anbieter", "behörden", "ämter", "banken", "kreditinstitute", "versicherungen", "versicherer", "partner",
  "partnern", "unternehmen", "gesellschaften", "berater", "anwälte", "prüfer", "dritte", "dritten", "empfänger",
  "auftragsverarbeiter", "stellen", "einrichtungen", "abteilungen", "lieferanten", "spediteure", "zusteller", "plattformen",
] as const;

const LEGAL_FORM = /(?<![\p{L}\p{N}])(?:gmbh|ag|se|kg|kgaa|ohg|gbr|e\.\s?v\.|ug|inc|ltd|llc|llp|plc|corp|s\.a\.|sas|sarl|b\.v\.|bv|n\.v\.|oy|a\/s|aps|s\.p\.a\.|spa|pty|limited|incorporated)(?![\p{L}\p{N}])/u;

/** True when a recipient's name is a category of recipients rather than a party. */
export function isRecipientCategory(name: string): boolean {
  const text = name.toLowerCase().replace(/[()[\]"“”„'’.,;:]+$/g, "").replace(/\s+/g, " ").trim();
  if (!text || LEGAL_FORM.test(text)) return false;
  const last = text.split(" ").at(-1)!;
  if ((ENGLISH_HEADS as readonly string[]).includes(last)) return true;
  // The head of a German compound, also after a hyphen ("IT-Dienstleister").
  return GERMAN_HEADS.some((head) => last === head || last.endsWith(head) || last.endsWith(`-${head}`));
}
