import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { inEnglish } from "@/lib/i18n/english";
import { translateMessage } from "@/lib/i18n/message";
import { de } from "@/messages/de";
import { actionLabel, displayValue, entityTypeLabel, eventChanges, eventVersion, fieldLabel, recordHref, recordTitle } from "./present";

const german = createTranslator({ locale: "de", messages: de });
const inGerman = (text: string) => translateMessage(german, text);

describe("eventChanges", () => {
  it("lists the created values, without identifiers, bookkeeping or empty fields", () => {
    const created = eventChanges({ before: null, after: { id: "x", organisationId: "o", name: "Payroll", description: "", version: 1, purposes: [] , status: "DRAFT" } });
    expect(created).toEqual({
      kind: "created",
      changes: [
        { path: "name", before: undefined, after: "Payroll" },
        { path: "status", before: undefined, after: "DRAFT" },
      ],
    });
  });

  it("lists the deleted values, the naming fields first", () => {
    expect(eventChanges({ before: { email: "a@b.example", role: "EDITOR" }, after: null })).toEqual({
      kind: "deleted",
      changes: [
        { path: "email", before: "a@b.example", after: undefined },
        { path: "role", before: "EDITOR", after: undefined },
      ],
    });
    expect(eventChanges({ before: { description: "d", name: "N", reference: "R" }, after: null }).changes.map((change) => change.path)).toEqual(["reference", "name", "description"]);
    expect(eventChanges({ before: null, after: { description: "d", name: "N" } }).changes.map((change) => change.path)).toEqual(["name", "description"]);
  });

  it("lists only what an update changed", () => {
    expect(eventChanges({ before: { email: "a@b.example", role: "EDITOR" }, after: { email: "a@b.example", role: "VIEWER" } }).changes).toEqual([
      { path: "role", before: "EDITOR", after: "VIEWER" },
    ]);
  });
});

describe("reading an event", () => {
  it("names the record from its snapshot", () => {
    expect(recordTitle({ before: null, after: { reference: "HR-1", name: "Payroll" } })).toBe("HR-1 Payroll");
    expect(recordTitle({ before: { email: "a@b.example", role: "DPO" }, after: null })).toBe("a@b.example");
    expect(recordTitle({ before: null, after: { legalName: "Acme GmbH" } })).toBe("Acme GmbH");
    expect(recordTitle({ before: null, after: null })).toBeNull();
  });

  it("tells the version the event produced", () => {
    expect(eventVersion({ before: { version: 2 }, after: { version: 3 } })).toBe(3);
    expect(eventVersion({ before: { version: 4 }, after: null })).toBe(4);
    expect(eventVersion({ before: null, after: { role: "OWNER" } })).toBeNull();
  });

  it("labels types, actions, fields and values in words", () => {
    expect(inEnglish(entityTypeLabel("ProcessingActivity"))).toBe("Processing activity");
    expect(inEnglish(entityTypeLabel("ImportJob"))).toBe("Import job");
    expect(inEnglish(actionLabel("UPDATE"))).toBe("Changed");
    expect(inEnglish(actionLabel("BULK_UPDATE"))).toBe("Bulk update");
    expect(inEnglish(actionLabel("SOME_NEW_ACTION"))).toBe("Some new action");
    expect(fieldLabel("purposes.0.legitimateInterests", inEnglish)).toBe("Purposes › 1 › Legitimate interests");
    expect(fieldLabel("dpoEmail", inEnglish)).toBe("DPO e-mail");
    expect(fieldLabel("someNewField", inEnglish)).toBe("Some new field");
    expect(displayValue("role", "DPO", inEnglish)).toBe("Data protection officer");
    expect(displayValue("status", "RETIRED", inEnglish)).toBe("Retired");
    expect(displayValue("role", "CONTROLLER", inEnglish)).toBe("Controller");
    expect(displayValue("recipients.0.role", "CLIENT_CONTROLLER", inEnglish)).toBe("Controller on whose behalf we process");
    expect(displayValue("status", "SOMETHING_ELSE", inEnglish)).toBe("SOMETHING_ELSE");
    expect(displayValue("transfers.0.safeguard", "SCC", inEnglish)).toBe("Standard contractual clauses (Art. 46(2)(c))");
    expect(displayValue("transfersNone", true, inEnglish)).toBe("Yes");
    expect(displayValue("expiresAt", "2026-03-08T10:00:00.000Z", inEnglish)).toBe("8 Mar 2026, 10:00 UTC");
    expect(displayValue("nextReviewOn", "2026-03-08T00:00:00.000Z", inEnglish)).toBe("8 Mar 2026");
    expect(displayValue("purposes", [{ description: "Pay salaries", legalBases: ["Contract"], directMarketing: false }], inEnglish)).toBe(
      "Pay salaries (Legal bases: Contract, Direct marketing: No)",
    );
    expect(displayValue("dataCategories", [{ name: "Contact data" }, { name: "Log data" }], inEnglish)).toBe("Contact data; Log data");
  });

  it("reads in the reader's language, the record's own data as recorded", () => {
    expect(inGerman(entityTypeLabel("ProcessingActivity"))).toBe("Verarbeitungstätigkeit");
    expect(inGerman(actionLabel("DELETE"))).toBe("Gelöscht");
    expect(fieldLabel("purposes.0.legitimateInterests", inGerman)).toBe("Zwecke › 1 › Berechtigte Interessen");
    expect(displayValue("role", "OWNER", inGerman)).toBe("Inhaber");
    expect(displayValue("status", "RETIRED", inGerman)).toBe("Eingestellt");
    expect(displayValue("transfers.0.safeguard", "SCC", inGerman)).toContain("Standarddatenschutzklauseln");
    expect(displayValue("purposes", [{ description: "Pay salaries", legalBases: ["Contract"] }], inGerman)).toBe("Pay salaries (Rechtsgrundlagen: Contract)");
  });

  it("knows every action and record type the application writes", () => {
    // A new kind of event would otherwise read as a humanised identifier, in English only.
    const written = ["CREATE", "UPDATE", "DELETE", "REVOKE", "ACCEPT", "PUBLISH", "EXPORT", "IMPORT", "PASSWORD_CHANGE", "DUPLICATE", "RETIRE", "REVIEW", "BULK_UPDATE", "RECORD_VERSION", "ROTATE_SECRET", "SEND_TEST"];
    for (const action of written) expect(actionLabel(action), action).toMatch(/^@@auditPresent\.action\./);
    const types = ["ProcessingActivity", "Recipient", "LegalBasis", "DataCategory", "DataSubjectCategory", "SecurityMeasure", "Organisation", "Membership", "Invitation", "User", "Policy", "Import", "Register", "Translation", "VerbatimText", "apiToken", "webhookEndpoint"];
    for (const type of types) expect(entityTypeLabel(type), type).toMatch(/^@@auditPresent\.entityType\./);
  });

  it("links records that have a page", () => {
    expect(recordHref("ProcessingActivity", "a1")).toBe("/activities/a1");
    expect(recordHref("Recipient", "r1")).toBe("/recipients/r1");
    expect(recordHref("DataSubjectCategory", "d1")).toBe("/catalogues/data-subjects/d1");
    expect(recordHref("Membership", "m1")).toBeNull();
  });
});
