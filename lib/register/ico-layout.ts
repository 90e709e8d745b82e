/**
 * The UK ICO controller register template (a spreadsheet): a contact block on
 * top, then one row per processing activity with these columns in this order.
 * Exports write them, imports read them (by header, in any order); both take
 * the headers from here so they always agree. Columns of our own (to
 * round-trip a register) follow the template's columns. The CSV keeps this
 * order; the XLSX puts reference, name and the purpose columns first and
 * writes one line per purpose (lib/register/xlsx.ts).
 */
export const ICO_CONTACT_FIELDS = [
  { key: "name", label: "Name" },
  { key: "address", label: "Address" },
  { key: "email", label: "Email" },
  { key: "telephone", label: "Telephone" },
] as const;

// The parties of the contact block: Art. 30(1)(a).
export const ICO_CONTACT_PARTIES = [
  { key: "controller", label: "Controller" },
  { key: "dpo", label: "Data Protection Officer" },
  { key: "representative", label: "Representative" },
] as const;

export const ICO_CONTROLLER_COLUMNS = [
  { key: "businessFunction", header: "Business function" },
  { key: "purposes", header: "Purpose of processing" }, // Art. 30(1)(b)
  { key: "jointControllers", header: "Name and contact details of joint controller (if applicable)" }, // 30(1)(a)
  { key: "dataSubjects", header: "Categories of individuals" }, // 30(1)(c)
  { key: "dataCategories", header: "Categories of personal data" }, // 30(1)(c)
  { key: "recipients", header: "Categories of recipients" }, // 30(1)(d)
  { key: "processorContracts", header: "Link to contract with processor" }, // Art. 28(3)
  { key: "thirdCountries", header: "Names of third countries or international organisations that personal data are transferred to (if applicable)" }, // 30(1)(e)
  { key: "safeguards", header: "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)" }, // 30(1)(e)
  { key: "retention", header: "Retention schedule (if possible)" }, // 30(1)(f)
  { key: "securityMeasures", header: "General description of technical and organisational security measures (if possible)" }, // 30(1)(g)
  { key: "art6Bases", header: "Article 6 lawful basis for processing personal data" },
  { key: "art9Conditions", header: "Article 9 basis for processing special category data" },
  { key: "legitimateInterests", header: "Legitimate interests for the processing (if applicable)" },
  { key: "legitimateInterestsAssessment", header: "Link to record of legitimate interests assessment (if applicable)" },
  { key: "rights", header: "Rights available to individuals" },
  { key: "automatedDecisionMaking", header: "Existence of automated decision-making, including profiling (if applicable)" },
  { key: "source", header: "The source of the personal data (if applicable)" },
  { key: "consentRecord", header: "Link to record of consent" },
  { key: "location", header: "Location of personal data" },
  { key: "dpiaRequired", header: "Data Protection Impact Assessment required?" },
  { key: "dpiaProgress", header: "Data Protection Impact Assessment progress" },
  { key: "dpiaLink", header: "Link to Data Protection Impact Assessment" },
  { key: "breach", header: "Personal data breach?" },
  { key: "breachLink", header: "Link to record of personal data breach" },
  { key: "nationalLawCondition", header: "National law condition for processing special category or criminal offence data" },
  { key: "retentionPolicyLink", header: "Link to retention and erasure policy document" },
  { key: "retentionAdhered", header: "Is personal data retained and erased in accordance with the retention policy document?" },
  { key: "retentionNonAdherence", header: "Reasons for not adhering to retention and erasure policy document (if applicable)" },
  // Our own columns, after the template's.
  { key: "reference", header: "Reference" },
  { key: "name", header: "Name of processing activity" },
  { key: "status", header: "Status" },
] as const;

export type IcoColumnKey = (typeof ICO_CONTROLLER_COLUMNS)[number]["key"];
