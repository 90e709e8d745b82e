import { describe, expect, it } from "vitest";
import { disclosureWords, disclosureWordsIn } from "./disclosure-words";

// One sentence per listed word, as a purpose would say it.
const examples: Record<string, string> = {
  disclose: "Disclosure of your data to the police on request",
  share: "Sharing usage data with our advertising partners",
  transfer: "We transfer order data to the carrier",
  sell: "We sell aggregated profiles to data brokers",
  "pass on": "Passing on your address to the shipping company",
  forward: "Forwarding your enquiry to the responsible sales partner",
  transmit: "Transmission of the application to the hiring manager's agency",
  "make available to": "Making the data available to group companies",
  "provide to third parties": "Providing contact details to third parties for events",
  weitergeben: "Weitergabe Ihrer Anschrift an Versanddienstleister",
  weiterleiten: "Ihre Anfrage wird an den zuständigen Händler weitergeleitet",
  übermitteln: "Übermittlung der Bestelldaten an den Zahlungsdienstleister",
  offenlegen: "Offenlegung gegenüber Behörden auf Anfrage",
  verkaufen: "Wir verkaufen Adressdaten an Werbetreibende",
  teilen: "Wir teilen Nutzungsdaten mit Werbepartnern",
  "bereitstellen an Dritte": "Die Daten werden Dritten zur Verfügung gestellt",
  Datenaustausch: "Datenaustausch mit Partnerunternehmen",
  communiquer: "Communication de vos données aux transporteurs",
  transmettre: "Nous transmettons votre candidature au cabinet de recrutement",
  transférer: "Transfert des données de commande au transporteur",
  partager: "Partage des données d’utilisation avec nos partenaires publicitaires",
  vendre: "Nous vendons des profils agrégés à des courtiers en données",
  céder: "Cession de vos données à des partenaires commerciaux",
  divulguer: "Divulgation aux autorités sur demande",
  "mettre à disposition": "Les données sont mises à disposition des sociétés du groupe",
  "fournir à des tiers": "Fournir vos coordonnées à des tiers pour des événements",
  "échange de données": "Échange de données avec nos sociétés partenaires",
};

describe("disclosure words (Art. 13(1)(e), 14(1)(e))", () => {
  it.each(disclosureWords.map((entry) => [entry.language, entry.word, entry] as const))("recognises the %s word “%s”", (_language, word, entry) => {
    const example = examples[word];
    expect(example, `an example sentence for “${word}”`).toBeDefined();
    expect(entry.pattern.test(example.toLowerCase())).toBe(true);
    expect(disclosureWordsIn(example)).toContain(entry);
    expect(disclosureWordsIn(example.toUpperCase())).toContain(entry);
  });

  it("has an example for every word and no example without a word", () => {
    expect(Object.keys(examples).sort()).toEqual(disclosureWords.map((entry) => entry.word).sort());
  });

  it("does not read a purpose that keeps the data in-house as a disclosure", () => {
    for (const text of [
      "Sending the newsletter",
      "Keeping the website secure",
      "Payment by bank transfer",
      "Processing wire transfers from customers",
      "Measuring how the newsletter is read",
      "Bearbeitung von Bewerbungen",
      "Wir informieren Sie über Neuigkeiten",
      "Verwaltung der Mitgliedschaft",
      "Shareholder meetings", // a word that only begins like "share"
      "Marktanteil messen",
      "Envoi de la lettre d’information",
      "Paiement par transfert de fonds",
      "Communication avec nos clients par courriel",
      "Gestion des candidatures",
      "Mesure de l’audience du site web",
    ]) {
      expect(disclosureWordsIn(text), text).toEqual([]);
    }
  });

  it("finds words that begin with a letter outside ASCII", () => {
    // \b in a JavaScript pattern knows no umlaut: "\bübermittlung" would never match.
    expect(disclosureWordsIn("übermittlung an das Finanzamt").map((entry) => entry.word)).toEqual(["übermitteln"]);
  });
});
