import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isLocale, locales, negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("takes the first supported language by weight, matching regional variants", () => {
    expect(negotiateLocale("de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("de");
    expect(negotiateLocale("de-AT")).toBe("de");
    expect(negotiateLocale("fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7")).toBe("de");
    expect(negotiateLocale("en;q=0.5,de;q=0.8")).toBe("de");
    expect(negotiateLocale("en-GB,de")).toBe("en");
  });

  it("falls back to English without a usable preference", () => {
    expect(negotiateLocale(undefined)).toBe("en");
    expect(negotiateLocale("")).toBe("en");
    expect(negotiateLocale("fr,it;q=0.5")).toBe("en");
    expect(negotiateLocale("de;q=0")).toBe("en");
    expect(negotiateLocale(";;;,,q=")).toBe("en");
  });

  it("reads * as any language except the refused ones", () => {
    expect(negotiateLocale("fr,*;q=0.5")).toBe("en");
    expect(negotiateLocale("en;q=0,*")).toBe("de");
  });

  it("always answers a supported locale, whatever the header", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (header) => isLocale(negotiateLocale(header))));
    const tag = fc.constantFrom("de", "de-CH", "en", "en-US", "fr", "*", "x-klingon");
    const weighted = fc.tuple(tag, fc.option(fc.double({ min: 0, max: 1, noNaN: true }))).map(([t, q]) => (q === null ? t : `${t};q=${q.toFixed(3)}`));
    fc.assert(fc.property(fc.array(weighted, { maxLength: 8 }), (parts) => locales.includes(negotiateLocale(parts.join(", ")))));
  });
});
