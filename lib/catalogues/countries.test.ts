import { describe, expect, it } from "vitest";
import { COUNTRIES, countryName } from "./countries";

describe("country names from CLDR", () => {
  it("names every listed country in English, German and French", () => {
    for (const { code } of COUNTRIES) {
      for (const language of ["en", "de", "fr"] as const) {
        // Intl.DisplayNames falls back to the code for a region CLDR does not know: a code that is not a country.
        expect(countryName(code, language), `${code} in ${language}`).not.toBe(code);
      }
    }
  });

  it("gives the names in the language shown, not a typed English list", () => {
    expect(countryName("US", "en")).toBe("United States");
    expect(countryName("US", "de")).toBe("Vereinigte Staaten");
    expect(countryName("US", "fr")).toBe("États-Unis");
    expect(countryName("DE", "fr")).toBe("Allemagne");
    expect(countryName("CH", "de")).toBe("Schweiz");
  });

  it("keeps the English CLDR name in the row, for sorting and records read without a language", () => {
    expect(COUNTRIES.find((country) => country.code === "DE")?.name).toBe("Germany");
    expect(COUNTRIES.every((country) => country.name === countryName(country.code, "en"))).toBe(true);
  });
});
