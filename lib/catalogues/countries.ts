/**
 * The global country list (ISO 3166-1 alpha-2), with what
 * a transfer check needs to know: whether the GDPR applies there directly
 * (EU and EEA) and whether the Commission has found the protection adequate
 * (Art. 45(3)), so that no further safeguard under Art. 46 is needed.
 */
import { Prisma } from "@prisma/client";
import { countryName } from "@/lib/translations/languages";

export type CountryRow = { code: string; name: string; eea: boolean; adequacy: boolean; adequacyNote: string };

// ISO 3166-1 alpha-2 codes. Their names are not typed here: they come from
// CLDR (Intl.DisplayNames) in the language a page or policy is shown in.
const codes: readonly string[] = [
  "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE",
  "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD",
  "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM",
  "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
  "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU",
  "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN",
  "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME",
  "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
  "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
  "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI",
  "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK",
  "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
  "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

// The 27 EU member states and the three EEA states (Iceland, Liechtenstein,
// Norway), where the GDPR applies through the EEA Agreement: no Chapter V transfer.
const eeaStates = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
  "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
  "IS", "LI", "NO",
];

// Parts of member states that ISO lists under their own code but where EU law,
// and so the GDPR, applies (Art. 349 and 355(4) TFEU): the outermost regions and
// Åland. Overseas countries and territories (e.g. Greenland, New Caledonia) are not among them.
const eeaTerritories = ["AX", "GF", "GP", "MQ", "RE", "YT", "MF"];

// Art. 45(3): the Commission's adequacy decisions in force. Where a decision
// covers only part of the recipients, the note says which; a transfer to anyone
// else in that country still needs an Art. 46 safeguard.
const adequacyNotes: Record<string, string> = {
  AD: "Commission Decision 2010/625/EU.",
  AR: "Commission Decision 2003/490/EC.",
  CA: "Commercial organisations subject to PIPEDA only (Commission Decision 2002/2/EC); other recipients need a safeguard.",
  CH: "Commission Decision 2000/518/EC.",
  FO: "Commission Decision 2010/146/EU.",
  GB: "Commission Implementing Decision (EU) 2021/1772 under the UK GDPR; the decision is time-limited (sunset clause), so check its current term.",
  GG: "Commission Decision 2003/821/EC.",
  IL: "Commission Decision 2011/61/EU.",
  IM: "Commission Decision 2004/411/EC.",
  JE: "Commission Decision 2008/393/EC.",
  JP: "Private-sector organisations subject to the APPI and its Supplementary Rules only (Commission Implementing Decision (EU) 2019/419).",
  KR: "Organisations subject to the Personal Information Protection Act only (Commission Implementing Decision (EU) 2022/254).",
  NZ: "Commission Implementing Decision 2013/65/EU.",
  US: "Only organisations certified under the EU-US Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795); check the recipient on the DPF list. Other recipients need a safeguard.",
  UY: "Commission Implementing Decision 2012/484/EU.",
};

const eea = new Set([...eeaStates, ...eeaTerritories]);

/**
 * A country's name in a language, from CLDR: "Vereinigte Staaten",
 * "États-Unis". Every page and policy that shows a country names it through
 * this, never through the stored English name.
 */
export { countryName };

/** `name` is the English name from CLDR, kept in the Country row for sorting and for records read without a language. */
export const COUNTRIES: CountryRow[] = codes.map((code) => ({
  code,
  name: countryName(code, "en"),
  eea: eea.has(code),
  adequacy: code in adequacyNotes,
  adequacyNote: adequacyNotes[code] ?? "",
}));

/**
 * Inserts the countries, and brings the name and the EEA and adequacy flags of
 * existing rows up to date (adequacy decisions are adopted and withdrawn over
 * time). Rows that are already current are left untouched, so a second run
 * writes nothing. Returns the number of rows inserted or changed.
 */
export async function upsertCountries(db: Pick<Prisma.TransactionClient, "$executeRaw">): Promise<number> {
  const values = COUNTRIES.map(
    (c) => Prisma.sql`(${c.code}, ${c.name}, ${c.eea}, ${c.adequacy}, ${c.adequacyNote})`,
  );
  return db.$executeRaw`
    INSERT INTO "Country" ("code", "name", "eea", "adequacy", "adequacyNote")
    VALUES ${Prisma.join(values)}
    ON CONFLICT ("code") DO UPDATE SET
      "name" = EXCLUDED."name",
      "eea" = EXCLUDED."eea",
      "adequacy" = EXCLUDED."adequacy",
      "adequacyNote" = EXCLUDED."adequacyNote"
    WHERE ("Country"."name", "Country"."eea", "Country"."adequacy", "Country"."adequacyNote")
      IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."eea", EXCLUDED."adequacy", EXCLUDED."adequacyNote")`;
}
