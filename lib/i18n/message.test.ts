import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createTranslator } from "next-intl";
import { catalogues } from "@/messages";
import { message, readMessage, translateMessage } from "./message";

const t = (locale: "en" | "de") => createTranslator({ locale, messages: catalogues[locale] });

describe("message references", () => {
  it("are translated into the reader's language, with their values", () => {
    const notSaved = message("account.language.notSaved");
    expect(translateMessage(t("en"), notSaved)).toBe(catalogues.en.account.language.notSaved);
    expect(translateMessage(t("de"), notSaved)).toBe(catalogues.de.account.language.notSaved);
    const withValue = message("account.language.browserDefault", { language: "Deutsch" });
    expect(translateMessage(t("de"), withValue)).toBe("Wie mein Browser (derzeit Deutsch)");
  });

  it("leave plain text and unknown keys as they are", () => {
    expect(translateMessage(t("de"), "Choose a legal basis.")).toBe("Choose a legal basis.");
    expect(translateMessage(t("de"), "@@nowhere.to.be.found")).toBe("@@nowhere.to.be.found");
  });

  it("read back whatever they were made from", () => {
    const values = fc.dictionary(fc.stringMatching(/^[a-z]\w{0,10}$/), fc.oneof(fc.string(), fc.integer()));
    fc.assert(
      fc.property(values, (v) => {
        expect(readMessage(message("account.language.saved", v))).toEqual({ key: "account.language.saved", values: v });
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => readMessage(text) === null || text.startsWith("@@")));
  });
});
