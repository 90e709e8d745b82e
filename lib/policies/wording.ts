/**
 * The wording catalogue: every sentence the composer generates, in English,
 * German and French. Every language implements the same `Wording` type, so a
 * sentence added to one and forgotten in another fails to compile. Each
 * language uses the terms of its own text of the GDPR (DSGVO, RGPD) and cites
 * articles the way that text does; the French follows the CNIL's model
 * notices. The DPO's own Markdown is per policy and is not part of it.
 */
import type { DpoForm, LegalBasisArticle, ProvisionRequirement, RecipientKind, TransferSafeguard } from "@prisma/client";
import { LANGUAGES } from "../translations/languages";
import type { PolicyLanguage } from "./types";

export type RightKey = "access" | "rectification" | "erasure" | "restriction" | "portability" | "objection" | "withdrawConsent" | "complaint";

/** The recorded form of address of the DPO, or NEUTRAL when none is recorded. */
export type DpoTitle = DpoForm | "NEUTRAL";

export type Wording = {
  contents: string;
  lastUpdated: (date: string) => string;
  /** Shown in place of a Markdown section whose text cannot be rendered. */
  markdownUnavailable: string;
  controller: {
    heading: string;
    intro: string;
    controller: string;
    privacyContact: string;
    representative: string;
    /**
     * The DPO's title, in the grammatical gender of the recorded person's form
     * of address; NEUTRAL where none is recorded (or the DPO is a firm).
     */
    dpo: Record<DpoTitle, string>;
    email: string;
    phone: string;
    website: string;
  };
  activity: {
    dataSubjects: (names: string) => string;
    dataConcerned: string;
    purposes: string;
    purpose: (description: string, citations: string) => string;
    legitimateInterests: (interests: string) => string;
    recipients: string;
    /** Only where "no recipients" was recorded as the answer. */
    noRecipients: string;
    recipient: (name: string, kind: string, note: string) => string;
    jointController: (name: string, note: string) => string;
    transfers: string;
    transferTo: (destination: string, recipient: string) => string;
    safeguard: (label: string, details: string) => string;
    /** Only where "no transfers" was recorded as the answer. */
    noTransfers: string;
    copy: (reference: string) => string;
    retention: string;
    source: (description: string) => string;
    /** Where the data comes from only as the recorded answer "from elsewhere" (Art. 14), without a description. */
    sourceElsewhere: string;
    publicSources: string;
    provision: Record<Exclude<ProvisionRequirement, "NOT_SPECIFIED">, string>;
    consequences: (text: string) => string;
    automated: string;
    automatedLogic: (text: string) => string;
    automatedConsequences: (text: string) => string;
    /** Art. 7(3), 13(2)(c): how to withdraw consent; the link is added by the renderer. */
    withdrawalLink: string;
    withdrawalInstructions: (text: string) => string;
  };
  recipientKinds: Record<RecipientKind, string>;
  safeguards: Record<TransferSafeguard, string>;
  rights: {
    heading: string;
    intro: (contact: string) => string;
    introNoContact: string;
    names: Record<RightKey, string>;
    sentences: Record<Exclude<RightKey, "objection" | "complaint">, string>;
    /** Art. 21(4): the right to object, presented separately from the other rights. */
    objectionHeading: string;
    objectionProcessing: string;
    objectionMarketing: string;
    objectionConcerns: (titles: string) => string;
    complaint: string;
    complaintNamed: (authority: string) => string;
    complaintWebsite: (website: string) => string;
  };
  /** The citation of a legal basis as the law is cited in this language. */
  cite: (article: LegalBasisArticle, letter: string) => string | null;
};

const en: Wording = {
  contents: "Contents",
  lastUpdated: (date) => `Last updated: ${date}`,
  markdownUnavailable: "The text of this section cannot be shown. Edit the section to simplify its formatting.",
  controller: {
    heading: "Who is responsible for your data",
    intro: "The controller responsible for the processing of your personal data under the General Data Protection Regulation (GDPR) is:",
    controller: "Controller",
    privacyContact: "Data protection contact",
    representative: "Representative in the European Union (Art. 27 GDPR)",
    dpo: { FEMININE: "Data protection officer", MASCULINE: "Data protection officer", NEUTRAL: "Data protection officer" },
    email: "E-mail",
    phone: "Phone",
    website: "Website",
  },
  activity: {
    dataSubjects: (names) => `This concerns the data of: ${names}.`,
    dataConcerned: "Personal data concerned",
    purposes: "Purposes and legal bases",
    purpose: (description, citations) => `${description}. Legal basis: ${citations}.`,
    legitimateInterests: (interests) => `Our legitimate interests: ${interests}`,
    recipients: "Recipients",
    noRecipients: "We do not disclose this data to other recipients.",
    recipient: (name, kind, note) => `${name} (${kind})${note ? `: ${note}` : ""}`,
    jointController: (name, note) => `${name} (joint controller, Art. 26 GDPR)${note ? `: ${note}` : ""}`,
    transfers: "Transfers to countries outside the EU/EEA",
    transferTo: (destination, recipient) => (recipient ? `To ${recipient} in ${destination}.` : `To ${destination}.`),
    safeguard: (label, details) => `Safeguard: ${label}${details ? ` (${details})` : ""}.`,
    noTransfers: "We do not transfer this data to countries outside the EU/EEA or to international organisations.",
    copy: (reference) => `How to obtain a copy of the safeguard: ${reference}`,
    retention: "How long we keep the data",
    source: (description) => `Where the data comes from: ${description}`,
    sourceElsewhere: "We do not collect this data from you but obtain it from other sources.",
    publicSources: "Some of it comes from publicly accessible sources.",
    provision: {
      VOLUNTARY: "Providing this data is voluntary.",
      STATUTORY: "You are required by law to provide this data.",
      CONTRACTUAL: "You are required by contract to provide this data.",
      CONTRACT_PREREQUISITE: "We need this data to enter into a contract with you.",
    },
    consequences: (text) => `If you do not provide it: ${text}`,
    automated: "We use automated decision-making, including profiling (Art. 22 GDPR), in this processing.",
    automatedLogic: (text) => `The logic involved: ${text}`,
    automatedConsequences: (text) => `The significance and envisaged consequences for you: ${text}`,
    withdrawalLink: "You can withdraw your consent at any time with effect for the future here:",
    withdrawalInstructions: (text) => `How to withdraw your consent: ${text}`,
  },
  recipientKinds: {
    INTERNAL: "internal department",
    PROCESSOR: "processor acting on our behalf",
    SUB_PROCESSOR: "sub-processor acting on our behalf",
    CONTROLLER: "independent controller",
    PUBLIC_AUTHORITY: "public authority",
    JOINT_CONTROLLER: "joint controller",
    CLIENT_CONTROLLER: "controller",
  },
  safeguards: {
    ADEQUACY: "adequacy decision of the European Commission (Art. 45 GDPR)",
    SCC: "standard contractual clauses (Art. 46(2)(c) GDPR)",
    BCR: "binding corporate rules (Art. 47 GDPR)",
    DEROGATION: "derogation for specific situations (Art. 49 GDPR)",
    OTHER: "appropriate safeguards (Art. 46 GDPR)",
  },
  rights: {
    heading: "Your rights",
    intro: (contact) => `You have the following rights regarding your personal data. To exercise them, contact us at ${contact}.`,
    introNoContact: "You have the following rights regarding your personal data. To exercise them, contact us using the details above.",
    names: {
      access: "Right of access (Art. 15 GDPR)",
      rectification: "Right to rectification (Art. 16 GDPR)",
      erasure: "Right to erasure (Art. 17 GDPR)",
      restriction: "Right to restriction of processing (Art. 18 GDPR)",
      portability: "Right to data portability (Art. 20 GDPR)",
      objection: "Right to object (Art. 21 GDPR)",
      withdrawConsent: "Right to withdraw consent (Art. 7(3) GDPR)",
      complaint: "Right to lodge a complaint (Art. 77 GDPR)",
    },
    sentences: {
      access:
        "You can ask us to confirm whether we process your personal data and, if so, for a copy of it and information about the purposes, categories, recipients, retention and source.",
      rectification: "You can ask us to correct inaccurate personal data about you and to complete incomplete data.",
      erasure: "You can ask us to erase your personal data, for example when it is no longer needed for the purposes it was collected for.",
      restriction: "You can ask us to restrict the processing, for example while the accuracy of the data is being checked.",
      portability:
        "Where we process data you provided on the basis of your consent or a contract, you can ask to receive it in a structured, commonly used and machine-readable format, or to have it transmitted to another controller.",
      withdrawConsent:
        "Where we process your data on the basis of your consent, you can withdraw it at any time with effect for the future. This does not affect the lawfulness of the processing before the withdrawal.",
    },
    objectionProcessing:
      "Where we process your data for a task in the public interest or on the basis of legitimate interests (Art. 6(1)(e) or (f) GDPR), you can object at any time on grounds relating to your particular situation. We then stop, unless we demonstrate compelling legitimate grounds that override your interests, or the processing serves legal claims.",
    objectionHeading: "Your right to object (Art. 21 GDPR)",
    objectionMarketing: "You can object at any time to the processing of your data for direct marketing; we then no longer process it for that purpose.",
    objectionConcerns: (titles) => `This concerns: ${titles}.`,
    complaint:
      "You have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or of the alleged infringement.",
    complaintNamed: (authority) =>
      `You have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or of the alleged infringement. The authority competent for us is ${authority}.`,
    complaintWebsite: (website) => `Website of the authority: ${website}`,
  },
  cite: (article, letter) => {
    if (article === "ART6" && letter) return `Art. 6(1)(${letter}) GDPR`;
    if (article === "ART9" && letter) return `Art. 9(2)(${letter}) GDPR`;
    if (article === "ART10") return "Art. 10 GDPR";
    return null;
  },
};

const de: Wording = {
  contents: "Inhalt",
  lastUpdated: (date) => `Stand: ${date}`,
  markdownUnavailable: "Der Text dieses Abschnitts kann nicht angezeigt werden. Bearbeiten Sie den Abschnitt und vereinfachen Sie seine Formatierung.",
  controller: {
    heading: "Verantwortlicher und Kontakt",
    intro: "Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten im Sinne der Datenschutz-Grundverordnung (DSGVO) ist:",
    controller: "Verantwortlicher",
    privacyContact: "Ansprechpartner für den Datenschutz",
    representative: "Vertreter in der Europäischen Union (Art. 27 DSGVO)",
    dpo: { FEMININE: "Datenschutzbeauftragte", MASCULINE: "Datenschutzbeauftragter", NEUTRAL: "Datenschutzbeauftragte:r" },
    email: "E-Mail",
    phone: "Telefon",
    website: "Website",
  },
  activity: {
    dataSubjects: (names) => `Betroffen sind die Daten von: ${names}.`,
    dataConcerned: "Verarbeitete personenbezogene Daten",
    purposes: "Zwecke und Rechtsgrundlagen",
    purpose: (description, citations) => `${description}. Rechtsgrundlage: ${citations}.`,
    legitimateInterests: (interests) => `Unsere berechtigten Interessen: ${interests}`,
    recipients: "Empfänger",
    noRecipients: "Wir geben diese Daten nicht an andere Empfänger weiter.",
    recipient: (name, kind, note) => `${name} (${kind})${note ? `: ${note}` : ""}`,
    jointController: (name, note) => `${name} (gemeinsam Verantwortlicher, Art. 26 DSGVO)${note ? `: ${note}` : ""}`,
    transfers: "Übermittlung in Länder außerhalb der EU/des EWR",
    transferTo: (destination, recipient) => (recipient ? `An ${recipient} in ${destination}.` : `Nach ${destination}.`),
    safeguard: (label, details) => `Garantie: ${label}${details ? ` (${details})` : ""}.`,
    noTransfers: "Wir übermitteln diese Daten nicht in Länder außerhalb der EU/des EWR oder an internationale Organisationen.",
    copy: (reference) => `So erhalten Sie eine Kopie der Garantie: ${reference}`,
    retention: "Speicherdauer",
    source: (description) => `Herkunft der Daten: ${description}`,
    sourceElsewhere: "Wir erheben diese Daten nicht bei Ihnen, sondern erhalten sie aus anderen Quellen.",
    publicSources: "Ein Teil stammt aus öffentlich zugänglichen Quellen.",
    provision: {
      VOLUNTARY: "Die Bereitstellung dieser Daten ist freiwillig.",
      STATUTORY: "Sie sind gesetzlich verpflichtet, diese Daten bereitzustellen.",
      CONTRACTUAL: "Sie sind vertraglich verpflichtet, diese Daten bereitzustellen.",
      CONTRACT_PREREQUISITE: "Wir benötigen diese Daten für einen Vertragsabschluss mit Ihnen.",
    },
    consequences: (text) => `Wenn Sie die Daten nicht bereitstellen: ${text}`,
    automated: "Bei dieser Verarbeitung findet eine automatisierte Entscheidungsfindung einschließlich Profiling statt (Art. 22 DSGVO).",
    automatedLogic: (text) => `Die involvierte Logik: ${text}`,
    automatedConsequences: (text) => `Tragweite und angestrebte Auswirkungen für Sie: ${text}`,
    withdrawalLink: "Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft hier widerrufen:",
    withdrawalInstructions: (text) => `So widerrufen Sie Ihre Einwilligung: ${text}`,
  },
  recipientKinds: {
    INTERNAL: "interne Stelle",
    PROCESSOR: "Auftragsverarbeiter",
    SUB_PROCESSOR: "Unterauftragsverarbeiter",
    CONTROLLER: "eigenständiger Verantwortlicher",
    PUBLIC_AUTHORITY: "Behörde",
    JOINT_CONTROLLER: "gemeinsam Verantwortlicher",
    CLIENT_CONTROLLER: "Verantwortlicher",
  },
  safeguards: {
    ADEQUACY: "Angemessenheitsbeschluss der Europäischen Kommission (Art. 45 DSGVO)",
    SCC: "Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)",
    BCR: "verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)",
    DEROGATION: "Ausnahme für bestimmte Fälle (Art. 49 DSGVO)",
    OTHER: "geeignete Garantien (Art. 46 DSGVO)",
  },
  rights: {
    heading: "Ihre Rechte",
    intro: (contact) => `Ihnen stehen die folgenden Rechte zu. Um sie auszuüben, wenden Sie sich an ${contact}.`,
    introNoContact: "Ihnen stehen die folgenden Rechte zu. Um sie auszuüben, wenden Sie sich an die oben genannten Kontaktdaten.",
    names: {
      access: "Recht auf Auskunft (Art. 15 DSGVO)",
      rectification: "Recht auf Berichtigung (Art. 16 DSGVO)",
      erasure: "Recht auf Löschung (Art. 17 DSGVO)",
      restriction: "Recht auf Einschränkung der Verarbeitung (Art. 18 DSGVO)",
      portability: "Recht auf Datenübertragbarkeit (Art. 20 DSGVO)",
      objection: "Widerspruchsrecht (Art. 21 DSGVO)",
      withdrawConsent: "Recht auf Widerruf der Einwilligung (Art. 7 Abs. 3 DSGVO)",
      complaint: "Beschwerderecht bei einer Aufsichtsbehörde (Art. 77 DSGVO)",
    },
    sentences: {
      access:
        "Sie können Auskunft darüber verlangen, ob wir Sie betreffende personenbezogene Daten verarbeiten, und wenn ja, eine Kopie sowie Informationen über Zwecke, Kategorien, Empfänger, Speicherdauer und Herkunft erhalten.",
      rectification: "Sie können die Berichtigung unrichtiger und die Vervollständigung unvollständiger Daten verlangen.",
      erasure: "Sie können die Löschung Ihrer Daten verlangen, etwa wenn sie für die Zwecke, für die sie erhoben wurden, nicht mehr notwendig sind.",
      restriction: "Sie können die Einschränkung der Verarbeitung verlangen, etwa solange die Richtigkeit der Daten geprüft wird.",
      portability:
        "Soweit wir Daten, die Sie uns bereitgestellt haben, auf Grundlage Ihrer Einwilligung oder eines Vertrags verarbeiten, können Sie verlangen, sie in einem strukturierten, gängigen und maschinenlesbaren Format zu erhalten oder an einen anderen Verantwortlichen übermitteln zu lassen.",
      withdrawConsent:
        "Soweit die Verarbeitung auf Ihrer Einwilligung beruht, können Sie diese jederzeit mit Wirkung für die Zukunft widerrufen. Die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt unberührt.",
    },
    objectionProcessing:
      "Soweit wir Ihre Daten zur Wahrnehmung einer Aufgabe im öffentlichen Interesse oder auf Grundlage berechtigter Interessen verarbeiten (Art. 6 Abs. 1 lit. e oder f DSGVO), können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit widersprechen. Wir verarbeiten die Daten dann nicht mehr, es sei denn, wir weisen zwingende schutzwürdige Gründe nach, die Ihre Interessen überwiegen, oder die Verarbeitung dient Rechtsansprüchen.",
    objectionHeading: "Ihr Widerspruchsrecht (Art. 21 DSGVO)",
    objectionConcerns: (titles) => `Dies betrifft: ${titles}.`,
    objectionMarketing: "Der Verarbeitung Ihrer Daten für Direktwerbung können Sie jederzeit widersprechen; wir verarbeiten sie dann nicht mehr für diesen Zweck.",
    complaint:
      "Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren, insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthalts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes.",
    complaintNamed: (authority) =>
      `Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren, insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthalts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes. Für uns zuständig ist: ${authority}.`,
    complaintWebsite: (website) => `Website der Behörde: ${website}`,
  },
  cite: (article, letter) => {
    if (article === "ART6" && letter) return `Art. 6 Abs. 1 lit. ${letter} DSGVO`;
    if (article === "ART9" && letter) return `Art. 9 Abs. 2 lit. ${letter} DSGVO`;
    if (article === "ART10") return "Art. 10 DSGVO";
    return null;
  },
};

// French: the terms of the French text of the GDPR (RGPD) and the CNIL's
// model notices; articles cited as the RGPD cites them ("art. 6, par. 1,
// point f)"); a no-break space before the colon and semicolon, as French
// typography requires.
const fr: Wording = {
  contents: "Sommaire",
  lastUpdated: (date) => `Dernière mise à jour : ${date}`,
  markdownUnavailable: "Le texte de cette section ne peut pas être affiché. Modifiez la section pour simplifier sa mise en forme.",
  controller: {
    heading: "Responsable du traitement et contact",
    intro: "Le responsable du traitement de vos données à caractère personnel au sens du règlement général sur la protection des données (RGPD) est :",
    controller: "Responsable du traitement",
    privacyContact: "Contact pour la protection des données",
    representative: "Représentant dans l’Union européenne (art. 27 RGPD)",
    dpo: {
      FEMININE: "Déléguée à la protection des données",
      MASCULINE: "Délégué à la protection des données",
      NEUTRAL: "Délégué(e) à la protection des données",
    },
    email: "Courriel",
    phone: "Téléphone",
    website: "Site web",
  },
  activity: {
    dataSubjects: (names) => `Personnes concernées : ${names}.`,
    dataConcerned: "Données à caractère personnel traitées",
    purposes: "Finalités et bases juridiques",
    purpose: (description, citations) => `${description}. Base juridique : ${citations}.`,
    legitimateInterests: (interests) => `Nos intérêts légitimes : ${interests}`,
    recipients: "Destinataires",
    noRecipients: "Nous ne communiquons pas ces données à d’autres destinataires.",
    recipient: (name, kind, note) => `${name} (${kind})${note ? ` : ${note}` : ""}`,
    jointController: (name, note) => `${name} (responsable conjoint du traitement, art. 26 RGPD)${note ? ` : ${note}` : ""}`,
    transfers: "Transferts vers des pays situés hors de l’UE/de l’EEE",
    // French chooses the preposition by the country's name (en France, au Japon, aux États-Unis): name the country instead.
    transferTo: (destination, recipient) => (recipient ? `Destinataire : ${recipient} ; pays : ${destination}.` : `Pays de destination : ${destination}.`),
    safeguard: (label, details) => `Garantie : ${label}${details ? ` (${details})` : ""}.`,
    noTransfers: "Nous ne transférons pas ces données vers des pays situés hors de l’UE/de l’EEE ni à des organisations internationales.",
    copy: (reference) => `Comment obtenir une copie de la garantie : ${reference}`,
    retention: "Durée de conservation",
    source: (description) => `Source des données : ${description}`,
    sourceElsewhere: "Nous ne collectons pas ces données auprès de vous ; nous les obtenons d’autres sources.",
    publicSources: "Une partie provient de sources accessibles au public.",
    provision: {
      VOLUNTARY: "La fourniture de ces données est facultative.",
      STATUTORY: "La fourniture de ces données est une exigence réglementaire.",
      CONTRACTUAL: "La fourniture de ces données est une exigence contractuelle.",
      CONTRACT_PREREQUISITE: "La fourniture de ces données conditionne la conclusion d’un contrat avec vous.",
    },
    consequences: (text) => `Si vous ne les fournissez pas : ${text}`,
    automated: "Ce traitement comporte une prise de décision automatisée, y compris un profilage (art. 22 RGPD).",
    automatedLogic: (text) => `La logique sous-jacente : ${text}`,
    automatedConsequences: (text) => `L’importance et les conséquences prévues de ce traitement pour vous : ${text}`,
    withdrawalLink: "Vous pouvez retirer votre consentement à tout moment, avec effet pour l’avenir, ici :",
    withdrawalInstructions: (text) => `Comment retirer votre consentement : ${text}`,
  },
  recipientKinds: {
    INTERNAL: "service interne",
    PROCESSOR: "sous-traitant agissant pour notre compte",
    SUB_PROCESSOR: "sous-traitant ultérieur agissant pour notre compte",
    CONTROLLER: "responsable du traitement distinct",
    PUBLIC_AUTHORITY: "autorité publique",
    JOINT_CONTROLLER: "responsable conjoint du traitement",
    CLIENT_CONTROLLER: "responsable du traitement",
  },
  safeguards: {
    ADEQUACY: "décision d’adéquation de la Commission européenne (art. 45 RGPD)",
    SCC: "clauses contractuelles types (art. 46, par. 2, point c), RGPD)",
    BCR: "règles d’entreprise contraignantes (art. 47 RGPD)",
    DEROGATION: "dérogation pour des situations particulières (art. 49 RGPD)",
    OTHER: "garanties appropriées (art. 46 RGPD)",
  },
  rights: {
    heading: "Vos droits",
    intro: (contact) => `Vous disposez des droits suivants sur vos données à caractère personnel. Pour les exercer, contactez-nous : ${contact}.`,
    introNoContact: "Vous disposez des droits suivants sur vos données à caractère personnel. Pour les exercer, contactez-nous aux coordonnées indiquées ci-dessus.",
    names: {
      access: "Droit d’accès (art. 15 RGPD)",
      rectification: "Droit de rectification (art. 16 RGPD)",
      erasure: "Droit à l’effacement (art. 17 RGPD)",
      restriction: "Droit à la limitation du traitement (art. 18 RGPD)",
      portability: "Droit à la portabilité des données (art. 20 RGPD)",
      objection: "Droit d’opposition (art. 21 RGPD)",
      withdrawConsent: "Droit de retirer votre consentement (art. 7, par. 3, RGPD)",
      complaint: "Droit d’introduire une réclamation (art. 77 RGPD)",
    },
    sentences: {
      access:
        "Vous pouvez nous demander de confirmer si nous traitons des données à caractère personnel vous concernant et, le cas échéant, en obtenir une copie ainsi que des informations sur les finalités, les catégories de données, les destinataires, la durée de conservation et la source des données.",
      rectification: "Vous pouvez nous demander de rectifier les données inexactes vous concernant et de compléter les données incomplètes.",
      erasure:
        "Vous pouvez nous demander d’effacer vos données, par exemple lorsqu’elles ne sont plus nécessaires au regard des finalités pour lesquelles elles ont été collectées.",
      restriction: "Vous pouvez nous demander de limiter le traitement, par exemple pendant la vérification de l’exactitude des données.",
      portability:
        "Lorsque nous traitons des données que vous nous avez fournies sur la base de votre consentement ou d’un contrat, vous pouvez demander à les recevoir dans un format structuré, couramment utilisé et lisible par machine, ou à ce qu’elles soient transmises à un autre responsable du traitement.",
      withdrawConsent:
        "Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment, avec effet pour l’avenir. Le retrait ne compromet pas la licéité du traitement fondé sur le consentement effectué avant ce retrait.",
    },
    objectionProcessing:
      "Lorsque nous traitons vos données pour l’exécution d’une mission d’intérêt public ou sur la base d’intérêts légitimes (art. 6, par. 1, point e) ou f), RGPD), vous pouvez vous y opposer à tout moment pour des raisons tenant à votre situation particulière. Nous cessons alors le traitement, à moins de démontrer qu’il existe des motifs légitimes et impérieux qui prévalent sur vos intérêts, ou que le traitement est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice.",
    objectionHeading: "Votre droit d’opposition (art. 21 RGPD)",
    objectionConcerns: (titles) => `Cela concerne : ${titles}.`,
    objectionMarketing: "Vous pouvez vous opposer à tout moment au traitement de vos données à des fins de prospection ; nous ne les traitons alors plus à cette fin.",
    complaint:
      "Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre de votre résidence habituelle, de votre lieu de travail ou du lieu où la violation aurait été commise.",
    complaintNamed: (authority) =>
      `Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre de votre résidence habituelle, de votre lieu de travail ou du lieu où la violation aurait été commise. L’autorité compétente à notre égard est : ${authority}.`,
    complaintWebsite: (website) => `Site web de l’autorité : ${website}`,
  },
  cite: (article, letter) => {
    if (article === "ART6" && letter) return `art. 6, par. 1, point ${letter}), RGPD`;
    if (article === "ART9" && letter) return `art. 9, par. 2, point ${letter}), RGPD`;
    if (article === "ART10") return "art. 10 RGPD";
    return null;
  },
};

const catalogue: Record<PolicyLanguage, Wording> = { en, de, fr };

export const POLICY_LANGUAGES = LANGUAGES;
export const policyLanguageLabels: Record<PolicyLanguage, string> = { en: "English", de: "Deutsch (German)", fr: "Français (French)" };

export function wordingFor(language: PolicyLanguage): Wording {
  return catalogue[language];
}

/**
 * A legal basis cited as the law is cited in the policy's language
 * ("Art. 6(1)(f) GDPR" / "Art. 6 Abs. 1 lit. f DSGVO" / "art. 6, par. 1,
 * point f), RGPD"). Bases from national
 * law keep the citation the organisation recorded.
 */
export function citeLegalBasis(basis: { article: LegalBasisArticle; letter: string; citation: string }, language: PolicyLanguage): string {
  return catalogue[language].cite(basis.article, basis.letter) ?? basis.citation;
}
