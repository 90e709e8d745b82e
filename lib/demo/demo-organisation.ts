/**
 * The demo organisation: Open-Xchange AG with the processing its two published
 * privacy policies describe (the coi.me website and the OX COI Messenger app).
 * Only what the policies state is recorded. Where they are silent (the
 * supervisory authority, most retention periods, the legal basis for the
 * technically required cookies, safeguards for the transfers to Google and
 * Apple, processor agreements, whether an activity has no recipients, no
 * transfers or no automated decisions, how to withdraw the consent to storing
 * the log-in data) the fields stay empty, so that the register's checks have
 * real gaps to find.
 *
 * The organisation keeps its records in English, German and French: every
 * text has its German and French translation (demo-translations.ts), and the
 * company and product names are marked as kept as written.
 *
 * Needs the country list (upsertCountries) to be in place: transfers name a country.
 */
import type { DataSource, Prisma, ProvisionRequirement, RecipientKind } from "@prisma/client";
import { recordAudit } from "../audit";
import { createDefaultCatalogues } from "../catalogues/defaults";
import type { MarkdownTranslation } from "../policies/types";
import { loadOrganisationRecords } from "../records/queries";
import { sourceHash } from "../translations/hash";
import { LANGUAGES, type Language } from "../translations/languages";
import { recordTexts } from "../translations/localise";
import { writeTranslations, writeVerbatim, type TranslationRow } from "../translations/store";
import { DEMO_MARKDOWN, DEMO_POLICY_TITLES, DEMO_VERBATIM, demoTranslation } from "./demo-translations";

export const DEMO_ORGANISATION_SLUG = "open-xchange";

export type DemoOrganisationOptions = {
  /** The user recorded as creator of the records and as actor of the audit events. */
  actor: { id: string; email: string };
  slug?: string;
};

export type DemoOrganisation = {
  organisationId: string;
  /** Activity ids by reference ("WEB-01", …). */
  activityIds: Record<string, string>;
  /** Policy ids by slug. */
  policyIds: Record<string, string>;
};

/**
 * A policy draft is an ordered list of sections: generated ones (the controller
 * block, one activity, the data subject rights) and the DPO's own Markdown.
 * A controller section may override the organisation's contact e-mail
 * addresses, for a policy that names a different mailbox.
 */
type DemoPolicySection =
  | { type: "controller"; privacyContactEmail?: string; dpoEmail?: string }
  | { type: "activity"; activityId: string }
  | { type: "rights" }
  | { type: "markdown"; title: string; body: string; translations?: Partial<Record<Language, MarkdownTranslation>> };

type RecipientSpec = {
  kind: RecipientKind;
  name: string;
  countryCode?: string;
  website?: string;
  services: string;
  notes: string;
};

type ActivitySpec = {
  reference: string;
  name: string;
  description: string;
  publicTitle: string;
  publicDescription: string;
  storageLocation?: string;
  securityDescription?: string;
  dataSource?: DataSource;
  dataSourceDescription?: string;
  provisionRequirement?: ProvisionRequirement;
  provisionConsequences?: string;
  /** Art. 7(3): how to withdraw consent, only where the policy says it. */
  consentWithdrawalInstructions?: string;
  /** Legal bases by citation. */
  purposes: { description: string; legalBases: string[]; legitimateInterests?: string }[];
  dataSubjects: string[];
  dataCategories: { name: string; details: string; retention?: string }[];
  recipients: { name: string; note: string }[];
  transfers?: { countryCode: string; recipient: string }[];
  securityMeasures?: string[];
};

const SERVICE_PROVIDER = "User's e-mail Service Provider";
const PIWIK_PRO = "Piwik PRO";
const LAW_ENFORCEMENT = "Law enforcement authorities";
const GOOGLE_FCM = "Google Firebase Cloud Messaging";
const APPLE_APNS = "Apple Push Notification Service";

const demoRecipients: RecipientSpec[] = [
  {
    kind: "CONTROLLER",
    name: SERVICE_PROVIDER,
    services: "The third-party e-mail service with which the App user holds a mailbox.",
    notes: "Processes log-in data, e-mails and messages under its own responsibility and its own privacy policy; the App only accesses it.",
  },
  {
    // The policy says the analytics data goes to "our server" and is not disclosed
    // to third parties. A processor is not a third party (Art. 4(10)), so Piwik PRO
    // is at most a processor for the installation; no agreement is stated.
    kind: "PROCESSOR",
    name: PIWIK_PRO,
    services: "Web analytics software used on the coi.me website.",
    notes: "The policy states that the analytics data is stored on Open-Xchange's own server. Whether Piwik PRO operates or can access that installation, and the Art. 28 agreement, are not stated.",
  },
  {
    kind: "PUBLIC_AUTHORITY",
    name: LAW_ENFORCEMENT,
    services: "Criminal investigation and prosecution.",
    notes: "Receive log data only on request where the law requires it, e.g. when a crime is suspected.",
  },
  {
    // The policy refers users to Google's and Apple's own privacy statements and
    // names Google, Inc. and Apple, Inc.: US companies acting as independent recipients.
    kind: "CONTROLLER",
    name: GOOGLE_FCM,
    countryCode: "US",
    services: "Delivers push notifications to the App (operated by Google, Inc.).",
    notes: "Receives the encrypted notification and the device key from the Open-Xchange Push Service.",
  },
  {
    kind: "CONTROLLER",
    name: APPLE_APNS,
    countryCode: "US",
    services: "Delivers push notifications to the App on Apple devices (operated by Apple, Inc.).",
    notes: "Receives the encrypted notification and the device key from the Open-Xchange Push Service.",
  },
];

const websiteActivities: ActivitySpec[] = [
  {
    reference: "WEB-01",
    name: "Web server log files",
    description:
      "The web server of the coi.me website writes an entry to a log file for every visit and every file requested. The data is generally not passed on, except where the law requires it, e.g. to law enforcement authorities when a crime is suspected.",
    publicTitle: "Log files",
    publicDescription:
      "Each time you visit our website and request a file, our web server stores information about the access in a log file. We use it to provide the website and for system security, troubleshooting and improving the website. We pass it on only where the law requires it, for example to law enforcement authorities when a crime is suspected.",
    storageLocation: "Open-Xchange's web server",
    purposes: [
      {
        description: "Providing the website and its functions, e.g. keeping the visitor's session",
        legalBases: ["Art. 6(1)(f) GDPR"],
        legitimateInterests: "Delivering the website and its functions to its visitors.",
      },
      {
        description: "System security, troubleshooting and optimising the website",
        legalBases: ["Art. 6(1)(f) GDPR"],
        legitimateInterests: "Keeping the systems secure, finding and fixing faults, and improving the website, e.g. its user friendliness.",
      },
      {
        description: "Disclosure to law enforcement authorities where required, e.g. when a crime is suspected",
        legalBases: ["Art. 6(1)(c) GDPR", "Art. 6(1)(d) GDPR", "Art. 6(1)(e) GDPR"],
      },
    ],
    dataSubjects: ["Website visitors"],
    // The eleven fields of the log entry, each named once.
    dataCategories: [
      {
        name: "Online identifiers and IP addresses",
        details: "Domain name or IP address of the remote host; IP address; cookies saved for the accessed domain; name of the internet service provider",
      },
      {
        name: "Device data",
        details: "Browser type and version; operating system; language used; device identifier",
      },
      {
        name: "Log data",
        details: "Result of the access (file transferred, file not found etc.); date and time of the access; amount of data transferred; website from which the file was accessed",
      },
    ],
    recipients: [{ name: LAW_ENFORCEMENT, note: "Only where the law requires it, e.g. when a crime is suspected." }],
  },
  {
    reference: "WEB-02",
    name: "Technically required cookies",
    description:
      "The website sets technically required cookies to enable certain functions; most are session cookies. On the first visit a banner asks for consent to cookies that are not technically required and leads to a cookie management tool. The cookie data is stored in pseudonymised form at most.",
    publicTitle: "Cookies",
    publicDescription:
      "Our website uses technically required cookies, small text files stored on your device, to enable certain functions. Most of them are session cookies, deleted when you close your browser. You can block cookies in your browser settings, but some functions of the website may then not work. A banner on your first visit asks for your consent to any other cookies, and lets you change your cookie settings.",
    storageLocation: "The visitor's browser",
    purposes: [{ description: "Enabling functions of the website that require cookies, including the visitor's cookie settings", legalBases: [] }],
    dataSubjects: ["Website visitors"],
    dataCategories: [
      {
        name: "Online identifiers and IP addresses",
        details: "Cookie identifiers of technically required cookies, stored in pseudonymised form at most",
        retention: "Session cookies are deleted at the end of the browser session.",
      },
    ],
    recipients: [],
    securityMeasures: ["Pseudonymisation"],
  },
  {
    reference: "WEB-03",
    name: "Web analytics with Piwik PRO",
    description:
      "Piwik PRO cookies record how visitors use the website; the information, including the IP address anonymised immediately, is transmitted to and stored on Open-Xchange's own server and not disclosed to third parties. Visitors who consented can opt out at any time through a link that sets an opt-out cookie; deleting cookies deletes the opt-out cookie too.",
    publicTitle: "Web analytics with Piwik PRO",
    publicDescription:
      "With your consent, we use the web analytics tool Piwik PRO, which places cookies on your device, to analyse how our website is used and to improve it. The information, including your IP address, which is anonymised immediately, is stored on our server and not disclosed to third parties. You can withdraw your consent at any time with the opt-out link, which sets an opt-out cookie; if you delete your cookies, you may need to opt out again.",
    storageLocation: "Open-Xchange's own server",
    provisionRequirement: "VOLUNTARY",
    // The policy's "Opt-out from PIWIK PRO analytics" link; its address is not in the text.
    consentWithdrawalInstructions:
      "Use the “Opt-out from PIWIK PRO analytics” link on the website at any time: it places an opt-out cookie so that Piwik PRO collects no further session data. Deleting your cookies deletes the opt-out cookie too; you may then have to opt out again.",
    purposes: [{ description: "Analysing how visitors use the website in order to optimise it", legalBases: ["Art. 6(1)(a) GDPR"] }],
    dataSubjects: ["Website visitors"],
    dataCategories: [
      { name: "Usage data", details: "Information about the use of the website generated by the Piwik PRO cookies" },
      { name: "Online identifiers and IP addresses", details: "Piwik PRO cookie identifiers; IP address, anonymised immediately" },
    ],
    recipients: [{ name: PIWIK_PRO, note: "Provider of the analytics tool; the data is stored on Open-Xchange's server." }],
    securityMeasures: ["IP address anonymisation"],
  },
];

const appDeletion = "Deleted on the device when the App is uninstalled; the user can also delete it in the device settings.";

const appActivities: ActivitySpec[] = [
  {
    reference: "APP-01",
    name: "Log-in data",
    description:
      "The App asks for the user's e-mail address and password and sends them to the server of the user's e-mail Service Provider to open a session; the Service Provider returns a session identifier. After a successful log-in the App stores the log-in data with the server information in an access-protected area of the device.",
    publicTitle: "Log-in data",
    publicDescription:
      "To connect to your mailbox, the App asks for your e-mail address and password and transmits them to your e-mail Service Provider, which opens a session and sends your device an identifier for it. After a successful log-in, the App stores your log-in data and the server information in an access-protected area of your device; you consent to this by pressing the log-in button. The data is deleted when you uninstall the App, log out, or your Service Provider rejects the first log-in.",
    storageLocation: "Access-protected area of the user's device",
    purposes: [
      { description: "Transmitting the e-mail address and password to the user's Service Provider to open a session and give access to the mailbox", legalBases: ["Art. 6(1)(b) GDPR"] },
      { description: "Storing the log-in data with the server information on the device", legalBases: ["Art. 6(1)(a) GDPR"] },
    ],
    dataSubjects: ["App users"],
    dataCategories: [
      {
        name: "Access credentials",
        details: "E-mail address and password; server information of the Service Provider; session identifier sent by the Service Provider",
        retention: "Deleted when the App is uninstalled, when the Service Provider rejects the initial log-in, or when the user logs out of the App; the user can also delete it in the device settings.",
      },
    ],
    recipients: [{ name: SERVICE_PROVIDER, note: "Receives the e-mail address and password to open the session." }],
  },
  {
    reference: "APP-02",
    name: "Contacts imported from the address book",
    description:
      "With the user's permission, given in the operating system's prompt, the App reads the device's address book so that the e-mail addresses stored there can be used in the App. The App works without it, and access can be revoked later in the operating system's settings.",
    publicTitle: "Contact data from the address book",
    publicDescription:
      "If you allow it, the App reads the contacts in your device's address book so that you can use their e-mail addresses in the App. The App works without this access, and you can revoke it at any time in your operating system's settings.",
    storageLocation: "The user's device",
    dataSource: "OTHER",
    dataSourceDescription: "The address book on the App user's device.",
    provisionRequirement: "VOLUNTARY",
    provisionConsequences: "None for the App's functions; the e-mail addresses from the address book are not available in the App.",
    consentWithdrawalInstructions: "Deactivate the App's access to the address book in the settings of your operating system.",
    purposes: [{ description: "Letting the user use the e-mail addresses from the device's address book in the App", legalBases: ["Art. 6(1)(a) GDPR"] }],
    dataSubjects: ["Contacts of users"],
    dataCategories: [{ name: "Contact data", details: "Contacts in the device's address book, in particular their e-mail addresses" }],
    recipients: [],
  },
  {
    reference: "APP-03",
    name: "E-mails and messages",
    description:
      "The App's main function: access to the user's mailbox at the Service Provider and real-time chat. E-mails, messages and attachments (photos, videos, audio files, documents) often contain names, e-mail addresses and sensitive, highly personal data about the user or others.",
    publicTitle: "E-mails and messages",
    publicDescription:
      "The App gives you access to your mailbox at your Service Provider and lets you chat in real time. Your e-mails, messages and attachments may contain personal and sensitive data about you and others; you decide what you send and keep. The data is deleted from your device when you uninstall the App; ask your Service Provider how to delete the data stored there.",
    storageLocation: "The App's inbox on the user's device; the mailbox at the user's Service Provider",
    purposes: [{ description: "Providing the App's functions: reading and sending e-mails and chatting in real time", legalBases: ["Art. 6(1)(b) GDPR"] }],
    dataSubjects: ["App users", "Contacts of users"],
    dataCategories: [
      { name: "Communication content", details: "E-mails and messages with their attachments, such as photos, videos, audio files and documents", retention: appDeletion },
      { name: "Contact data", details: "Names and e-mail addresses in e-mails and messages", retention: appDeletion },
    ],
    recipients: [{ name: SERVICE_PROVIDER, note: "Holds the mailbox through which e-mails and messages are sent, received and stored." }],
  },
  {
    reference: "APP-04",
    name: "Push notifications",
    description:
      "If the user enables push notifications and the Service Provider offers a COI-compliant e-mail service, the Service Provider encrypts the sender, subject or text of new messages and sends them to the Open-Xchange Push Service, hosted on German servers, which forwards them to Google Firebase Cloud Messaging and/or the Apple Push Notification Service for delivery to the App, where they are decrypted. A unique key identifying the device is generated and transferred to the Service Provider. Without a COI-compatible service, the App instead polls for new messages at regular intervals, which is slower. Notifications can be disabled in the App's settings at any time.",
    publicTitle: "Push notifications",
    publicDescription:
      "If you enable push notifications and your Service Provider offers a COI-compliant e-mail service, your Service Provider encrypts the sender, subject or text of new messages and sends them to our Push Service on German servers, which forwards them through Google Firebase Cloud Messaging or the Apple Push Notification Service to the App, where they are decrypted and shown. A unique key identifying your device is passed to your Service Provider so that notifications reach it. Otherwise the App checks for new messages at regular intervals. You can turn notifications off at any time in the App's settings.",
    storageLocation: "Open-Xchange Push Service on servers in Germany",
    consentWithdrawalInstructions: "Disable notifications in the App's settings at any time.",
    securityDescription:
      "Notification content is encrypted at the Service Provider and passes the Push Service, Google and Apple only in encrypted form; it is decrypted in the App.",
    provisionRequirement: "VOLUNTARY",
    purposes: [
      { description: "Transmitting encrypted notifications of new messages from the Service Provider through the Push Service to the App", legalBases: ["Art. 6(1)(a) GDPR"] },
      { description: "Generating a unique device key and passing it to the Service Provider so that push notifications can be delivered", legalBases: ["Art. 6(1)(b) GDPR"] },
    ],
    dataSubjects: ["App users", "Contacts of users"],
    dataCategories: [
      { name: "Communication metadata", details: "Sender and subject of new messages, encrypted" },
      { name: "Communication content", details: "Text of new messages, encrypted" },
      { name: "Device data", details: "Unique key identifying the mobile device" },
    ],
    recipients: [
      { name: SERVICE_PROVIDER, note: "Sends the encrypted notifications and receives the device key." },
      { name: GOOGLE_FCM, note: "Delivers the encrypted notifications to the device." },
      { name: APPLE_APNS, note: "Delivers the encrypted notifications to Apple devices." },
    ],
    // Art. 13(1)(f): the policy names US companies but states no safeguard.
    transfers: [
      { countryCode: "US", recipient: GOOGLE_FCM },
      { countryCode: "US", recipient: APPLE_APNS },
    ],
    securityMeasures: ["End-to-end encryption"],
  },
];

function lookup(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo organisation: unknown ${what} "${key}"`);
  return id;
}

type Catalogues = {
  legalBases: Map<string, string>;
  dataCategories: Map<string, string>;
  dataSubjects: Map<string, string>;
  securityMeasures: Map<string, string>;
  recipients: Map<string, string>;
};

async function createActivity(
  tx: Prisma.TransactionClient,
  organisationId: string,
  actor: DemoOrganisationOptions["actor"],
  catalogues: Catalogues,
  spec: ActivitySpec,
): Promise<string> {
  const activity = await tx.processingActivity.create({
    data: {
      organisationId,
      reference: spec.reference,
      name: spec.name,
      description: spec.description,
      status: "ACTIVE",
      role: "CONTROLLER",
      dataSource: spec.dataSource ?? "DATA_SUBJECT",
      dataSourceDescription: spec.dataSourceDescription ?? "",
      provisionRequirement: spec.provisionRequirement ?? "NOT_SPECIFIED",
      provisionConsequences: spec.provisionConsequences ?? "",
      consentWithdrawalInstructions: spec.consentWithdrawalInstructions ?? "",
      storageLocation: spec.storageLocation ?? "",
      securityDescription: spec.securityDescription ?? "",
      publicTitle: spec.publicTitle,
      publicDescription: spec.publicDescription,
      createdById: actor.id,
      updatedById: actor.id,
      purposes: {
        create: spec.purposes.map((purpose, position) => ({
          position,
          description: purpose.description,
          legitimateInterests: purpose.legitimateInterests ?? "",
          legalBases: {
            create: purpose.legalBases.map((citation) => ({ legalBasisId: lookup(catalogues.legalBases, citation, "legal basis") })),
          },
        })),
      },
      dataSubjects: {
        create: spec.dataSubjects.map((name) => ({ dataSubjectCategoryId: lookup(catalogues.dataSubjects, name, "data subject category") })),
      },
      dataCategories: {
        create: spec.dataCategories.map((category, position) => ({
          position,
          dataCategoryId: lookup(catalogues.dataCategories, category.name, "data category"),
          details: category.details,
          retention: category.retention ?? "",
        })),
      },
      recipients: {
        create: spec.recipients.map((recipient) => ({ recipientId: lookup(catalogues.recipients, recipient.name, "recipient"), note: recipient.note })),
      },
      transfers: {
        create: (spec.transfers ?? []).map((transfer) => ({
          countryCode: transfer.countryCode,
          recipientId: lookup(catalogues.recipients, transfer.recipient, "recipient"),
        })),
      },
      securityMeasures: {
        create: (spec.securityMeasures ?? []).map((name) => ({ securityMeasureId: lookup(catalogues.securityMeasures, name, "security measure") })),
      },
    },
  });
  // The links are recorded by name, which stays readable in the audit log.
  const { purposes, dataSubjects, dataCategories, recipients, transfers, securityMeasures } = spec;
  await recordAudit(tx, {
    organisationId,
    actor,
    action: "CREATE",
    entityType: "ProcessingActivity",
    entityId: activity.id,
    after: { ...activity, purposes, dataSubjects, dataCategories, recipients, transfers: transfers ?? [], securityMeasures: securityMeasures ?? [] },
  });
  return activity.id;
}

/**
 * The hash of a Markdown section's source text that its translations were
 * made from: title and body, so that a change to either makes them outdated.
 */
export function markdownSourceHash(section: { title: string; body: string }): string {
  return sourceHash(`${section.title}\n\n${section.body}`);
}

/** A Markdown section with its German and French text, found by its English title. */
function withMarkdownTranslations(section: DemoPolicySection): DemoPolicySection {
  if (section.type !== "markdown") return section;
  const texts = DEMO_MARKDOWN.find((entry) => entry.title.en === section.title && entry.body.en === section.body);
  if (!texts) throw new Error(`Demo organisation: no translation of the section "${section.title}"`);
  const hash = markdownSourceHash(section);
  const translations = Object.fromEntries(
    LANGUAGES.filter((language) => language !== "en").map((language) => [language, { title: texts.title[language], body: texts.body[language], sourceHash: hash }]),
  );
  return { ...section, translations };
}

/**
 * Translation rows for every text of the demo's records that the field
 * registry lists, read back from the records as the translations view and
 * the policies read them, and the proper names marked as kept as written.
 * The catalogue entries' texts were translated when the catalogues were created.
 */
async function translateDemoTexts(tx: Prisma.TransactionClient, organisationId: string): Promise<void> {
  const records = await loadOrganisationRecords(organisationId, {}, tx);
  if (!records) throw new Error("Demo organisation: its records cannot be read back");
  const rows: TranslationRow[] = [];
  const verbatim = [];
  for (const text of recordTexts(records)) {
    if (DEMO_VERBATIM.includes(text.source)) {
      verbatim.push({ entity: text.entity, id: text.id, field: text.field });
      continue;
    }
    const translation = demoTranslation(text.source);
    if (!translation) continue;
    for (const language of LANGUAGES.filter((l) => l !== "en")) {
      rows.push({ entity: text.entity, id: text.id, field: text.field, language, value: translation[language], source: text.source });
    }
  }
  await writeTranslations(tx, organisationId, rows);
  await writeVerbatim(tx, organisationId, verbatim, true);
}

/** Creates the demo organisation with its catalogues, records and policy drafts, in the caller's transaction. */
export async function createDemoOrganisation(tx: Prisma.TransactionClient, options: DemoOrganisationOptions): Promise<DemoOrganisation> {
  const { actor } = options;
  const organisation = await tx.organisation.create({
    data: {
      slug: options.slug ?? DEMO_ORGANISATION_SLUG,
      legalName: "Open-Xchange AG",
      address: "Hohenzollernring 72, 50672 Köln, Germany",
      website: "https://coi.me",
      // The website policy names this mailbox; the app policy names another,
      // which its controller section below carries.
      privacyContactName: "Open-Xchange AG Datenschutz / Data Protection",
      privacyContactEmail: "datenschutz@open-xchange.com",
      privacyContactAddress: "Hohenzollernring 72, 50672 Köln, Germany",
      dpoName: "Dr. Jana Jentzsch",
      dpoOrganisation: "Jentzsch-IT Rechtsanwaltsgesellschaft mbH",
      dpoAddress: "Alsterarkaden 13, 20354 Hamburg, Germany",
      dpoEmail: "info@jentzsch-it.de",
      dpoForm: "FEMININE",
      defaultLanguage: "en",
      languages: [...LANGUAGES],
      isDemo: true,
    },
  });
  const organisationId = organisation.id;
  await recordAudit(tx, { organisationId, actor, action: "CREATE", entityType: "Organisation", entityId: organisationId, after: organisation });

  await createDefaultCatalogues(tx, organisationId);
  await tx.recipient.createMany({
    data: demoRecipients.map((recipient) => ({
      organisationId,
      kind: recipient.kind,
      name: recipient.name,
      countryCode: recipient.countryCode ?? null,
      website: recipient.website ?? "",
      services: recipient.services,
      notes: recipient.notes,
    })),
  });

  const where = { where: { organisationId } };
  const byKey = <T>(rows: T[], key: (row: T) => string, id: (row: T) => string) => new Map(rows.map((row) => [key(row), id(row)]));
  const catalogues: Catalogues = {
    legalBases: byKey(await tx.legalBasis.findMany(where), (row) => row.citation, (row) => row.id),
    dataCategories: byKey(await tx.dataCategory.findMany(where), (row) => row.name, (row) => row.id),
    dataSubjects: byKey(await tx.dataSubjectCategory.findMany(where), (row) => row.name, (row) => row.id),
    securityMeasures: byKey(await tx.securityMeasure.findMany(where), (row) => row.name, (row) => row.id),
    recipients: byKey(await tx.recipient.findMany(where), (row) => row.name, (row) => row.id),
  };

  const activityIds: Record<string, string> = {};
  for (const spec of [...websiteActivities, ...appActivities]) {
    activityIds[spec.reference] = await createActivity(tx, organisationId, actor, catalogues, spec);
  }

  await translateDemoTexts(tx, organisationId);

  const activitySections = (specs: ActivitySpec[]): DemoPolicySection[] =>
    specs.map((spec) => ({ type: "activity", activityId: activityIds[spec.reference] }));

  const policies: { slug: string; title: string; sections: DemoPolicySection[] }[] = [
    {
      slug: "coi-website",
      title: "Privacy Policy for the coi.me Website",
      sections: [
        { type: "controller" },
        ...activitySections(websiteActivities),
        { type: "rights" },
        {
          type: "markdown",
          title: "Links to other websites",
          body: "Our website links to websites of other providers, which may use cookies or collect personal data. We have no influence on whether they comply with data protection law. This privacy policy covers only our own website, not the websites it links to.",
        },
        {
          type: "markdown",
          title: "Data security",
          body: "We use the technical and organisational means available to keep your personal data from being accessible to third parties. E-mail cannot be fully secured, so please send confidential information by letter post.",
        },
      ],
    },
    {
      slug: "ox-coi-messenger",
      title: "Privacy Policy for the OX COI Messenger",
      sections: [
        { type: "controller", privacyContactEmail: "privacy@open-xchange.com", dpoEmail: "mail@jentzsch-it.de" },
        {
          type: "markdown",
          title: "Your e-mail Service Provider",
          body: "The App accesses a mailbox that a third-party e-mail Service Provider has set up for you. Please check with your Service Provider how it handles your data. This policy covers only the processing in the App itself.",
        },
        ...activitySections(appActivities),
        {
          type: "markdown",
          title: "Cookies and tracking",
          body: "The App uses no tracking mechanisms that record your behaviour and stores no cookies on your device.",
        },
        {
          type: "markdown",
          title: "External links",
          body: "The App and your e-mails may contain links to external websites that use cookies or tracking, over which we have no control. Please refer to the privacy policy of the website concerned.",
        },
        { type: "rights" },
      ],
    },
  ];

  const policyIds: Record<string, string> = {};
  for (const policy of policies) {
    const created = await tx.policy.create({
      data: {
        organisationId,
        slug: policy.slug,
        title: policy.title,
        // Published in English, as the organisation did; the German and French
        // titles and texts are ready for the DPO to add those languages.
        languages: ["en"],
        titles: { de: DEMO_POLICY_TITLES[policy.slug]?.de ?? "", fr: DEMO_POLICY_TITLES[policy.slug]?.fr ?? "" },
        sections: policy.sections.map(withMarkdownTranslations),
      },
    });
    await recordAudit(tx, { organisationId, actor, action: "CREATE", entityType: "Policy", entityId: created.id, after: created });
    policyIds[policy.slug] = created.id;
  }

  return { organisationId, activityIds, policyIds };
}
