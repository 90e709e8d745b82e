/**
 * The catalogues every new organisation starts with: the legal bases the GDPR
 * itself provides, and the data categories, data subject categories and
 * security measures a DPO reaches for first. The organisation edits them
 * afterwards; only the legal bases are marked as built in.
 */
import type { LegalBasisArticle, Prisma, SecurityMeasureGroup } from "@prisma/client";

export type DefaultLegalBasis = {
  article: LegalBasisArticle;
  letter: string;
  name: string;
  citation: string;
  description: string;
};

export type DefaultDataCategory = {
  name: string;
  description: string;
  special?: boolean;
  criminal?: boolean;
  defaultRetention?: string;
};

type DefaultDataSubjectCategory = { name: string; description: string };

export type DefaultSecurityMeasure = { group: SecurityMeasureGroup; name: string; description: string };

// Art. 6(1): at least one of these must apply for any processing to be lawful.
const art6: Omit<DefaultLegalBasis, "article" | "citation">[] = [
  {
    letter: "a",
    name: "Consent",
    description:
      "The data subject has given consent to the processing for one or more specific purposes. Consent can be withdrawn at any time (Art. 7(3)).",
  },
  {
    letter: "b",
    name: "Contract",
    description:
      "Processing is necessary for the performance of a contract with the data subject, or to take steps at their request before entering into one.",
  },
  {
    letter: "c",
    name: "Legal obligation",
    description: "Processing is necessary for compliance with a legal obligation under Union or Member State law to which the controller is subject.",
  },
  {
    letter: "d",
    name: "Vital interests",
    description: "Processing is necessary to protect the vital interests of the data subject or of another natural person.",
  },
  {
    letter: "e",
    name: "Public task",
    description:
      "Processing is necessary for a task carried out in the public interest or in the exercise of official authority vested in the controller, laid down by Union or Member State law.",
  },
  {
    letter: "f",
    name: "Legitimate interests",
    description:
      "Processing is necessary for the legitimate interests of the controller or a third party, unless overridden by the interests or fundamental rights of the data subject, in particular a child. Not available to public authorities performing their tasks. The interests must be stated (Art. 13(1)(d)).",
  },
];

// Art. 9(2): the conditions that lift the prohibition on processing special
// categories of personal data (Art. 9(1)); each applies in addition to an Art. 6 basis.
const art9: Omit<DefaultLegalBasis, "article" | "citation">[] = [
  {
    letter: "a",
    name: "Explicit consent",
    description:
      "The data subject has given explicit consent for one or more specified purposes, unless Union or Member State law rules out lifting the prohibition by consent.",
  },
  {
    letter: "b",
    name: "Employment and social security law",
    description:
      "Necessary for obligations or rights in employment, social security and social protection law, as authorised by Union or Member State law or a collective agreement with appropriate safeguards.",
  },
  {
    letter: "c",
    name: "Vital interests (consent impossible)",
    description:
      "Necessary to protect the vital interests of the data subject or another person where the data subject is physically or legally incapable of giving consent.",
  },
  {
    letter: "d",
    name: "Not-for-profit bodies",
    description:
      "Legitimate activities of a foundation, association or other not-for-profit body with a political, philosophical, religious or trade union aim, relating only to its members, former members or regular contacts, and not disclosed outside it without consent.",
  },
  {
    letter: "e",
    name: "Manifestly made public by the data subject",
    description: "The processing relates to personal data which the data subject has manifestly made public.",
  },
  {
    letter: "f",
    name: "Legal claims",
    description:
      "Necessary for the establishment, exercise or defence of legal claims, or whenever courts are acting in their judicial capacity.",
  },
  {
    letter: "g",
    name: "Substantial public interest",
    description:
      "Necessary for reasons of substantial public interest on the basis of Union or Member State law that is proportionate and provides suitable and specific safeguards.",
  },
  {
    letter: "h",
    name: "Health or social care",
    description:
      "Necessary for preventive or occupational medicine, assessing an employee's working capacity, medical diagnosis, or health or social care, under law or a contract with a health professional bound by professional secrecy (Art. 9(3)).",
  },
  {
    letter: "i",
    name: "Public health",
    description:
      "Necessary for reasons of public interest in public health, such as protection against serious cross-border threats to health or ensuring the quality and safety of health care, medicinal products or medical devices, under law with suitable safeguards.",
  },
  {
    letter: "j",
    name: "Archiving, research and statistics",
    description:
      "Necessary for archiving in the public interest, scientific or historical research or statistical purposes in accordance with Art. 89(1), on the basis of Union or Member State law.",
  },
];

export const DEFAULT_LEGAL_BASES: DefaultLegalBasis[] = [
  ...art6.map((basis) => ({ ...basis, article: "ART6" as const, citation: `Art. 6(1)(${basis.letter}) GDPR` })),
  ...art9.map((basis) => ({ ...basis, article: "ART9" as const, citation: `Art. 9(2)(${basis.letter}) GDPR` })),
  {
    // Art. 10 has no lettered points: criminal data needs official authority or a legal authorisation.
    article: "ART10",
    letter: "",
    name: "Criminal convictions and offences",
    citation: "Art. 10 GDPR",
    description:
      "Data on criminal convictions and offences or related security measures may be processed on an Art. 6(1) basis only under the control of official authority or when authorised by Union or Member State law providing appropriate safeguards.",
  },
];

export const DEFAULT_DATA_CATEGORIES: DefaultDataCategory[] = [
  {
    name: "Identification data",
    description: "Name, date of birth, customer or user number, identity document numbers.",
  },
  {
    name: "Contact data",
    description: "Postal address, e-mail address, telephone number.",
  },
  {
    name: "Online identifiers and IP addresses",
    description: "IP addresses, cookie identifiers, session identifiers and similar identifiers assigned online.",
  },
  {
    name: "Device data",
    description: "Device type and identifier, operating system, browser type and version, language settings, push tokens.",
  },
  {
    name: "Usage data",
    description: "Pages visited, features used, referring website, time and duration of use.",
  },
  {
    name: "Log data",
    description: "Entries in server and application logs: time of access, requested resource, result, amount of data transferred.",
  },
  {
    name: "Access credentials",
    description: "User names, passwords or password hashes, authentication and session tokens.",
  },
  {
    name: "Communication content",
    description: "The content of e-mails, messages and chats, including attachments.",
  },
  {
    name: "Communication metadata",
    description: "Sender, recipients, subject, date and time of e-mails, messages and calls.",
  },
  {
    name: "Location data",
    description: "Geolocation from GPS, mobile networks or Wi-Fi, and addresses derived from it.",
  },
  {
    name: "Financial data",
    description: "Bank account and payment card details, invoices, payment history.",
    defaultRetention: "Until the statutory retention periods for accounting and tax records expire.",
  },
  {
    name: "Contract data",
    description: "Contract subject, term, products or services ordered, contract correspondence.",
    defaultRetention: "Until the end of the contract plus the limitation period for claims arising from it, or longer statutory retention periods.",
  },
  {
    name: "Employment data",
    description: "Position, salary, working time, absences, performance reviews and other HR records.",
    defaultRetention: "Until the end of employment plus the statutory retention periods for employment, tax and social security records.",
  },
  {
    name: "Application data",
    description: "CV, certificates, references and correspondence from a job application.",
    defaultRetention: "Until the period for legal claims about the selection decision has passed after the application process ends, unless the applicant agrees to longer storage.",
  },
  {
    name: "Consent records",
    description: "When, how and to what a person consented, and any withdrawal.",
    // Art. 7(1): the controller must be able to demonstrate consent.
    defaultRetention: "As long as processing based on the consent continues, and afterwards for as long as the consent may need to be demonstrated.",
  },
  {
    name: "Images and recordings",
    description: "Photographs, video and audio recordings of identifiable people.",
  },
  // Art. 9(1): the special categories of personal data.
  {
    name: "Racial or ethnic origin",
    description: "Data revealing racial or ethnic origin.",
    special: true,
  },
  {
    name: "Political opinions",
    description: "Data revealing political opinions or party membership.",
    special: true,
  },
  {
    name: "Religious or philosophical beliefs",
    description: "Data revealing religious or philosophical beliefs, including church membership.",
    special: true,
  },
  {
    name: "Trade union membership",
    description: "Data revealing membership of a trade union.",
    special: true,
  },
  {
    name: "Genetic data",
    description: "Inherited or acquired genetic characteristics giving unique information about a person's physiology or health (Art. 4(13)).",
    special: true,
  },
  {
    name: "Biometric data for identification",
    description: "Fingerprints, facial images or other biometric data processed to uniquely identify a person (Art. 4(14)).",
    special: true,
  },
  {
    name: "Health data",
    description: "Physical or mental health, including the provision of health care, sick notes and disabilities (Art. 4(15)).",
    special: true,
  },
  {
    name: "Sex life or sexual orientation",
    description: "Data concerning a person's sex life or sexual orientation.",
    special: true,
  },
  // Art. 10: not a special category, but restricted in its own way.
  {
    name: "Criminal convictions and offences",
    description: "Criminal records, convictions, offences, proceedings and related security measures.",
    criminal: true,
  },
];

const DEFAULT_DATA_SUBJECT_CATEGORIES: DefaultDataSubjectCategory[] = [
  { name: "Website visitors", description: "People who visit the organisation's websites." },
  { name: "App users", description: "People who install and use the organisation's apps." },
  { name: "Contacts of users", description: "People whose data users store or exchange through the organisation's services, such as address book entries and correspondents." },
  { name: "Customers", description: "People who buy or use the organisation's products or services, and contact persons at business customers." },
  { name: "Prospects", description: "People who have shown interest in the organisation's products or services but are not customers." },
  { name: "Newsletter subscribers", description: "People who have subscribed to newsletters or other mailings." },
  { name: "Employees", description: "Current and former employees, trainees and temporary staff." },
  { name: "Applicants", description: "People who apply for a job with the organisation." },
  { name: "Supplier and partner contacts", description: "Contact persons at suppliers, service providers and business partners." },
  { name: "Visitors to the premises", description: "People who visit the organisation's offices or sites." },
  { name: "Support requesters", description: "People who contact the organisation's support or enquiry channels." },
];

export const DEFAULT_SECURITY_MEASURES: DefaultSecurityMeasure[] = [
  { group: "ACCESS_CONTROL", name: "Role-based access control", description: "Access rights follow the role and are limited to what the task requires (need to know)." },
  { group: "ACCESS_CONTROL", name: "Multi-factor authentication", description: "Sign-in to systems holding personal data requires a second factor." },
  { group: "ACCESS_CONTROL", name: "Password policy", description: "Minimum length, no reuse of known-breached passwords, a password manager for staff." },
  { group: "ACCESS_CONTROL", name: "Access rights review", description: "Access rights are reviewed regularly and withdrawn when staff change roles or leave." },
  { group: "ENCRYPTION", name: "Encryption at rest", description: "Databases, file storage and backups are encrypted." },
  { group: "ENCRYPTION", name: "TLS encryption in transit", description: "Connections to and between systems use current TLS versions." },
  { group: "ENCRYPTION", name: "End-to-end encryption", description: "Content is encrypted on the sender's device and decrypted only on the recipient's device." },
  { group: "ENCRYPTION", name: "Device encryption", description: "Laptops and mobile devices used for work have full-disk encryption." },
  // Art. 32(1)(a) names pseudonymisation and encryption as examples of appropriate measures.
  { group: "PSEUDONYMISATION", name: "Pseudonymisation", description: "Direct identifiers are replaced by pseudonyms; the key is kept separately (Art. 4(5))." },
  { group: "PSEUDONYMISATION", name: "IP address anonymisation", description: "IP addresses are shortened before storage so that they no longer identify a connection." },
  // Art. 32(1)(c): the ability to restore availability and access in a timely manner.
  { group: "BACKUP", name: "Daily backups", description: "Data is backed up daily to a separate location." },
  { group: "BACKUP", name: "Backup restore tests", description: "Restoring from backups is tested regularly." },
  { group: "LOGGING", name: "Access logging", description: "Access to and changes of personal data are logged with user and time." },
  { group: "LOGGING", name: "Log review", description: "Security logs are reviewed regularly and alerts are followed up." },
  { group: "NETWORK", name: "Firewall", description: "Network traffic is filtered; only the services required are reachable." },
  { group: "NETWORK", name: "Network segmentation", description: "Production, office and administration networks are separated." },
  { group: "NETWORK", name: "Patch management", description: "Security updates are installed promptly on servers, clients and network devices." },
  { group: "NETWORK", name: "Malware protection", description: "Servers and clients are protected against malware." },
  { group: "PHYSICAL", name: "Physical access control", description: "Offices and server rooms are locked; access is restricted and recorded." },
  { group: "PHYSICAL", name: "Secure disposal of data carriers", description: "Data carriers and paper records are destroyed securely at the end of their use." },
  // Art. 29 and 32(4): staff act only on instructions; Art. 28(3)(b) for processors' staff.
  { group: "ORGANISATIONAL", name: "Staff confidentiality undertakings", description: "Everyone with access to personal data is bound to confidentiality." },
  { group: "ORGANISATIONAL", name: "Data protection training", description: "Staff are trained in data protection when they join and regularly afterwards." },
  // Art. 33 and 34: breaches are notified within 72 hours and, where high risk, to the people affected.
  { group: "ORGANISATIONAL", name: "Incident response procedure", description: "A documented procedure for detecting, assessing and notifying personal data breaches." },
  // Art. 32(1)(d): regularly testing and evaluating the measures.
  { group: "ORGANISATIONAL", name: "Regular review of measures", description: "The effectiveness of the technical and organisational measures is tested and evaluated regularly." },
  // Art. 28(1) and 28(3): only processors with sufficient guarantees, bound by a written agreement.
  { group: "PROCESSOR_CONTROL", name: "Data processing agreements", description: "Every processor is bound by an agreement meeting Art. 28(3)." },
  // Art. 28(3)(h): the processor allows for and contributes to audits.
  { group: "PROCESSOR_CONTROL", name: "Processor audits", description: "Processors' measures are checked before engagement and regularly afterwards, by audit or certificates." },
  // Art. 25(2): data protection by default.
  { group: "OTHER", name: "Privacy-friendly default settings", description: "Only the personal data necessary for each purpose is processed by default." },
];

export type CreatedCatalogueCounts = {
  legalBases: number;
  dataCategories: number;
  dataSubjectCategories: number;
  securityMeasures: number;
};

/** Inserts the default catalogues for a new organisation, in the caller's transaction. */
export async function createDefaultCatalogues(
  tx: Prisma.TransactionClient,
  organisationId: string,
): Promise<CreatedCatalogueCounts> {
  const legalBases = await tx.legalBasis.createMany({
    data: DEFAULT_LEGAL_BASES.map((basis) => ({ ...basis, organisationId, builtIn: true })),
  });
  const dataCategories = await tx.dataCategory.createMany({
    data: DEFAULT_DATA_CATEGORIES.map((category) => ({
      organisationId,
      name: category.name,
      description: category.description,
      special: category.special ?? false,
      criminal: category.criminal ?? false,
      defaultRetention: category.defaultRetention ?? "",
    })),
  });
  const dataSubjectCategories = await tx.dataSubjectCategory.createMany({
    data: DEFAULT_DATA_SUBJECT_CATEGORIES.map((category) => ({ ...category, organisationId })),
  });
  const securityMeasures = await tx.securityMeasure.createMany({
    data: DEFAULT_SECURITY_MEASURES.map((measure) => ({ ...measure, organisationId })),
  });
  return {
    legalBases: legalBases.count,
    dataCategories: dataCategories.count,
    dataSubjectCategories: dataSubjectCategories.count,
    securityMeasures: securityMeasures.count,
  };
}
