import { describe, expect, it } from "vitest";
import { buildRegister, registerFileName } from "./build";
import { testActivity, testSource } from "../../test/fixtures/test-source";

const build = (...activities: ReturnType<typeof testActivity>[]) => buildRegister(testSource(activities.length ? activities : undefined));
const item = (register: ReturnType<typeof buildRegister>, letter: string, index = 0) => register.controller[index].items.find((i) => i.letter === letter)!;
const entries = (register: ReturnType<typeof buildRegister>, letter: string) => item(register, letter).parts.flatMap((part) => part.entries);

describe("buildRegister: the contact block, Art. 30(1)(a)", () => {
  it("names the controller, the DPO and the representative with their contact details", () => {
    const { contacts } = build();
    expect(contacts.controller).toEqual({ name: "Acme GmbH", address: "Domkloster 4, 50667 Köln, Germany", email: "info@acme.example", telephone: "+49 221 000" });
    expect(contacts.dpo).toEqual({ name: "Dr. Eva Schmidt, DPO Services Ltd", address: "1 High Street, London", email: "dpo@acme.example", telephone: "" });
    expect(contacts.representative.name).toBe("");
  });

  it("lists joint controllers with their contact details and the Art. 26 arrangement", () => {
    const register = build(
      testActivity({ role: "JOINT_CONTROLLER", jointControllerArrangement: "Partner answers requests.", parties: [{ recipientId: "r-partner", role: "JOINT_CONTROLLER", note: "" }] }),
    );
    expect(entries(register, "a")).toEqual(["Acme GmbH", "Partner AG (Berlin, privacy@partner.example)", "Arrangement (Art. 26): Partner answers requests."]);
    expect(register.controller[0].row.jointControllers).toBe("Partner AG (Berlin, privacy@partner.example)\nArrangement (Art. 26): Partner answers requests.");
  });
});

describe("buildRegister: the activity items", () => {
  it("(b) gives each purpose with its legal bases, and the Art. 6 column names them", () => {
    const register = build(
      testActivity({
        purposes: [
          { id: "purpose-1", description: "Paying salaries", legitimateInterests: "", balancingTestReference: "", legalBasisIds: ["lb-6b"] },
          { id: "purpose-2", description: "Fraud checks", legitimateInterests: "Preventing fraud", balancingTestReference: "LIA-3", legalBasisIds: ["lb-6f"] },
        ],
      }),
    );
    expect(entries(register, "b")).toEqual(["Paying salaries (Art. 6(1)(b) GDPR)", "Fraud checks (Art. 6(1)(f) GDPR)"]);
    const { row } = register.controller[0];
    expect(row.purposes).toBe("Paying salaries\nFraud checks");
    expect(row.art6Bases).toBe("Art. 6(1)(b) GDPR – Contract\nArt. 6(1)(f) GDPR – Legitimate interests");
    expect(row.legitimateInterests).toBe("Preventing fraud");
    expect(row.legitimateInterestsAssessment).toBe("LIA-3");
    // Art. 21: objection for 6(1)(f); Art. 20: portability for 6(1)(b); no consent, no withdrawal.
    expect(row.rights).toContain("Objection (Art. 21)");
    expect(row.rights).toContain("Data portability (Art. 20)");
    expect(row.rights).not.toContain("Withdrawal of consent");
  });

  it("(c) names data subjects and data categories, flagging special categories, with the Art. 9 condition", () => {
    const register = build();
    expect(item(register, "c").parts).toEqual([
      { label: "Data subjects", entries: ["Employees"], emptyText: "Not recorded" },
      { label: "Personal data", entries: ["Bank details — IBAN", "Health data [special category, Art. 9] — Sick notes"], emptyText: "Not recorded" },
      {
        label: "Special categories (Art. 9) and criminal offence data (Art. 10)",
        entries: ["Health data: Art. 9(2)(b) GDPR – Employment law"],
        emptyText: "Not recorded",
      },
    ]);
    expect(register.controller[0].row.dataCategories).toBe("Bank details — IBAN\nHealth data — Sick notes");
    expect(register.controller[0].row.art9Conditions).toBe("Health data: Art. 9(2)(b) GDPR – Employment law");
  });

  it("(d) lists the recipients with their kind, and the processor's contract in its own column", () => {
    const register = build();
    expect(entries(register, "d")).toEqual(["PayCo Ltd (Processor) — Runs the payroll", "Tax office (Public authority)"]);
    expect(register.controller[0].row.processorContracts).toBe("PayCo Ltd: DPA in place, signed 2024-03-01, DPA-7, review due 2027-03-01");
  });

  it("(e) names each transfer's country and safeguard, and says when there are none", () => {
    expect(entries(build(), "e")).toEqual([]);
    expect(item(build(), "e").parts[0].emptyText).toBe("None");
    expect(build().controller[0].row.thirdCountries).toBe("None");
    expect(item(build(testActivity({ transfersNone: false })), "e").parts[0].emptyText).toBe("Not recorded");
    const register = build(
      testActivity({
        transfers: [
          { id: "transfer-5", countryCode: "US", internationalOrganisation: "", recipientId: "r-cloud", safeguard: "SCC", safeguardDetails: "Module 2", safeguardReference: "https://x.example/scc" },
          { id: "transfer-6", countryCode: null, internationalOrganisation: "WHO", recipientId: null, safeguard: null, safeguardDetails: "", safeguardReference: "" },
        ],
      }),
    );
    expect(entries(register, "e")).toEqual([
      "United States: Standard contractual clauses (Art. 46(2)(c)) — Module 2; https://x.example/scc",
      "WHO: No safeguard recorded",
    ]);
    expect(register.controller[0].row.thirdCountries).toBe("United States (Cloud Inc)\nWHO");
  });

  it("(f) gives each category's time limit, falling back to the catalogue's default", () => {
    expect(entries(build(), "f")).toEqual(["Bank details: 10 years after the end of the year (§ 147 AO)", "Health data: 3 years"]);
    const register = build(testActivity({ dataCategories: [{ id: "adc-4", dataCategoryId: "dc-contact", details: "", retention: "", art9ConditionId: null }] }));
    expect(entries(register, "f")).toEqual(["Contact details: not recorded"]);
  });

  it("(g) gives the description first, then the catalogue's measures by group", () => {
    const register = build(testActivity({ securityMeasureIds: ["sm-enc", "sm-acl"] }));
    expect(entries(register, "g")).toEqual(["Role-based access to the HR system.", "Access control: Role-based access", "Encryption: TLS in transit"]);
  });

  it("fills the ICO columns the records have nothing for with an empty cell, never a guess", () => {
    const { row } = build().controller[0];
    expect(row.consentRecord).toBe("");
    expect(row.breach).toBe("");
    expect(row.businessFunction).toBe("Human Resources");
    expect(row.location).toBe("HR system, Frankfurt data centre");
    expect(row.dpiaRequired).toBe("No");
    expect(row.status).toBe("Active");
  });
});

describe("buildRegister: the processor register, Art. 30(2)", () => {
  it("is absent when no activity is carried out as a processor", () => {
    const register = build();
    expect(register.processor).toBeNull();
    expect(register.processorRows).toEqual([]);
  });

  it("groups processor activities per controller on whose behalf, and keeps them out of the controller register", () => {
    const hosting = testActivity({
      id: "act-2",
      reference: "SVC-01",
      name: "Hosting for clients",
      role: "PROCESSOR",
      purposes: [{ id: "purpose-3", description: "Hosting e-mail", legitimateInterests: "", balancingTestReference: "", legalBasisIds: [] }],
      parties: [
        { recipientId: "r-client", role: "CLIENT_CONTROLLER", note: "" },
        { recipientId: "r-client2", role: "CLIENT_CONTROLLER", note: "" },
      ],
    });
    const orphan = testActivity({ id: "act-3", reference: "SVC-02", name: "Support", role: "PROCESSOR", parties: [] });
    const register = build(testActivity(), hosting, orphan);
    expect(register.controller.map((entry) => entry.reference)).toEqual(["HR-01"]);
    expect(register.processor!.map((group) => group.controller?.name ?? null)).toEqual(["Another Client SA", "Client plc", null]);
    const client = register.processor![1];
    expect(client.controller).toEqual({ name: "Client plc", contact: "dpo@client.example" });
    expect(client.activities[0].items.map((i) => i.citation)).toEqual(["Art. 30(2)(a)", "Art. 30(2)(b)", "Art. 30(2)(c)", "Art. 30(2)(d)"]);
    expect(client.activities[0].items[1].parts[0].entries).toEqual(["Hosting e-mail"]);
    expect(register.processorRows.map((row) => [row.controller, row.reference])).toEqual([
      ["Another Client SA", "SVC-01"],
      ["Client plc", "SVC-01"],
      ["", "SVC-02"],
    ]);
  });
});

describe("registerFileName", () => {
  it("names the organisation and the date", () => {
    expect(registerFileName(build(), "xlsx")).toBe("acme-register-2026-11-27.xlsx");
  });
});
