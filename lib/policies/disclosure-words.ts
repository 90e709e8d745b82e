/**
 * Words by which a purpose says that it discloses personal data to others
 * ("sharing your data with partners", "Weitergabe an Versanddienstleister",
 * "communication de vos données à nos partenaires").
 * Such a purpose has recipients (Art. 4(9)): when the activity records none
 * and does not say "none", the policy would hide who receives the data
 * (Art. 13(1)(e), 14(1)(e)). Read in every supported language, whatever the
 * policy's language. Adding a word is adding one row.
 */
import type { PolicyLanguage } from "./types";

export type DisclosureWord = {
  language: PolicyLanguage;
  /** The word or phrase as people write it; the test checks that it is recognised. */
  word: string;
  /** Matched against the lower-cased description, between letter boundaries (see `words`). */
  pattern: RegExp;
};

// JavaScript's \b knows only ASCII letters, so "\bübermitteln" never matches: the boundaries are Unicode letters.
const words = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "u");

export const disclosureWords: readonly DisclosureWord[] = [
  { language: "en", word: "disclose", pattern: words("disclos(?:e|es|ed|ing|ure|ures)") },
  { language: "en", word: "share", pattern: words("shar(?:e|es|ed|ing)(?! price)") },
  // Not "bank transfer" or "wire transfer": a payment, not a disclosure.
  { language: "en", word: "transfer", pattern: /(?<!bank |wire |credit |money |file |funds )(?<![\p{L}\p{N}])transfer(?:s|red|ring)?(?![\p{L}\p{N}])/u },
  { language: "en", word: "sell", pattern: words("sell(?:s|ing)?|sold|sale of (?:(?:your|personal|customer|user) )?(?:data|information|details)") },
  { language: "en", word: "pass on", pattern: words("pass(?:es|ed|ing)? (?:on|(?:[\\p{L}'-]+ ){0,3}to (?:third|other|our|partners?))") },
  { language: "en", word: "forward", pattern: words("forward(?:s|ed|ing)? (?:(?:[\\p{L}'-]+ ){0,3})?to") },
  { language: "en", word: "transmit", pattern: words("transmi(?:t|ts|tted|tting|ssion)") },
  { language: "en", word: "make available to", pattern: words("ma(?:ke|kes|de|king) (?:(?:it|them|your data|the data) )?available to") },
  { language: "en", word: "provide to third parties", pattern: words("provid(?:e|es|ed|ing) (?:(?:[\\p{L}'-]+ ){0,3})?to (?:third parties|partners|other)") },
  { language: "de", word: "weitergeben", pattern: words("weiter(?:geben|gegeben|gibt|gabe|zugeben)") },
  { language: "de", word: "weiterleiten", pattern: words("weiter(?:leiten|geleitet|leitet|leitung|zuleiten)") },
  { language: "de", word: "übermitteln", pattern: words("übermitt(?:eln|elt|lung|lungen)") },
  { language: "de", word: "offenlegen", pattern: words("offen(?:legen|gelegt|legt|legung|zulegen)") },
  { language: "de", word: "verkaufen", pattern: words("verkauf(?:en|t)|verkauf (?:von |der |ihrer )?daten") },
  { language: "de", word: "teilen", pattern: words("teilen|geteilt") },
  { language: "de", word: "bereitstellen an Dritte", pattern: words("(?:bereitstellen|bereitgestellt|zugänglich gemacht|zur verfügung gestellt)[^.;]{0,20}(?:dritte|dritten|partner)|(?:dritten|partnern)[^.;]{0,40}(?:bereitgestellt|zugänglich gemacht|zur verfügung gestellt)") },
  { language: "de", word: "Datenaustausch", pattern: words("datenaustausch|austausch von daten") },
  // "communication" alone is also "communication with you": only the verb, or communication to someone.
  { language: "fr", word: "communiquer", pattern: words("communiqu(?:er|ons|ez|ent|é|ée|és|ées|e|ons)|communication (?:de (?:vos |ces |des )?données )?(?:à|aux)") },
  { language: "fr", word: "transmettre", pattern: words("transm(?:ettre|ettons|ettez|ettent|et|is|ise|ises|ission|issions)") },
  // Not "transfert de fonds" or "transfert d'argent": a payment, not a disclosure.
  { language: "fr", word: "transférer", pattern: words("transf(?:érer|érons|érez|érée?s?|ère|èrent|erts?)(?! de fonds| d(?:’|')argent)") },
  { language: "fr", word: "partager", pattern: words("partag(?:er|eons|ez|ent|eant|é|ée|és|ées|e)") },
  { language: "fr", word: "vendre", pattern: words("vend(?:re|ons|ez|ent|u|ue|us|ues)|vente (?:de |des )(?:vos )?données") },
  { language: "fr", word: "céder", pattern: words("c[èé]d(?:er|ons|ez|ent|é|ée|és|ées|e)|cession (?:de |des )(?:vos )?données") },
  { language: "fr", word: "divulguer", pattern: words("divulg(?:uer|uons|uez|uent|ué|uée|ués|uées|ue|ation)") },
  { language: "fr", word: "mettre à disposition", pattern: words("(?:mis|mise|mises|mettons|mettre|met) à (?:la )?disposition") },
  { language: "fr", word: "fournir à des tiers", pattern: words("fourni(?:r|ssons|t|es|s)?[^.;]{0,30}(?:à des tiers|à nos partenaires|aux partenaires)") },
  { language: "fr", word: "échange de données", pattern: words("échanges? de données|échanger (?:des|vos|ces) données") },
];

/** The listed words a purpose's description uses to say it discloses data; empty when it says nothing of the kind. */
export function disclosureWordsIn(description: string): DisclosureWord[] {
  const text = description.toLowerCase().replace(/\s+/g, " ");
  return disclosureWords.filter((entry) => entry.pattern.test(text));
}
