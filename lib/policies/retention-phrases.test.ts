import { describe, expect, it } from "vitest";
import { POLICY_LANGUAGES } from "./wording";
import { statesRetentionCriterion, statesRetentionPeriod, vagueRetention, vagueRetentionPhrases } from "./retention-phrases";

describe("vague retention phrases (Art. 13(2)(a), 14(2)(a))", () => {
  it.each(vagueRetentionPhrases.map((entry) => [entry.language, entry.phrase, entry] as const))("recognises the %s phrase “%s” on its own", (_language, phrase, entry) => {
    expect(vagueRetention(phrase)).toBe(entry);
    expect(vagueRetention(`The data is kept ${phrase}.`.replace(/\s+/g, " "))).not.toBeNull();
    expect(vagueRetention(phrase.toUpperCase())).not.toBeNull();
  });

  it("recognises each phrase as people write it in a sentence", () => {
    // What was seen: "kept for a limited time" passed the check as a retention period.
    expect(vagueRetention("Kept for a limited time.")?.phrase).toBe("for a limited time");
    expect(vagueRetention("We keep your data only as long as is necessary for the purposes for which it was collected.")?.phrase).toBe("as long as necessary");
    expect(vagueRetention("Die Daten werden für eine begrenzte Zeit gespeichert.")?.phrase).toBe("für eine begrenzte Zeit");
    expect(vagueRetention("Wir speichern Ihre Daten nur so lange, wie es erforderlich ist.")).not.toBeNull();
    expect(vagueRetention("Solange es für die genannten Zwecke erforderlich ist.")).not.toBeNull();
    expect(vagueRetention("Stored\n for a   reasonable\tperiod")?.phrase).toBe("for a reasonable period");
    expect(vagueRetention("Vos données sont conservées pour une durée limitée.")?.phrase).toBe("pour une durée limitée");
    expect(vagueRetention("Nous conservons vos données aussi longtemps que nécessaire.")?.phrase).toBe("aussi longtemps que nécessaire");
    expect(vagueRetention("Les données sont conservées aussi longtemps qu’elles sont nécessaires.")).not.toBeNull();
    expect(vagueRetention("Conservées pendant la durée strictement nécessaire.")).not.toBeNull();
    expect(vagueRetention("Supprimées lorsqu'elles ne sont plus nécessaires.")).not.toBeNull();
  });

  it("does not call a phrase vague when a period is stated", () => {
    for (const text of [
      "For a limited time: 6 months.",
      "As long as necessary, at most 2 years.",
      "Temporarily, for 30 days.",
      "A 30-day limited period.",
      "As long as necessary, and no longer than one year.",
      "Für eine begrenzte Zeit von zwei Jahren.",
      "So lange wie nötig, höchstens 10 Jahre.",
      "Vorübergehend, für sieben Tage.",
      "Nicht länger als erforderlich, längstens einen Monat.",
      "Pour une durée limitée de trois ans.",
      "Aussi longtemps que nécessaire, au plus 13 mois.",
      "Temporairement, pendant sept jours.",
      "Pour une durée raisonnable n’excédant pas un an.",
    ]) {
      expect(statesRetentionPeriod(text), text).toBe(true);
      expect(vagueRetention(text), text).toBeNull();
    }
  });

  it("does not call a phrase vague when a criterion is stated", () => {
    for (const text of [
      "For a limited time, until you unsubscribe.",
      "As long as necessary to fulfil the contract.",
      "As long as necessary, then deleted after the end of the contract.",
      "Temporarily, until the order has been delivered.",
      "No longer than necessary under the statutory retention periods.",
      "As long as required, observing the retention obligations of commercial law.",
      "Für eine begrenzte Zeit, bis zur Kündigung des Vertrags.",
      "So lange wie nötig, nach Ende des Vertrags gelöscht.",
      "Solange es erforderlich ist; gesetzliche Aufbewahrungsfristen nach § 147 AO bleiben unberührt.",
      "Vorübergehend bis zum Widerruf.",
      "Pour une durée limitée, jusqu’à votre désinscription.",
      "Aussi longtemps que nécessaire à l’exécution du contrat.",
      "Le temps nécessaire, puis supprimées après la fin du contrat.",
      "Temporairement, dans le respect des obligations légales de conservation (code de commerce).",
      "Pas plus longtemps que nécessaire, compte tenu des délais de prescription.",
    ]) {
      expect(statesRetentionCriterion(text), text).toBe(true);
      expect(vagueRetention(text), text).toBeNull();
    }
  });

  it("leaves texts with no listed phrase alone", () => {
    for (const text of ["7 days", "Until you unsubscribe.", "Deleted at the end of each calendar year.", "Bis zum Ende des Kalenderjahres.", "Während der Dauer Ihrer Mitgliedschaft.", "Jusqu’à votre désinscription.", "Trois ans à compter du dernier contact."]) {
      expect(vagueRetention(text), text).toBeNull();
    }
  });

  it("keeps “until further notice” and “bis auf Weiteres” vague: they name no end", () => {
    expect(vagueRetention("Stored until further notice.")?.phrase).toBe("until further notice");
    expect(vagueRetention("Gespeichert bis auf Weiteres.")?.phrase).toBe("bis auf Weiteres");
    expect(vagueRetention("Conservées jusqu’à nouvel ordre.")?.phrase).toBe("jusqu’à nouvel ordre");
    expect(vagueRetention("Conservées jusqu'à nouvel ordre.")?.phrase).toBe("jusqu’à nouvel ordre");
  });

  it("has a phrase in every supported language", () => {
    expect(new Set(vagueRetentionPhrases.map((entry) => entry.language))).toEqual(new Set(POLICY_LANGUAGES));
  });
});
