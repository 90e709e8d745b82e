/**
 * The global country list (ISO 3166-1 alpha-2, English short names), with what
 * a transfer check needs to know: whether the GDPR applies there directly
 * (EU and EEA) and whether the Commission has found the protection adequate
 * (Art. 45(3)), so that no further safeguard under Art. 46 is needed.
 */
import { Prisma } from "@prisma/client";

export type CountryRow = { code: string; name: string; eea: boolean; adequacy: boolean; adequacyNote: string };

const names: [code: string, name: string][] = [
  ["AD", "Andorra"], ["AE", "United Arab Emirates"], ["AF", "Afghanistan"], ["AG", "Antigua and Barbuda"],
  ["AI", "Anguilla"], ["AL", "Albania"], ["AM", "Armenia"], ["AO", "Angola"], ["AQ", "Antarctica"],
  ["AR", "Argentina"], ["AS", "American Samoa"], ["AT", "Austria"], ["AU", "Australia"], ["AW", "Aruba"],
  ["AX", "Åland Islands"], ["AZ", "Azerbaijan"], ["BA", "Bosnia and Herzegovina"], ["BB", "Barbados"],
  ["BD", "Bangladesh"], ["BE", "Belgium"], ["BF", "Burkina Faso"], ["BG", "Bulgaria"], ["BH", "Bahrain"],
  ["BI", "Burundi"], ["BJ", "Benin"], ["BL", "Saint Barthélemy"], ["BM", "Bermuda"],
  ["BN", "Brunei Darussalam"], ["BO", "Bolivia"], ["BQ", "Bonaire, Sint Eustatius and Saba"],
  ["BR", "Brazil"], ["BS", "Bahamas"], ["BT", "Bhutan"], ["BV", "Bouvet Island"], ["BW", "Botswana"],
  ["BY", "Belarus"], ["BZ", "Belize"], ["CA", "Canada"], ["CC", "Cocos (Keeling) Islands"],
  ["CD", "Democratic Republic of the Congo"], ["CF", "Central African Republic"], ["CG", "Congo"],
  ["CH", "Switzerland"], ["CI", "Côte d'Ivoire"], ["CK", "Cook Islands"], ["CL", "Chile"], ["CM", "Cameroon"],
  ["CN", "China"], ["CO", "Colombia"], ["CR", "Costa Rica"], ["CU", "Cuba"], ["CV", "Cabo Verde"],
  ["CW", "Curaçao"], ["CX", "Christmas Island"], ["CY", "Cyprus"], ["CZ", "Czechia"], ["DE", "Germany"],
  ["DJ", "Djibouti"], ["DK", "Denmark"], ["DM", "Dominica"], ["DO", "Dominican Republic"], ["DZ", "Algeria"],
  ["EC", "Ecuador"], ["EE", "Estonia"], ["EG", "Egypt"], ["EH", "Western Sahara"], ["ER", "Eritrea"],
  ["ES", "Spain"], ["ET", "Ethiopia"], ["FI", "Finland"], ["FJ", "Fiji"],
  ["FK", "Falkland Islands (Malvinas)"], ["FM", "Micronesia"], ["FO", "Faroe Islands"], ["FR", "France"],
  ["GA", "Gabon"], ["GB", "United Kingdom"], ["GD", "Grenada"], ["GE", "Georgia"], ["GF", "French Guiana"],
  ["GG", "Guernsey"], ["GH", "Ghana"], ["GI", "Gibraltar"], ["GL", "Greenland"], ["GM", "Gambia"],
  ["GN", "Guinea"], ["GP", "Guadeloupe"], ["GQ", "Equatorial Guinea"], ["GR", "Greece"],
  ["GS", "South Georgia and the South Sandwich Islands"], ["GT", "Guatemala"], ["GU", "Guam"],
  ["GW", "Guinea-Bissau"], ["GY", "Guyana"], ["HK", "Hong Kong"], ["HM", "Heard Island and McDonald Islands"],
  ["HN", "Honduras"], ["HR", "Croatia"], ["HT", "Haiti"], ["HU", "Hungary"], ["ID", "Indonesia"],
  ["IE", "Ireland"], ["IL", "Israel"], ["IM", "Isle of Man"], ["IN", "India"],
  ["IO", "British Indian Ocean Territory"], ["IQ", "Iraq"], ["IR", "Iran"], ["IS", "Iceland"],
  ["IT", "Italy"], ["JE", "Jersey"], ["JM", "Jamaica"], ["JO", "Jordan"], ["JP", "Japan"], ["KE", "Kenya"],
  ["KG", "Kyrgyzstan"], ["KH", "Cambodia"], ["KI", "Kiribati"], ["KM", "Comoros"],
  ["KN", "Saint Kitts and Nevis"], ["KP", "Democratic People's Republic of Korea"],
  ["KR", "Republic of Korea"], ["KW", "Kuwait"], ["KY", "Cayman Islands"], ["KZ", "Kazakhstan"],
  ["LA", "Lao People's Democratic Republic"], ["LB", "Lebanon"], ["LC", "Saint Lucia"],
  ["LI", "Liechtenstein"], ["LK", "Sri Lanka"], ["LR", "Liberia"], ["LS", "Lesotho"], ["LT", "Lithuania"],
  ["LU", "Luxembourg"], ["LV", "Latvia"], ["LY", "Libya"], ["MA", "Morocco"], ["MC", "Monaco"],
  ["MD", "Moldova"], ["ME", "Montenegro"], ["MF", "Saint Martin (French part)"], ["MG", "Madagascar"],
  ["MH", "Marshall Islands"], ["MK", "North Macedonia"], ["ML", "Mali"], ["MM", "Myanmar"],
  ["MN", "Mongolia"], ["MO", "Macao"], ["MP", "Northern Mariana Islands"], ["MQ", "Martinique"],
  ["MR", "Mauritania"], ["MS", "Montserrat"], ["MT", "Malta"], ["MU", "Mauritius"], ["MV", "Maldives"],
  ["MW", "Malawi"], ["MX", "Mexico"], ["MY", "Malaysia"], ["MZ", "Mozambique"], ["NA", "Namibia"],
  ["NC", "New Caledonia"], ["NE", "Niger"], ["NF", "Norfolk Island"], ["NG", "Nigeria"], ["NI", "Nicaragua"],
  ["NL", "Netherlands"], ["NO", "Norway"], ["NP", "Nepal"], ["NR", "Nauru"], ["NU", "Niue"],
  ["NZ", "New Zealand"], ["OM", "Oman"], ["PA", "Panama"], ["PE", "Peru"], ["PF", "French Polynesia"],
  ["PG", "Papua New Guinea"], ["PH", "Philippines"], ["PK", "Pakistan"], ["PL", "Poland"],
  ["PM", "Saint Pierre and Miquelon"], ["PN", "Pitcairn"], ["PR", "Puerto Rico"],
  ["PS", "Palestine, State of"], ["PT", "Portugal"], ["PW", "Palau"], ["PY", "Paraguay"], ["QA", "Qatar"],
  ["RE", "Réunion"], ["RO", "Romania"], ["RS", "Serbia"], ["RU", "Russian Federation"], ["RW", "Rwanda"],
  ["SA", "Saudi Arabia"], ["SB", "Solomon Islands"], ["SC", "Seychelles"], ["SD", "Sudan"], ["SE", "Sweden"],
  ["SG", "Singapore"], ["SH", "Saint Helena, Ascension and Tristan da Cunha"], ["SI", "Slovenia"],
  ["SJ", "Svalbard and Jan Mayen"], ["SK", "Slovakia"], ["SL", "Sierra Leone"], ["SM", "San Marino"],
  ["SN", "Senegal"], ["SO", "Somalia"], ["SR", "Suriname"], ["SS", "South Sudan"],
  ["ST", "Sao Tome and Principe"], ["SV", "El Salvador"], ["SX", "Sint Maarten (Dutch part)"],
  ["SY", "Syrian Arab Republic"], ["SZ", "Eswatini"], ["TC", "Turks and Caicos Islands"], ["TD", "Chad"],
  ["TF", "French Southern Territories"], ["TG", "Togo"], ["TH", "Thailand"], ["TJ", "Tajikistan"],
  ["TK", "Tokelau"], ["TL", "Timor-Leste"], ["TM", "Turkmenistan"], ["TN", "Tunisia"], ["TO", "Tonga"],
  ["TR", "Türkiye"], ["TT", "Trinidad and Tobago"], ["TV", "Tuvalu"], ["TW", "Taiwan"], ["TZ", "Tanzania"],
  ["UA", "Ukraine"], ["UG", "Uganda"], ["UM", "United States Minor Outlying Islands"],
  ["US", "United States"], ["UY", "Uruguay"], ["UZ", "Uzbekistan"], ["VA", "Holy See"],
  ["VC", "Saint Vincent and the Grenadines"], ["VE", "Venezuela"], ["VG", "Virgin Islands (British)"],
  ["VI", "Virgin Islands (U.S.)"], ["VN", "Viet Nam"], ["VU", "Vanuatu"], ["WF", "Wallis and Futuna"],
  ["WS", "Samoa"], ["YE", "Yemen"], ["YT", "Mayotte"], ["ZA", "South Africa"], ["ZM", "Zambia"],
  ["ZW", "Zimbabwe"],
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

export const COUNTRIES: CountryRow[] = names.map(([code, name]) => ({
  code,
  name,
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
