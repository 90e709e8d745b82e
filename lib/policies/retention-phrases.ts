/**
 * Vague retention: Art. 13(2)(a) and 14(2)(a) ask for "the period for which
 * the personal data will be stored, or if that is not possible, the criteria
 * used to determine that period". "Kept for a limited time" gives neither.
 *
 * The rule: a retention text is vague when it contains one of the phrases
 * below (in any supported language, whatever the policy's language, since the
 * records are written in whichever language their author uses) and states
 * neither a period (a number and a unit: "6 months", "zwei Jahre") nor a
 * criterion ("until you unsubscribe", "bis zum Vertragsende", "jusqu’à la
 * fin du contrat", a statutory retention duty). A text with no listed phrase
 * is not judged: the list names what is known to say nothing, so that a
 * finding never rests on a guess. Adding a phrase is adding one row.
 */
import type { PolicyLanguage } from "./types";

export type VagueRetentionPhrase = {
  language: PolicyLanguage;
  /** The phrase as people write it; the test checks that it is recognised. */
  phrase: string;
  pattern: RegExp;
};

// JavaScript's \b knows only ASCII letters ("\bdurée\b" never matches its end): French phrases use Unicode letter boundaries.
const fr = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "u");

export const vagueRetentionPhrases: readonly VagueRetentionPhrase[] = [
  { language: "en", phrase: "for a limited time", pattern: /\blimited (?:time|period|duration)\b/ },
  { language: "en", phrase: "as long as necessary", pattern: /\bas long as (?:is |it is |this is |we deem |deemed |strictly )?(?:necessary|needed|required)\b/ },
  { language: "en", phrase: "for as long as we need it", pattern: /\bas long as (?:we|it is|they are) (?:need|needed|require|required)\b/ },
  { language: "en", phrase: "no longer than necessary", pattern: /\bno longer than (?:is |strictly )?(?:necessary|needed|required)\b/ },
  { language: "en", phrase: "for the necessary period", pattern: /\b(?:the|a) (?:necessary|required|appropriate) (?:period|time|duration)\b/ },
  { language: "en", phrase: "for a reasonable period", pattern: /\breasonable (?:period|time|duration)\b/ },
  { language: "en", phrase: "for a certain period", pattern: /\b(?:a )?certain (?:period|time|amount of time)\b/ },
  { language: "en", phrase: "temporarily", pattern: /\btemporar(?:il)?y\b/ },
  { language: "en", phrase: "until further notice", pattern: /\buntil further notice\b/ },
  { language: "en", phrase: "deleted when no longer needed", pattern: /\bwhen (?:it is |they are |this is )?no longer (?:necessary|needed|required)\b/ },
  { language: "de", phrase: "für eine begrenzte Zeit", pattern: /\bbegrenzte[nr]? (?:zeit|zeitraum|dauer)\b/ },
  { language: "de", phrase: "so lange wie nötig", pattern: /\bso ?lange,? (?:wie |als )?(?:unbedingt |jeweils )?(?:nötig|notwendig|erforderlich)\b/ },
  { language: "de", phrase: "solange dies für die Zwecke erforderlich ist", pattern: /\bso ?lange,? (?:wie )?(?:es|dies|das|sie|wir sie)\b[^.;]{0,60}?\b(?:nötig|notwendig|erforderlich|benötigt|brauchen)\b/ },
  { language: "de", phrase: "nicht länger als nötig", pattern: /\bnicht länger als (?:unbedingt )?(?:nötig|notwendig|erforderlich)\b/ },
  { language: "de", phrase: "für die erforderliche Dauer", pattern: /\b(?:die|der) (?:erforderliche[n]?|notwendige[n]?) (?:dauer|zeit|zeitraum)\b/ },
  { language: "de", phrase: "für einen angemessenen Zeitraum", pattern: /\bangemessene[nr]? (?:zeit|zeitraum|dauer|frist)\b/ },
  { language: "de", phrase: "für eine bestimmte Zeit", pattern: /\bbestimmte[nr]? (?:zeit|zeitraum|dauer)\b/ },
  { language: "de", phrase: "vorübergehend", pattern: /\bvorübergehend\b/ },
  { language: "de", phrase: "bis auf Weiteres", pattern: /\bbis auf weiteres\b/ },
  { language: "de", phrase: "gelöscht, wenn sie nicht mehr benötigt werden", pattern: /\bnicht mehr (?:benötigt|erforderlich|notwendig|nötig)\b/ },
  { language: "fr", phrase: "pour une durée limitée", pattern: fr("(?:durée|période|temps) limité[e]?") },
  { language: "fr", phrase: "aussi longtemps que nécessaire", pattern: fr("aussi longtemps qu(?:e |’|')(?:cela est |c’est |c'est |il est |elles sont |ils sont |strictement )?(?:nécessaires?|requis|requises?|utiles?)") },
  { language: "fr", phrase: "pendant la durée nécessaire", pattern: fr("(?:le|la|une) (?:temps|durée|période) (?:strictement )?(?:nécessaire|requise?|appropriée?)") },
  { language: "fr", phrase: "pas plus longtemps que nécessaire", pattern: fr("(?:pas|jamais) plus longtemps que (?:strictement )?(?:nécessaire|requis)|n(?:’|')excédant pas (?:la durée|le temps|celle) (?:strictement )?nécessaire") },
  { language: "fr", phrase: "pour une durée raisonnable", pattern: fr("(?:durée|période|délai|temps) raisonnable") },
  { language: "fr", phrase: "pour une certaine durée", pattern: fr("certaine (?:durée|période)|un certain (?:temps|délai)") },
  { language: "fr", phrase: "temporairement", pattern: fr("temporairement") },
  { language: "fr", phrase: "jusqu’à nouvel ordre", pattern: fr("jusqu(?:’|')à nouvel ordre") },
  { language: "fr", phrase: "supprimées lorsqu’elles ne sont plus nécessaires", pattern: fr("ne (?:sont|seront|est|sera) plus (?:nécessaires?|utiles?|requis|requises?)") },
];

const count = "(?:\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|ein|eine|einen|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|vingt|trente)";
const unit =
  "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|sekunden?|minuten?|stunden?|tage?n?|tages|wochen?|monate?n?|monats|jahre?n?|jahres|secondes?|heures?|jours?|semaines?|mois|ans?|années?)";

/** A period: a number (in digits or words) and a unit, "6 months", "zwei Jahre", "trois ans", "30-day". */
const PERIOD = new RegExp(`(?:^|[^\\p{L}\\d])${count}[\\s-]*(?:calendar |full |kalender)?${unit}(?![\\p{L}])`, "u");

/** A criterion that fixes the end: an event, a contract, a statutory duty. */
const CRITERIA: readonly RegExp[] = [
  /\buntil\b(?! further notice)/,
  /\btill\b/,
  /\bend of (?:the |your |our |each )?(?:contract|contractual|agreement|relationship|employment|membership|subscription|calendar|financial|tax|business)\b/,
  /\bafter (?:the |your )?(?:termination|expiry|expiration|end|completion|closure|deletion|cancellation)\b/,
  /\b(?:unsubscribe|withdraw|withdrawal|revoke|close your account|delete your account)\b/,
  /\b(?:for|to fulfil|to perform|performance of|duration of) (?:the |our |your )?(?:contract|agreement|customer relationship)\b/,
  /\bstatutory\b/,
  /\b(?:tax|commercial|company|employment|labour|social security) (?:law|code|legislation)\b/,
  /\bretention (?:obligation|requirement|duty|duties|period(?:s)? (?:under|of|required by))\b/,
  /\blimitation period\b/,
  /\bbis\b(?! auf weiteres)/,
  /\bnach (?:dem |der |ihrer |ihrem )?(?:ende|ablauf|beendigung|kündigung|abschluss|löschung|widerruf|abmeldung)\b/,
  /\b(?:vertragsende|vertragsbeendigung|beendigung des|kündigung|widerruf|widerrufen|abmeldung|abmelden)\b/,
  /\b(?:vertragserfüllung|vertragsverhältnis|vertragsdauer|laufzeit des vertrag|(?:erfüllung|durchführung) des vertrag)/,
  /\bgesetzliche[nr]? (?:aufbewahrungs|lösch|speicher)/,
  /aufbewahrungs(?:frist|pflicht)/,
  /verjährung/,
  /§/,
  /\bart\. ?\d/,
  /\b(?:hgb|ao|bgb)\b/,
  fr("jusqu(?:’|')(?:à|au|aux)(?! nouvel ordre)"),
  fr("(?:fin|terme|expiration|résiliation) (?:du|de la|de votre|de notre|de l’|de l')\\s?(?:contrat|relation|abonnement|compte|adhésion|emploi|exercice|année)"),
  fr("après (?:la |le |l’|l'|votre )?(?:fin|résiliation|expiration|clôture|suppression|désinscription|retrait|terme)"),
  fr("désinscri(?:re|vez|ption)|désabonn(?:er|ez|ement)|retir(?:er|ez) votre consentement|retrait (?:de votre|du) consentement"),
  fr("(?:exécution|durée) du contrat|relation contractuelle"),
  fr("(?:obligations?|durées?|délais?) (?:légales? )?de conservation|conservation (?:légale|imposée par la loi)"),
  fr("prescription"),
  fr("code (?:de commerce|général des impôts|du travail|civil|de la sécurité sociale)"),
];

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/** The listed phrases a retention text contains. */
function vaguePhrasesIn(text: string): VagueRetentionPhrase[] {
  const normalised = normalise(text);
  return vagueRetentionPhrases.filter((entry) => entry.pattern.test(normalised));
}

export function statesRetentionPeriod(text: string): boolean {
  return PERIOD.test(normalise(text));
}

export function statesRetentionCriterion(text: string): boolean {
  const normalised = normalise(text);
  return CRITERIA.some((criterion) => criterion.test(normalised));
}

/** The first vague phrase of a retention text that states neither a period nor a criterion; null when the text is not vague. */
export function vagueRetention(text: string): VagueRetentionPhrase | null {
  const found = vaguePhrasesIn(text);
  if (found.length === 0 || statesRetentionPeriod(text) || statesRetentionCriterion(text)) return null;
  return found[0];
}
