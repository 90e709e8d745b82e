import { describe, expect, it } from "vitest";
import { isRecipientCategory } from "./recipient-categories";

describe("isRecipientCategory (Art. 13(1)(e))", () => {
  it("reads generic plural nouns as categories of recipients", () => {
    for (const name of ["Service providers", "IT service providers", "Law enforcement authorities", "Banks", "Group companies", "Third parties", "Advertising partners", "Tax advisers"]) {
      expect(isRecipientCategory(name), name).toBe(true);
    }
  });

  it("reads the heads of German compounds as categories", () => {
    for (const name of ["Dienstleister", "IT-Dienstleister", "Versanddienstleister", "Finanzbehörden", "Banken", "Vertriebspartner", "Steuerberater", "Wirtschaftsprüfer", "Dritte", "Konzernunternehmen"]) {
      expect(isRecipientCategory(name), name).toBe(true);
    }
  });

  it("reads a name with a legal form, or ending in a proper name, as a recipient", () => {
    for (const name of ["Partner AG", "Service Providers Ltd", "Acme Banks Inc.", "MailSender Inc.", "Steuerberater Müller", "Finanzamt Köln", "Piwik PRO", "Google Firebase Cloud Messaging", "User's e-mail Service Provider", "Hosting Example GmbH", ""]) {
      expect(isRecipientCategory(name), name).toBe(false);
    }
  });
});
