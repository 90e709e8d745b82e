import { describe, expect, it } from "vitest";
import { actionLabel, displayValue, entityTypeLabel, eventChanges, eventVersion, fieldLabel, recordHref, recordTitle } from "./present";

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
    expect(entityTypeLabel("ProcessingActivity")).toBe("Processing activity");
    expect(entityTypeLabel("ImportJob")).toBe("Import job");
    expect(actionLabel("BULK_UPDATE")).toBe("Bulk update");
    expect(fieldLabel("purposes.0.legitimateInterests")).toBe("Purposes › 1 › Legitimate interests");
    expect(fieldLabel("dpoEmail")).toBe("DPO e-mail");
    expect(displayValue("role", "DPO")).toBe("Data protection officer");
    expect(displayValue("status", "RETIRED")).toBe("Retired");
    expect(displayValue("role", "CONTROLLER")).toBe("Controller");
    expect(displayValue("transfers.0.safeguard", "SCC")).toBe("Standard contractual clauses (Art. 46(2)(c))");
    expect(displayValue("expiresAt", "2026-03-08T10:00:00.000Z")).toBe("8 Mar 2026, 10:00 UTC");
    expect(displayValue("nextReviewOn", "2026-03-08T00:00:00.000Z")).toBe("8 Mar 2026");
    expect(displayValue("purposes", [{ description: "Pay salaries", legalBases: ["Contract"] }])).toBe("Pay salaries (legal bases: Contract)");
    expect(displayValue("dataCategories", [{ name: "Contact data" }, { name: "Log data" }])).toBe("Contact data; Log data");
  });

  it("links records that have a page", () => {
    expect(recordHref("ProcessingActivity", "a1")).toBe("/activities/a1");
    expect(recordHref("Recipient", "r1")).toBe("/recipients/r1");
    expect(recordHref("DataSubjectCategory", "d1")).toBe("/catalogues/data-subjects/d1");
    expect(recordHref("Membership", "m1")).toBeNull();
  });
});
