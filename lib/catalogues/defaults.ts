/**
 * The catalogues every new organisation starts with: the legal bases the GDPR
 * itself provides, and the data categories, data subject categories and
 * security measures a DPO reaches for first. The organisation edits them
 * afterwards; only the legal bases are marked as built in.
 *
 * Every text is written in each language the records can be kept in, with the
 * terms of that language's text of the GDPR (DSGVO, RGPD): one `Texts` per
 * text, so a language added to LANGUAGES and forgotten here fails to compile.
 * A new organisation gets them in its default language in the records' own
 * columns and as Translation rows in the others.
 */
import type { LegalBasisArticle, Prisma, SecurityMeasureGroup } from "@prisma/client";
import type { TextRef } from "@/lib/translations/fields";
import { LANGUAGES, asLanguage, type Language } from "@/lib/translations/languages";
import { writeTranslations, type TranslationRow } from "@/lib/translations/store";
import { wordingFor } from "@/lib/policies/wording";

/** One text in every language. */
export type Texts = Record<Language, string>;

export type DefaultLegalBasis = {
  article: LegalBasisArticle;
  letter: string;
  name: Texts;
  description: Texts;
};

export type DefaultDataCategory = {
  name: Texts;
  description: Texts;
  special?: boolean;
  criminal?: boolean;
  defaultRetention?: Texts;
};

type DefaultDataSubjectCategory = { name: Texts; description: Texts };

export type DefaultSecurityMeasure = { group: SecurityMeasureGroup; name: Texts; description: Texts };

// Art. 6(1): at least one of these must apply for any processing to be lawful.
const art6: Omit<DefaultLegalBasis, "article">[] = [
  {
    letter: "a",
    name: { en: "Consent", de: "Einwilligung", fr: "Consentement" },
    description: {
      en: "The data subject has given consent to the processing for one or more specific purposes. Consent can be withdrawn at any time (Art. 7(3)).",
      de: "Die betroffene Person hat ihre Einwilligung in die Verarbeitung für einen oder mehrere bestimmte Zwecke gegeben. Die Einwilligung kann jederzeit widerrufen werden (Art. 7 Abs. 3).",
      fr: "La personne concernée a consenti au traitement pour une ou plusieurs finalités spécifiques. Le consentement peut être retiré à tout moment (art. 7, par. 3).",
    },
  },
  {
    letter: "b",
    name: { en: "Contract", de: "Vertragserfüllung", fr: "Exécution d’un contrat" },
    description: {
      en: "Processing is necessary for the performance of a contract with the data subject, or to take steps at their request before entering into one.",
      de: "Die Verarbeitung ist für die Erfüllung eines Vertrags mit der betroffenen Person oder zur Durchführung vorvertraglicher Maßnahmen auf ihre Anfrage erforderlich.",
      fr: "Le traitement est nécessaire à l’exécution d’un contrat auquel la personne concernée est partie ou à l’exécution de mesures précontractuelles prises à sa demande.",
    },
  },
  {
    letter: "c",
    name: { en: "Legal obligation", de: "Rechtliche Verpflichtung", fr: "Obligation légale" },
    description: {
      en: "Processing is necessary for compliance with a legal obligation under Union or Member State law to which the controller is subject.",
      de: "Die Verarbeitung ist zur Erfüllung einer rechtlichen Verpflichtung nach dem Unionsrecht oder dem Recht eines Mitgliedstaats erforderlich, der der Verantwortliche unterliegt.",
      fr: "Le traitement est nécessaire au respect d’une obligation légale prévue par le droit de l’Union ou le droit d’un État membre, à laquelle le responsable du traitement est soumis.",
    },
  },
  {
    letter: "d",
    name: { en: "Vital interests", de: "Lebenswichtige Interessen", fr: "Sauvegarde des intérêts vitaux" },
    description: {
      en: "Processing is necessary to protect the vital interests of the data subject or of another natural person.",
      de: "Die Verarbeitung ist erforderlich, um lebenswichtige Interessen der betroffenen Person oder einer anderen natürlichen Person zu schützen.",
      fr: "Le traitement est nécessaire à la sauvegarde des intérêts vitaux de la personne concernée ou d’une autre personne physique.",
    },
  },
  {
    letter: "e",
    name: { en: "Public task", de: "Wahrnehmung einer Aufgabe im öffentlichen Interesse", fr: "Mission d’intérêt public" },
    description: {
      en: "Processing is necessary for a task carried out in the public interest or in the exercise of official authority vested in the controller, laid down by Union or Member State law.",
      de: "Die Verarbeitung ist für die Wahrnehmung einer Aufgabe erforderlich, die im öffentlichen Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt, die dem Verantwortlichen übertragen wurde, festgelegt im Unionsrecht oder im Recht eines Mitgliedstaats.",
      fr: "Le traitement est nécessaire à l’exécution d’une mission d’intérêt public ou relevant de l’exercice de l’autorité publique dont est investi le responsable du traitement, définie par le droit de l’Union ou le droit d’un État membre.",
    },
  },
  {
    letter: "f",
    name: { en: "Legitimate interests", de: "Berechtigte Interessen", fr: "Intérêts légitimes" },
    description: {
      en: "Processing is necessary for the legitimate interests of the controller or a third party, unless overridden by the interests or fundamental rights of the data subject, in particular a child. Not available to public authorities performing their tasks. The interests must be stated (Art. 13(1)(d)).",
      de: "Die Verarbeitung ist zur Wahrung der berechtigten Interessen des Verantwortlichen oder eines Dritten erforderlich, sofern nicht die Interessen oder Grundrechte der betroffenen Person, insbesondere eines Kindes, überwiegen. Nicht für Behörden in Erfüllung ihrer Aufgaben. Die Interessen sind anzugeben (Art. 13 Abs. 1 lit. d).",
      fr: "Le traitement est nécessaire aux fins des intérêts légitimes poursuivis par le responsable du traitement ou par un tiers, à moins que ne prévalent les intérêts ou les libertés et droits fondamentaux de la personne concernée, notamment lorsqu’il s’agit d’un enfant. Ne s’applique pas aux autorités publiques dans l’exécution de leurs missions. Les intérêts doivent être indiqués (art. 13, par. 1, point d)).",
    },
  },
];

// Art. 9(2): the conditions that lift the prohibition on processing special
// categories of personal data (Art. 9(1)); each applies in addition to an Art. 6 basis.
const art9: Omit<DefaultLegalBasis, "article">[] = [
  {
    letter: "a",
    name: { en: "Explicit consent", de: "Ausdrückliche Einwilligung", fr: "Consentement explicite" },
    description: {
      en: "The data subject has given explicit consent for one or more specified purposes, unless Union or Member State law rules out lifting the prohibition by consent.",
      de: "Die betroffene Person hat ausdrücklich in die Verarbeitung für einen oder mehrere festgelegte Zwecke eingewilligt, sofern das Unionsrecht oder das Recht eines Mitgliedstaats die Aufhebung des Verbots durch Einwilligung nicht ausschließt.",
      fr: "La personne concernée a donné son consentement explicite pour une ou plusieurs finalités spécifiques, sauf lorsque le droit de l’Union ou le droit d’un État membre prévoit que l’interdiction ne peut pas être levée par son consentement.",
    },
  },
  {
    letter: "b",
    name: { en: "Employment and social security law", de: "Arbeitsrecht und Recht der sozialen Sicherheit", fr: "Droit du travail et de la sécurité sociale" },
    description: {
      en: "Necessary for obligations or rights in employment, social security and social protection law, as authorised by Union or Member State law or a collective agreement with appropriate safeguards.",
      de: "Erforderlich, um Rechte und Pflichten aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit und des Sozialschutzes auszuüben, soweit das Unionsrecht, das Recht eines Mitgliedstaats oder eine Kollektivvereinbarung dies mit geeigneten Garantien zulässt.",
      fr: "Nécessaire aux fins de l’exécution des obligations et de l’exercice des droits en matière de droit du travail, de la sécurité sociale et de la protection sociale, dans la mesure où le droit de l’Union, le droit d’un État membre ou une convention collective l’autorise avec des garanties appropriées.",
    },
  },
  {
    letter: "c",
    name: { en: "Vital interests (consent impossible)", de: "Lebenswichtige Interessen (Einwilligung nicht möglich)", fr: "Intérêts vitaux (consentement impossible)" },
    description: {
      en: "Necessary to protect the vital interests of the data subject or another person where the data subject is physically or legally incapable of giving consent.",
      de: "Erforderlich zum Schutz lebenswichtiger Interessen der betroffenen Person oder einer anderen Person, wenn die betroffene Person aus körperlichen oder rechtlichen Gründen außerstande ist, ihre Einwilligung zu geben.",
      fr: "Nécessaire à la sauvegarde des intérêts vitaux de la personne concernée ou d’une autre personne, lorsque la personne concernée se trouve dans l’incapacité physique ou juridique de donner son consentement.",
    },
  },
  {
    letter: "d",
    name: { en: "Not-for-profit bodies", de: "Organisationen ohne Gewinnerzielungsabsicht", fr: "Organismes à but non lucratif" },
    description: {
      en: "Legitimate activities of a foundation, association or other not-for-profit body with a political, philosophical, religious or trade union aim, relating only to its members, former members or regular contacts, and not disclosed outside it without consent.",
      de: "Rechtmäßige Tätigkeiten einer Stiftung, Vereinigung oder sonstigen Organisation ohne Gewinnerzielungsabsicht mit politischer, weltanschaulicher, religiöser oder gewerkschaftlicher Ausrichtung, die sich nur auf Mitglieder, ehemalige Mitglieder oder Personen mit regelmäßigem Kontakt beziehen und ohne Einwilligung nicht nach außen offengelegt werden.",
      fr: "Activités légitimes d’une fondation, d’une association ou de tout autre organisme à but non lucratif poursuivant une finalité politique, philosophique, religieuse ou syndicale, portant uniquement sur ses membres, anciens membres ou personnes entretenant avec lui des contacts réguliers, sans communication en dehors de l’organisme sans consentement.",
    },
  },
  {
    letter: "e",
    name: { en: "Manifestly made public by the data subject", de: "Von der betroffenen Person offensichtlich öffentlich gemacht", fr: "Données manifestement rendues publiques par la personne concernée" },
    description: {
      en: "The processing relates to personal data which the data subject has manifestly made public.",
      de: "Die Verarbeitung bezieht sich auf personenbezogene Daten, die die betroffene Person offensichtlich öffentlich gemacht hat.",
      fr: "Le traitement porte sur des données à caractère personnel manifestement rendues publiques par la personne concernée.",
    },
  },
  {
    letter: "f",
    name: { en: "Legal claims", de: "Rechtsansprüche", fr: "Droits en justice" },
    description: {
      en: "Necessary for the establishment, exercise or defence of legal claims, or whenever courts are acting in their judicial capacity.",
      de: "Erforderlich zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen oder bei Handlungen der Gerichte im Rahmen ihrer justiziellen Tätigkeit.",
      fr: "Nécessaire à la constatation, à l’exercice ou à la défense d’un droit en justice, ou chaque fois que des juridictions agissent dans le cadre de leur fonction juridictionnelle.",
    },
  },
  {
    letter: "g",
    name: { en: "Substantial public interest", de: "Erhebliches öffentliches Interesse", fr: "Motifs d’intérêt public important" },
    description: {
      en: "Necessary for reasons of substantial public interest on the basis of Union or Member State law that is proportionate and provides suitable and specific safeguards.",
      de: "Erforderlich aus Gründen eines erheblichen öffentlichen Interesses auf der Grundlage des Unionsrechts oder des Rechts eines Mitgliedstaats, das verhältnismäßig ist und angemessene und spezifische Maßnahmen zum Schutz der Grundrechte vorsieht.",
      fr: "Nécessaire pour des motifs d’intérêt public important, sur la base du droit de l’Union ou du droit d’un État membre, qui doit être proportionné et prévoir des mesures appropriées et spécifiques pour la sauvegarde des droits fondamentaux.",
    },
  },
  {
    letter: "h",
    name: { en: "Health or social care", de: "Gesundheitsvorsorge und Sozialbereich", fr: "Médecine et protection sociale" },
    description: {
      en: "Necessary for preventive or occupational medicine, assessing an employee's working capacity, medical diagnosis, or health or social care, under law or a contract with a health professional bound by professional secrecy (Art. 9(3)).",
      de: "Erforderlich für die Gesundheitsvorsorge oder Arbeitsmedizin, die Beurteilung der Arbeitsfähigkeit, die medizinische Diagnostik oder die Versorgung oder Behandlung im Gesundheits- oder Sozialbereich, auf gesetzlicher Grundlage oder aufgrund eines Vertrags mit einem Angehörigen eines Gesundheitsberufs, der dem Berufsgeheimnis unterliegt (Art. 9 Abs. 3).",
      fr: "Nécessaire aux fins de la médecine préventive ou de la médecine du travail, de l’appréciation de la capacité de travail, de diagnostics médicaux, de la prise en charge sanitaire ou sociale, sur la base de la loi ou d’un contrat conclu avec un professionnel de la santé soumis au secret professionnel (art. 9, par. 3).",
    },
  },
  {
    letter: "i",
    name: { en: "Public health", de: "Öffentliche Gesundheit", fr: "Santé publique" },
    description: {
      en: "Necessary for reasons of public interest in public health, such as protection against serious cross-border threats to health or ensuring the quality and safety of health care, medicinal products or medical devices, under law with suitable safeguards.",
      de: "Erforderlich aus Gründen des öffentlichen Interesses im Bereich der öffentlichen Gesundheit, etwa zum Schutz vor schwerwiegenden grenzüberschreitenden Gesundheitsgefahren oder zur Gewährleistung hoher Qualitäts- und Sicherheitsstandards der Gesundheitsversorgung, bei Arzneimitteln und Medizinprodukten, auf gesetzlicher Grundlage mit angemessenen Garantien.",
      fr: "Nécessaire pour des motifs d’intérêt public dans le domaine de la santé publique, tels que la protection contre les menaces transfrontalières graves pesant sur la santé ou la garantie de normes élevées de qualité et de sécurité des soins de santé, des médicaments ou des dispositifs médicaux, sur la base de la loi avec des garanties appropriées.",
    },
  },
  {
    letter: "j",
    name: { en: "Archiving, research and statistics", de: "Archiv-, Forschungs- und statistische Zwecke", fr: "Archives, recherche et statistiques" },
    description: {
      en: "Necessary for archiving in the public interest, scientific or historical research or statistical purposes in accordance with Art. 89(1), on the basis of Union or Member State law.",
      de: "Erforderlich für im öffentlichen Interesse liegende Archivzwecke, für wissenschaftliche oder historische Forschungszwecke oder für statistische Zwecke gemäß Art. 89 Abs. 1, auf der Grundlage des Unionsrechts oder des Rechts eines Mitgliedstaats.",
      fr: "Nécessaire à des fins archivistiques dans l’intérêt public, à des fins de recherche scientifique ou historique ou à des fins statistiques, conformément à l’art. 89, par. 1, sur la base du droit de l’Union ou du droit d’un État membre.",
    },
  },
];

export const DEFAULT_LEGAL_BASES: DefaultLegalBasis[] = [
  ...art6.map((basis) => ({ ...basis, article: "ART6" as const })),
  ...art9.map((basis) => ({ ...basis, article: "ART9" as const })),
  {
    // Art. 10 has no lettered points: criminal data needs official authority or a legal authorisation.
    article: "ART10",
    letter: "",
    name: { en: "Criminal convictions and offences", de: "Strafrechtliche Verurteilungen und Straftaten", fr: "Condamnations pénales et infractions" },
    description: {
      en: "Data on criminal convictions and offences or related security measures may be processed on an Art. 6(1) basis only under the control of official authority or when authorised by Union or Member State law providing appropriate safeguards.",
      de: "Daten über strafrechtliche Verurteilungen und Straftaten oder damit zusammenhängende Sicherungsmaßregeln dürfen auf Grundlage von Art. 6 Abs. 1 nur unter behördlicher Aufsicht verarbeitet werden oder wenn das Unionsrecht oder das Recht eines Mitgliedstaats dies mit geeigneten Garantien zulässt.",
      fr: "Les données relatives aux condamnations pénales et aux infractions ou aux mesures de sûreté connexes ne peuvent être traitées sur le fondement de l’art. 6, par. 1, que sous le contrôle de l’autorité publique ou si le droit de l’Union ou le droit d’un État membre l’autorise avec des garanties appropriées.",
    },
  },
];

/** The citation as each language's text of the GDPR cites it ("Art. 6(1)(a) GDPR", "Art. 6 Abs. 1 lit. a DSGVO", "art. 6, par. 1, point a), RGPD"). */
export function defaultCitation(basis: Pick<DefaultLegalBasis, "article" | "letter">, language: Language): string {
  return wordingFor(language).cite(basis.article, basis.letter) ?? "";
}

export const DEFAULT_DATA_CATEGORIES: DefaultDataCategory[] = [
  {
    name: { en: "Identification data", de: "Identifikationsdaten", fr: "Données d’identification" },
    description: {
      en: "Name, date of birth, customer or user number, identity document numbers.",
      de: "Name, Geburtsdatum, Kunden- oder Benutzernummer, Nummern von Ausweisdokumenten.",
      fr: "Nom, date de naissance, numéro de client ou d’utilisateur, numéros de pièces d’identité.",
    },
  },
  {
    name: { en: "Contact data", de: "Kontaktdaten", fr: "Coordonnées" },
    description: { en: "Postal address, e-mail address, telephone number.", de: "Postanschrift, E-Mail-Adresse, Telefonnummer.", fr: "Adresse postale, adresse électronique, numéro de téléphone." },
  },
  {
    name: { en: "Online identifiers and IP addresses", de: "Online-Kennungen und IP-Adressen", fr: "Identifiants en ligne et adresses IP" },
    description: {
      en: "IP addresses, cookie identifiers, session identifiers and similar identifiers assigned online.",
      de: "IP-Adressen, Cookie-Kennungen, Sitzungskennungen und ähnliche online vergebene Kennungen.",
      fr: "Adresses IP, identifiants de cookies, identifiants de session et identifiants similaires attribués en ligne.",
    },
  },
  {
    name: { en: "Device data", de: "Gerätedaten", fr: "Données relatives à l’appareil" },
    description: {
      en: "Device type and identifier, operating system, browser type and version, language settings, push tokens.",
      de: "Gerätetyp und -kennung, Betriebssystem, Browsertyp und -version, Spracheinstellungen, Push-Token.",
      fr: "Type et identifiant de l’appareil, système d’exploitation, type et version du navigateur, paramètres de langue, jetons de notification.",
    },
  },
  {
    name: { en: "Usage data", de: "Nutzungsdaten", fr: "Données d’utilisation" },
    description: {
      en: "Pages visited, features used, referring website, time and duration of use.",
      de: "Besuchte Seiten, genutzte Funktionen, verweisende Website, Zeitpunkt und Dauer der Nutzung.",
      fr: "Pages consultées, fonctionnalités utilisées, site web de provenance, date, heure et durée d’utilisation.",
    },
  },
  {
    name: { en: "Log data", de: "Protokolldaten", fr: "Données de journalisation" },
    description: {
      en: "Entries in server and application logs: time of access, requested resource, result, amount of data transferred.",
      de: "Einträge in Server- und Anwendungsprotokollen: Zeitpunkt des Zugriffs, abgerufene Ressource, Ergebnis, übertragene Datenmenge.",
      fr: "Entrées des journaux des serveurs et des applications\u00a0: date et heure de l’accès, ressource demandée, résultat, volume de données transféré.",
    },
  },
  {
    name: { en: "Access credentials", de: "Zugangsdaten", fr: "Identifiants de connexion" },
    description: {
      en: "User names, passwords or password hashes, authentication and session tokens.",
      de: "Benutzernamen, Passwörter oder Passwort-Hashes, Authentifizierungs- und Sitzungstoken.",
      fr: "Noms d’utilisateur, mots de passe ou empreintes de mots de passe, jetons d’authentification et de session.",
    },
  },
  {
    name: { en: "Communication content", de: "Kommunikationsinhalte", fr: "Contenu des communications" },
    description: {
      en: "The content of e-mails, messages and chats, including attachments.",
      de: "Inhalte von E-Mails, Nachrichten und Chats einschließlich Anhängen.",
      fr: "Contenu des courriels, messages et conversations, pièces jointes comprises.",
    },
  },
  {
    name: { en: "Communication metadata", de: "Kommunikationsmetadaten", fr: "Métadonnées des communications" },
    description: {
      en: "Sender, recipients, subject, date and time of e-mails, messages and calls.",
      de: "Absender, Empfänger, Betreff, Datum und Uhrzeit von E-Mails, Nachrichten und Anrufen.",
      fr: "Expéditeur, destinataires, objet, date et heure des courriels, messages et appels.",
    },
  },
  {
    name: { en: "Location data", de: "Standortdaten", fr: "Données de localisation" },
    description: {
      en: "Geolocation from GPS, mobile networks or Wi-Fi, and addresses derived from it.",
      de: "Standortbestimmung über GPS, Mobilfunknetze oder WLAN und daraus abgeleitete Adressen.",
      fr: "Géolocalisation par GPS, réseaux mobiles ou Wi-Fi, et adresses qui en sont déduites.",
    },
  },
  {
    name: { en: "Financial data", de: "Finanzdaten", fr: "Données financières" },
    description: {
      en: "Bank account and payment card details, invoices, payment history.",
      de: "Bankverbindung und Zahlungskartendaten, Rechnungen, Zahlungsverlauf.",
      fr: "Coordonnées bancaires et données de carte de paiement, factures, historique des paiements.",
    },
    defaultRetention: {
      en: "Until the statutory retention periods for accounting and tax records expire.",
      de: "Bis zum Ablauf der gesetzlichen Aufbewahrungsfristen für Buchhaltungs- und Steuerunterlagen.",
      fr: "Jusqu’à l’expiration des durées légales de conservation des pièces comptables et fiscales.",
    },
  },
  {
    name: { en: "Contract data", de: "Vertragsdaten", fr: "Données contractuelles" },
    description: {
      en: "Contract subject, term, products or services ordered, contract correspondence.",
      de: "Vertragsgegenstand, Laufzeit, bestellte Produkte oder Leistungen, Vertragskorrespondenz.",
      fr: "Objet et durée du contrat, produits ou services commandés, correspondance contractuelle.",
    },
    defaultRetention: {
      en: "Until the end of the contract plus the limitation period for claims arising from it, or longer statutory retention periods.",
      de: "Bis zum Vertragsende zuzüglich der Verjährungsfrist für Ansprüche daraus oder längerer gesetzlicher Aufbewahrungsfristen.",
      fr: "Jusqu’à la fin du contrat, augmentée du délai de prescription des actions qui en découlent, ou des durées légales de conservation plus longues.",
    },
  },
  {
    name: { en: "Employment data", de: "Beschäftigtendaten", fr: "Données relatives à l’emploi" },
    description: {
      en: "Position, salary, working time, absences, performance reviews and other HR records.",
      de: "Position, Gehalt, Arbeitszeit, Abwesenheiten, Leistungsbeurteilungen und sonstige Personalunterlagen.",
      fr: "Poste, rémunération, temps de travail, absences, entretiens d’évaluation et autres documents relatifs au personnel.",
    },
    defaultRetention: {
      en: "Until the end of employment plus the statutory retention periods for employment, tax and social security records.",
      de: "Bis zum Ende des Beschäftigungsverhältnisses zuzüglich der gesetzlichen Aufbewahrungsfristen für arbeits-, steuer- und sozialversicherungsrechtliche Unterlagen.",
      fr: "Jusqu’à la fin de la relation de travail, augmentée des durées légales de conservation des documents en matière de droit du travail, fiscale et de sécurité sociale.",
    },
  },
  {
    name: { en: "Application data", de: "Bewerbungsdaten", fr: "Données de candidature" },
    description: {
      en: "CV, certificates, references and correspondence from a job application.",
      de: "Lebenslauf, Zeugnisse, Referenzen und Korrespondenz aus einer Bewerbung.",
      fr: "CV, diplômes et certificats, références et correspondance liés à une candidature.",
    },
    defaultRetention: {
      en: "Until the period for legal claims about the selection decision has passed after the application process ends, unless the applicant agrees to longer storage.",
      de: "Bis zum Ablauf der Frist für Rechtsansprüche wegen der Auswahlentscheidung nach Abschluss des Bewerbungsverfahrens, sofern die bewerbende Person nicht einer längeren Speicherung zustimmt.",
      fr: "Jusqu’à l’expiration du délai de recours contre la décision de recrutement après la fin de la procédure, sauf si la personne candidate accepte une conservation plus longue.",
    },
  },
  {
    name: { en: "Consent records", de: "Einwilligungsnachweise", fr: "Preuves du consentement" },
    description: {
      en: "When, how and to what a person consented, and any withdrawal.",
      de: "Wann, wie und in was eine Person eingewilligt hat, sowie ein etwaiger Widerruf.",
      fr: "Quand, comment et à quoi une personne a consenti, ainsi que tout retrait.",
    },
    // Art. 7(1): the controller must be able to demonstrate consent.
    defaultRetention: {
      en: "As long as processing based on the consent continues, and afterwards for as long as the consent may need to be demonstrated.",
      de: "Solange die auf der Einwilligung beruhende Verarbeitung andauert, und danach, solange die Einwilligung nachgewiesen werden muss.",
      fr: "Tant que dure le traitement fondé sur le consentement, puis aussi longtemps que le consentement peut devoir être démontré.",
    },
  },
  {
    name: { en: "Images and recordings", de: "Bild- und Tonaufnahmen", fr: "Images et enregistrements" },
    description: {
      en: "Photographs, video and audio recordings of identifiable people.",
      de: "Fotos, Video- und Tonaufnahmen identifizierbarer Personen.",
      fr: "Photographies, enregistrements vidéo et audio de personnes identifiables.",
    },
  },
  // Art. 9(1): the special categories of personal data.
  {
    name: { en: "Racial or ethnic origin", de: "Rassische oder ethnische Herkunft", fr: "Origine raciale ou ethnique" },
    description: { en: "Data revealing racial or ethnic origin.", de: "Daten, aus denen die rassische oder ethnische Herkunft hervorgeht.", fr: "Données qui révèlent l’origine raciale ou ethnique." },
    special: true,
  },
  {
    name: { en: "Political opinions", de: "Politische Meinungen", fr: "Opinions politiques" },
    description: {
      en: "Data revealing political opinions or party membership.",
      de: "Daten, aus denen politische Meinungen oder eine Parteimitgliedschaft hervorgehen.",
      fr: "Données qui révèlent les opinions politiques ou l’appartenance à un parti.",
    },
    special: true,
  },
  {
    name: { en: "Religious or philosophical beliefs", de: "Religiöse oder weltanschauliche Überzeugungen", fr: "Convictions religieuses ou philosophiques" },
    description: {
      en: "Data revealing religious or philosophical beliefs, including church membership.",
      de: "Daten, aus denen religiöse oder weltanschauliche Überzeugungen hervorgehen, einschließlich der Kirchenzugehörigkeit.",
      fr: "Données qui révèlent les convictions religieuses ou philosophiques, y compris l’appartenance à une Église.",
    },
    special: true,
  },
  {
    name: { en: "Trade union membership", de: "Gewerkschaftszugehörigkeit", fr: "Appartenance syndicale" },
    description: { en: "Data revealing membership of a trade union.", de: "Daten, aus denen die Gewerkschaftszugehörigkeit hervorgeht.", fr: "Données qui révèlent l’appartenance à un syndicat." },
    special: true,
  },
  {
    name: { en: "Genetic data", de: "Genetische Daten", fr: "Données génétiques" },
    description: {
      en: "Inherited or acquired genetic characteristics giving unique information about a person's physiology or health (Art. 4(13)).",
      de: "Ererbte oder erworbene genetische Eigenschaften, die eindeutige Informationen über die Physiologie oder die Gesundheit einer Person liefern (Art. 4 Nr. 13).",
      fr: "Caractéristiques génétiques héréditaires ou acquises qui donnent des informations uniques sur la physiologie ou l’état de santé d’une personne (art. 4, point 13)).",
    },
    special: true,
  },
  {
    name: { en: "Biometric data for identification", de: "Biometrische Daten zur Identifizierung", fr: "Données biométriques aux fins d’identification" },
    description: {
      en: "Fingerprints, facial images or other biometric data processed to uniquely identify a person (Art. 4(14)).",
      de: "Fingerabdrücke, Gesichtsbilder oder andere biometrische Daten, die zur eindeutigen Identifizierung einer Person verarbeitet werden (Art. 4 Nr. 14).",
      fr: "Empreintes digitales, images faciales ou autres données biométriques traitées aux fins d’identifier une personne de manière unique (art. 4, point 14)).",
    },
    special: true,
  },
  {
    name: { en: "Health data", de: "Gesundheitsdaten", fr: "Données concernant la santé" },
    description: {
      en: "Physical or mental health, including the provision of health care, sick notes and disabilities (Art. 4(15)).",
      de: "Körperliche oder geistige Gesundheit einschließlich der Erbringung von Gesundheitsdienstleistungen, Arbeitsunfähigkeitsbescheinigungen und Behinderungen (Art. 4 Nr. 15).",
      fr: "Santé physique ou mentale, y compris la prestation de soins de santé, les arrêts de travail et les handicaps (art. 4, point 15)).",
    },
    special: true,
  },
  {
    name: { en: "Sex life or sexual orientation", de: "Sexualleben oder sexuelle Orientierung", fr: "Vie sexuelle ou orientation sexuelle" },
    description: {
      en: "Data concerning a person's sex life or sexual orientation.",
      de: "Daten zum Sexualleben oder zur sexuellen Orientierung einer Person.",
      fr: "Données concernant la vie sexuelle ou l’orientation sexuelle d’une personne.",
    },
    special: true,
  },
  // Art. 10: not a special category, but restricted in its own way.
  {
    name: { en: "Criminal convictions and offences", de: "Strafrechtliche Verurteilungen und Straftaten", fr: "Condamnations pénales et infractions" },
    description: {
      en: "Criminal records, convictions, offences, proceedings and related security measures.",
      de: "Strafregistereinträge, Verurteilungen, Straftaten, Verfahren und damit zusammenhängende Sicherungsmaßregeln.",
      fr: "Casier judiciaire, condamnations, infractions, procédures et mesures de sûreté connexes.",
    },
    criminal: true,
  },
];

const DEFAULT_DATA_SUBJECT_CATEGORIES: DefaultDataSubjectCategory[] = [
  {
    name: { en: "Website visitors", de: "Website-Besucher", fr: "Visiteurs du site web" },
    description: { en: "People who visit the organisation's websites.", de: "Personen, die die Websites der Organisation besuchen.", fr: "Personnes qui consultent les sites web de l’organisme." },
  },
  {
    name: { en: "App users", de: "App-Nutzer", fr: "Utilisateurs des applications" },
    description: { en: "People who install and use the organisation's apps.", de: "Personen, die die Apps der Organisation installieren und nutzen.", fr: "Personnes qui installent et utilisent les applications de l’organisme." },
  },
  {
    name: { en: "Contacts of users", de: "Kontakte von Nutzern", fr: "Contacts des utilisateurs" },
    description: {
      en: "People whose data users store or exchange through the organisation's services, such as address book entries and correspondents.",
      de: "Personen, deren Daten Nutzer über die Dienste der Organisation speichern oder austauschen, etwa Adressbucheinträge und Korrespondenzpartner.",
      fr: "Personnes dont les utilisateurs enregistrent ou échangent les données au moyen des services de l’organisme, comme les entrées du carnet d’adresses et les correspondants.",
    },
  },
  {
    name: { en: "Customers", de: "Kunden", fr: "Clients" },
    description: {
      en: "People who buy or use the organisation's products or services, and contact persons at business customers.",
      de: "Personen, die Produkte oder Leistungen der Organisation kaufen oder nutzen, und Ansprechpersonen bei Geschäftskunden.",
      fr: "Personnes qui achètent ou utilisent les produits ou services de l’organisme, et interlocuteurs chez les clients professionnels.",
    },
  },
  {
    name: { en: "Prospects", de: "Interessenten", fr: "Prospects" },
    description: {
      en: "People who have shown interest in the organisation's products or services but are not customers.",
      de: "Personen, die Interesse an Produkten oder Leistungen der Organisation gezeigt haben, aber keine Kunden sind.",
      fr: "Personnes qui ont manifesté de l’intérêt pour les produits ou services de l’organisme sans en être clientes.",
    },
  },
  {
    name: { en: "Newsletter subscribers", de: "Newsletter-Abonnenten", fr: "Abonnés à la lettre d’information" },
    description: {
      en: "People who have subscribed to newsletters or other mailings.",
      de: "Personen, die Newsletter oder andere Aussendungen abonniert haben.",
      fr: "Personnes abonnées à des lettres d’information ou à d’autres envois.",
    },
  },
  {
    name: { en: "Employees", de: "Beschäftigte", fr: "Salariés" },
    description: {
      en: "Current and former employees, trainees and temporary staff.",
      de: "Aktuelle und ehemalige Beschäftigte, Auszubildende und Aushilfen.",
      fr: "Salariés actuels et anciens, stagiaires et personnel temporaire.",
    },
  },
  {
    name: { en: "Applicants", de: "Bewerber", fr: "Candidats" },
    description: { en: "People who apply for a job with the organisation.", de: "Personen, die sich bei der Organisation um eine Stelle bewerben.", fr: "Personnes qui postulent à un emploi auprès de l’organisme." },
  },
  {
    name: { en: "Supplier and partner contacts", de: "Ansprechpersonen bei Lieferanten und Partnern", fr: "Interlocuteurs chez les fournisseurs et partenaires" },
    description: {
      en: "Contact persons at suppliers, service providers and business partners.",
      de: "Ansprechpersonen bei Lieferanten, Dienstleistern und Geschäftspartnern.",
      fr: "Interlocuteurs chez les fournisseurs, prestataires et partenaires commerciaux.",
    },
  },
  {
    name: { en: "Visitors to the premises", de: "Besucher der Räumlichkeiten", fr: "Visiteurs des locaux" },
    description: { en: "People who visit the organisation's offices or sites.", de: "Personen, die Büros oder Standorte der Organisation besuchen.", fr: "Personnes qui se rendent dans les bureaux ou sur les sites de l’organisme." },
  },
  {
    name: { en: "Support requesters", de: "Support-Anfragende", fr: "Demandeurs d’assistance" },
    description: {
      en: "People who contact the organisation's support or enquiry channels.",
      de: "Personen, die sich an den Support oder die Anfragekanäle der Organisation wenden.",
      fr: "Personnes qui contactent le support ou les canaux de demande de l’organisme.",
    },
  },
];

const measure = (group: SecurityMeasureGroup, name: Texts, description: Texts): DefaultSecurityMeasure => ({ group, name, description });

export const DEFAULT_SECURITY_MEASURES: DefaultSecurityMeasure[] = [
  measure("ACCESS_CONTROL", { en: "Role-based access control", de: "Rollenbasierte Zugriffskontrolle", fr: "Contrôle d’accès fondé sur les rôles" }, {
    en: "Access rights follow the role and are limited to what the task requires (need to know).",
    de: "Zugriffsrechte richten sich nach der Rolle und sind auf das für die Aufgabe Erforderliche beschränkt (Need-to-know-Prinzip).",
    fr: "Les droits d’accès dépendent du rôle et sont limités à ce que la tâche exige (besoin d’en connaître).",
  }),
  measure("ACCESS_CONTROL", { en: "Multi-factor authentication", de: "Mehr-Faktor-Authentifizierung", fr: "Authentification multifacteur" }, {
    en: "Sign-in to systems holding personal data requires a second factor.",
    de: "Die Anmeldung an Systemen mit personenbezogenen Daten erfordert einen zweiten Faktor.",
    fr: "La connexion aux systèmes contenant des données à caractère personnel exige un second facteur.",
  }),
  measure("ACCESS_CONTROL", { en: "Password policy", de: "Passwortrichtlinie", fr: "Politique de mots de passe" }, {
    en: "Minimum length, no reuse of known-breached passwords, a password manager for staff.",
    de: "Mindestlänge, keine Wiederverwendung bekanntermaßen kompromittierter Passwörter, ein Passwortmanager für die Beschäftigten.",
    fr: "Longueur minimale, aucune réutilisation de mots de passe connus comme compromis, un gestionnaire de mots de passe pour le personnel.",
  }),
  measure("ACCESS_CONTROL", { en: "Access rights review", de: "Überprüfung der Zugriffsrechte", fr: "Revue des droits d’accès" }, {
    en: "Access rights are reviewed regularly and withdrawn when staff change roles or leave.",
    de: "Zugriffsrechte werden regelmäßig überprüft und bei Rollenwechsel oder Ausscheiden entzogen.",
    fr: "Les droits d’accès sont revus régulièrement et retirés lorsqu’un membre du personnel change de fonction ou quitte l’organisme.",
  }),
  measure("ENCRYPTION", { en: "Encryption at rest", de: "Verschlüsselung gespeicherter Daten", fr: "Chiffrement des données stockées" }, {
    en: "Databases, file storage and backups are encrypted.",
    de: "Datenbanken, Dateispeicher und Sicherungen sind verschlüsselt.",
    fr: "Les bases de données, le stockage de fichiers et les sauvegardes sont chiffrés.",
  }),
  measure("ENCRYPTION", { en: "TLS encryption in transit", de: "TLS-Transportverschlüsselung", fr: "Chiffrement TLS des échanges" }, {
    en: "Connections to and between systems use current TLS versions.",
    de: "Verbindungen zu und zwischen Systemen nutzen aktuelle TLS-Versionen.",
    fr: "Les connexions vers et entre les systèmes utilisent des versions actuelles de TLS.",
  }),
  measure("ENCRYPTION", { en: "End-to-end encryption", de: "Ende-zu-Ende-Verschlüsselung", fr: "Chiffrement de bout en bout" }, {
    en: "Content is encrypted on the sender's device and decrypted only on the recipient's device.",
    de: "Inhalte werden auf dem Gerät des Absenders verschlüsselt und erst auf dem Gerät des Empfängers entschlüsselt.",
    fr: "Le contenu est chiffré sur l’appareil de l’expéditeur et déchiffré uniquement sur celui du destinataire.",
  }),
  measure("ENCRYPTION", { en: "Device encryption", de: "Geräteverschlüsselung", fr: "Chiffrement des appareils" }, {
    en: "Laptops and mobile devices used for work have full-disk encryption.",
    de: "Dienstlich genutzte Laptops und Mobilgeräte sind vollständig verschlüsselt.",
    fr: "Les ordinateurs portables et appareils mobiles professionnels sont intégralement chiffrés.",
  }),
  // Art. 32(1)(a) names pseudonymisation and encryption as examples of appropriate measures.
  measure("PSEUDONYMISATION", { en: "Pseudonymisation", de: "Pseudonymisierung", fr: "Pseudonymisation" }, {
    en: "Direct identifiers are replaced by pseudonyms; the key is kept separately (Art. 4(5)).",
    de: "Direkte Identifikatoren werden durch Pseudonyme ersetzt; die Zuordnung wird getrennt aufbewahrt (Art. 4 Nr. 5).",
    fr: "Les identifiants directs sont remplacés par des pseudonymes\u00a0; la clé de correspondance est conservée séparément (art. 4, point 5)).",
  }),
  measure("PSEUDONYMISATION", { en: "IP address anonymisation", de: "Anonymisierung von IP-Adressen", fr: "Anonymisation des adresses IP" }, {
    en: "IP addresses are shortened before storage so that they no longer identify a connection.",
    de: "IP-Adressen werden vor der Speicherung gekürzt, sodass sie keinen Anschluss mehr identifizieren.",
    fr: "Les adresses IP sont tronquées avant leur enregistrement afin de ne plus identifier une connexion.",
  }),
  // Art. 32(1)(c): the ability to restore availability and access in a timely manner.
  measure("BACKUP", { en: "Daily backups", de: "Tägliche Datensicherung", fr: "Sauvegardes quotidiennes" }, {
    en: "Data is backed up daily to a separate location.",
    de: "Die Daten werden täglich an einem getrennten Ort gesichert.",
    fr: "Les données sont sauvegardées chaque jour sur un site distinct.",
  }),
  measure("BACKUP", { en: "Backup restore tests", de: "Wiederherstellungstests", fr: "Tests de restauration des sauvegardes" }, {
    en: "Restoring from backups is tested regularly.",
    de: "Die Wiederherstellung aus Sicherungen wird regelmäßig getestet.",
    fr: "La restauration à partir des sauvegardes est testée régulièrement.",
  }),
  measure("LOGGING", { en: "Access logging", de: "Protokollierung von Zugriffen", fr: "Journalisation des accès" }, {
    en: "Access to and changes of personal data are logged with user and time.",
    de: "Zugriffe auf personenbezogene Daten und deren Änderungen werden mit Benutzer und Zeitpunkt protokolliert.",
    fr: "Les accès aux données à caractère personnel et leurs modifications sont journalisés avec l’utilisateur et l’horodatage.",
  }),
  measure("LOGGING", { en: "Log review", de: "Auswertung der Protokolle", fr: "Analyse des journaux" }, {
    en: "Security logs are reviewed regularly and alerts are followed up.",
    de: "Sicherheitsprotokolle werden regelmäßig ausgewertet und Warnmeldungen nachverfolgt.",
    fr: "Les journaux de sécurité sont analysés régulièrement et les alertes font l’objet d’un suivi.",
  }),
  measure("NETWORK", { en: "Firewall", de: "Firewall", fr: "Pare-feu" }, {
    en: "Network traffic is filtered; only the services required are reachable.",
    de: "Der Netzwerkverkehr wird gefiltert; nur die benötigten Dienste sind erreichbar.",
    fr: "Le trafic réseau est filtré\u00a0; seuls les services nécessaires sont accessibles.",
  }),
  measure("NETWORK", { en: "Network segmentation", de: "Netzwerksegmentierung", fr: "Segmentation du réseau" }, {
    en: "Production, office and administration networks are separated.",
    de: "Produktions-, Büro- und Administrationsnetze sind voneinander getrennt.",
    fr: "Les réseaux de production, de bureautique et d’administration sont séparés.",
  }),
  measure("NETWORK", { en: "Patch management", de: "Patch-Management", fr: "Gestion des correctifs" }, {
    en: "Security updates are installed promptly on servers, clients and network devices.",
    de: "Sicherheitsupdates werden zeitnah auf Servern, Clients und Netzwerkgeräten eingespielt.",
    fr: "Les mises à jour de sécurité sont installées rapidement sur les serveurs, les postes de travail et les équipements réseau.",
  }),
  measure("NETWORK", { en: "Malware protection", de: "Schutz vor Schadsoftware", fr: "Protection contre les logiciels malveillants" }, {
    en: "Servers and clients are protected against malware.",
    de: "Server und Clients sind gegen Schadsoftware geschützt.",
    fr: "Les serveurs et les postes de travail sont protégés contre les logiciels malveillants.",
  }),
  measure("PHYSICAL", { en: "Physical access control", de: "Zutrittskontrolle", fr: "Contrôle de l’accès physique" }, {
    en: "Offices and server rooms are locked; access is restricted and recorded.",
    de: "Büros und Serverräume sind verschlossen; der Zutritt ist beschränkt und wird protokolliert.",
    fr: "Les bureaux et salles serveurs sont fermés à clé\u00a0; l’accès est restreint et consigné.",
  }),
  measure("PHYSICAL", { en: "Secure disposal of data carriers", de: "Sichere Entsorgung von Datenträgern", fr: "Destruction sécurisée des supports" }, {
    en: "Data carriers and paper records are destroyed securely at the end of their use.",
    de: "Datenträger und Papierunterlagen werden am Ende ihrer Nutzung sicher vernichtet.",
    fr: "Les supports de données et documents papier sont détruits de manière sécurisée en fin d’utilisation.",
  }),
  // Art. 29 and 32(4): staff act only on instructions; Art. 28(3)(b) for processors' staff.
  measure("ORGANISATIONAL", { en: "Staff confidentiality undertakings", de: "Verpflichtung der Beschäftigten auf Vertraulichkeit", fr: "Engagements de confidentialité du personnel" }, {
    en: "Everyone with access to personal data is bound to confidentiality.",
    de: "Alle Personen mit Zugang zu personenbezogenen Daten sind zur Vertraulichkeit verpflichtet.",
    fr: "Toute personne ayant accès à des données à caractère personnel est soumise à une obligation de confidentialité.",
  }),
  measure("ORGANISATIONAL", { en: "Data protection training", de: "Datenschutzschulungen", fr: "Formation à la protection des données" }, {
    en: "Staff are trained in data protection when they join and regularly afterwards.",
    de: "Beschäftigte werden bei Eintritt und danach regelmäßig im Datenschutz geschult.",
    fr: "Le personnel est formé à la protection des données à son arrivée, puis régulièrement.",
  }),
  // Art. 33 and 34: breaches are notified within 72 hours and, where high risk, to the people affected.
  measure("ORGANISATIONAL", { en: "Incident response procedure", de: "Verfahren bei Datenschutzverletzungen", fr: "Procédure de gestion des violations de données" }, {
    en: "A documented procedure for detecting, assessing and notifying personal data breaches.",
    de: "Ein dokumentiertes Verfahren zum Erkennen, Bewerten und Melden von Verletzungen des Schutzes personenbezogener Daten.",
    fr: "Une procédure documentée pour détecter, évaluer et notifier les violations de données à caractère personnel.",
  }),
  // Art. 32(1)(d): regularly testing and evaluating the measures.
  measure("ORGANISATIONAL", { en: "Regular review of measures", de: "Regelmäßige Überprüfung der Maßnahmen", fr: "Évaluation régulière des mesures" }, {
    en: "The effectiveness of the technical and organisational measures is tested and evaluated regularly.",
    de: "Die Wirksamkeit der technischen und organisatorischen Maßnahmen wird regelmäßig überprüft, bewertet und evaluiert.",
    fr: "L’efficacité des mesures techniques et organisationnelles est régulièrement testée, analysée et évaluée.",
  }),
  // Art. 28(1) and 28(3): only processors with sufficient guarantees, bound by a written agreement.
  measure("PROCESSOR_CONTROL", { en: "Data processing agreements", de: "Verträge zur Auftragsverarbeitung", fr: "Contrats de sous-traitance" }, {
    en: "Every processor is bound by an agreement meeting Art. 28(3).",
    de: "Jeder Auftragsverarbeiter ist durch einen Vertrag nach Art. 28 Abs. 3 gebunden.",
    fr: "Chaque sous-traitant est lié par un contrat conforme à l’art. 28, par. 3.",
  }),
  // Art. 28(3)(h): the processor allows for and contributes to audits.
  measure("PROCESSOR_CONTROL", { en: "Processor audits", de: "Kontrolle der Auftragsverarbeiter", fr: "Audits des sous-traitants" }, {
    en: "Processors' measures are checked before engagement and regularly afterwards, by audit or certificates.",
    de: "Die Maßnahmen der Auftragsverarbeiter werden vor der Beauftragung und danach regelmäßig durch Audits oder Zertifikate überprüft.",
    fr: "Les mesures des sous-traitants sont vérifiées avant leur engagement, puis régulièrement, par audit ou certification.",
  }),
  // Art. 25(2): data protection by default.
  measure("OTHER", { en: "Privacy-friendly default settings", de: "Datenschutzfreundliche Voreinstellungen", fr: "Paramètres par défaut protecteurs de la vie privée" }, {
    en: "Only the personal data necessary for each purpose is processed by default.",
    de: "Durch Voreinstellung werden nur die für den jeweiligen Zweck erforderlichen personenbezogenen Daten verarbeitet.",
    fr: "Par défaut, seules les données à caractère personnel nécessaires à chaque finalité sont traitées.",
  }),
];

export type CreatedCatalogueCounts = {
  legalBases: number;
  dataCategories: number;
  dataSubjectCategories: number;
  securityMeasures: number;
};

type Translated = { entity: TextRef["entity"]; id: string; texts: Partial<Record<string, Texts>> };

/** Translation rows for every language but the source's, naming the source text each was made from. */
function translationRows(items: Translated[], source: Language): TranslationRow[] {
  return items.flatMap(({ entity, id, texts }) =>
    Object.entries(texts).flatMap(([field, text]) =>
      text?.[source] ? LANGUAGES.filter((language) => language !== source).map((language) => ({ entity, id, field, language, value: text[language], source: text[source] })) : [],
    ),
  );
}

/**
 * Inserts the default catalogues for a new organisation, in the caller's
 * transaction: the texts in the organisation's default language in the
 * records, and Translation rows for the other languages, so that adding a
 * language later finds the catalogues already translated.
 */
export async function createDefaultCatalogues(tx: Prisma.TransactionClient, organisationId: string): Promise<CreatedCatalogueCounts> {
  const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { defaultLanguage: true } });
  const language = asLanguage(organisation.defaultLanguage);

  const legalBases = await tx.legalBasis.createManyAndReturn({
    data: DEFAULT_LEGAL_BASES.map((basis) => ({
      organisationId,
      builtIn: true,
      article: basis.article,
      letter: basis.letter,
      citation: defaultCitation(basis, language),
      name: basis.name[language],
      description: basis.description[language],
    })),
    select: { id: true, article: true, letter: true },
  });
  const basisId = new Map(legalBases.map((basis) => [`${basis.article}${basis.letter}`, basis.id]));

  // Names are unique within each default list, so a created row is found by its name.
  const dataCategories = await tx.dataCategory.createManyAndReturn({
    data: DEFAULT_DATA_CATEGORIES.map((category) => ({
      organisationId,
      name: category.name[language],
      description: category.description[language],
      special: category.special ?? false,
      criminal: category.criminal ?? false,
      defaultRetention: category.defaultRetention?.[language] ?? "",
    })),
    select: { id: true, name: true },
  });
  const dataSubjectCategories = await tx.dataSubjectCategory.createManyAndReturn({
    data: DEFAULT_DATA_SUBJECT_CATEGORIES.map((category) => ({ organisationId, name: category.name[language], description: category.description[language] })),
    select: { id: true, name: true },
  });
  const securityMeasures = await tx.securityMeasure.createManyAndReturn({
    data: DEFAULT_SECURITY_MEASURES.map((measure) => ({ organisationId, group: measure.group, name: measure.name[language], description: measure.description[language] })),
    select: { id: true, name: true },
  });
  const idByName = (rows: { id: string; name: string }[]) => {
    const ids = new Map(rows.map((row) => [row.name, row.id]));
    return (name: Texts) => ids.get(name[language])!;
  };
  const categoryId = idByName(dataCategories);
  const subjectId = idByName(dataSubjectCategories);
  const measureId = idByName(securityMeasures);

  await writeTranslations(
    tx,
    organisationId,
    translationRows(
      [
        ...DEFAULT_LEGAL_BASES.map((basis) => ({ entity: "legalBasis" as const, id: basisId.get(`${basis.article}${basis.letter}`)!, texts: { name: basis.name, description: basis.description } })),
        ...DEFAULT_DATA_CATEGORIES.map((category) => ({
          entity: "dataCategory" as const,
          id: categoryId(category.name),
          texts: { name: category.name, description: category.description, defaultRetention: category.defaultRetention },
        })),
        ...DEFAULT_DATA_SUBJECT_CATEGORIES.map((category) => ({ entity: "dataSubjectCategory" as const, id: subjectId(category.name), texts: { name: category.name, description: category.description } })),
        ...DEFAULT_SECURITY_MEASURES.map((measure) => ({ entity: "securityMeasure" as const, id: measureId(measure.name), texts: { name: measure.name, description: measure.description } })),
      ],
      language,
    ),
  );
  return {
    legalBases: legalBases.length,
    dataCategories: dataCategories.length,
    dataSubjectCategories: dataSubjectCategories.length,
    securityMeasures: securityMeasures.length,
  };
}
