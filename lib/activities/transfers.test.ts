import { describe, expect, it } from "vitest";
import { assessTransfer } from "./transfers";

const india = { name: "India", eea: false, adequacy: false };
const switzerland = { name: "Switzerland", eea: false, adequacy: true };
const france = { name: "France", eea: true, adequacy: false };

describe("assessTransfer", () => {
  it("warns when a third country has neither an adequacy decision nor a safeguard", () => {
    const result = assessTransfer({ country: india, safeguard: null, safeguardDetails: "" });
    expect(result.level).toBe("warning");
    expect(result.message).toContain("no adequacy decision for India");
    expect(result.problem).toBe("no-ground");
  });

  it("does not treat a country inside the EEA as a transfer", () => {
    expect(assessTransfer({ country: france, safeguard: null, safeguardDetails: "" })).toMatchObject({ level: "info", problem: "within-eea" });
  });

  it("points to the adequacy decision when no safeguard is recorded for an adequate country", () => {
    expect(assessTransfer({ country: switzerland, safeguard: null, safeguardDetails: "" }).level).toBe("info");
  });

  it("warns when adequacy is claimed for a country without a decision", () => {
    expect(assessTransfer({ country: india, safeguard: "ADEQUACY", safeguardDetails: "" }).level).toBe("warning");
  });

  it("asks for the point of Art. 49(1) relied on", () => {
    expect(assessTransfer({ country: india, safeguard: "DEROGATION", safeguardDetails: " " }).level).toBe("warning");
    expect(assessTransfer({ country: india, safeguard: "DEROGATION", safeguardDetails: "Art. 49(1)(b)" }).level).toBe("ok");
  });

  it("accepts standard contractual clauses", () => {
    expect(assessTransfer({ country: india, safeguard: "SCC", safeguardDetails: "" })).toEqual({ level: "ok", message: "" });
  });

  it("asks for a safeguard for an international organisation, which has no adequacy decision", () => {
    expect(assessTransfer({ country: null, internationalOrganisation: "WHO", safeguard: null, safeguardDetails: "" }).level).toBe("warning");
    expect(assessTransfer({ country: null, internationalOrganisation: "WHO", safeguard: "ADEQUACY", safeguardDetails: "" }).level).toBe("warning");
    expect(assessTransfer({ country: null, internationalOrganisation: "WHO", safeguard: "OTHER", safeguardDetails: "Administrative arrangement, Art. 46(3)(b)" }).level).toBe("ok");
  });

  it("warns when the transfer names no destination at all", () => {
    expect(assessTransfer({ country: null, internationalOrganisation: " ", safeguard: "SCC", safeguardDetails: "" }).level).toBe("warning");
  });
});
