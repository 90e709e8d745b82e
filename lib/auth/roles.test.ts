import { describe, expect, it } from "vitest";
import { hasRole } from "./roles";

describe("role order", () => {
  it("lets higher roles do what lower roles may, never the reverse", () => {
    expect(hasRole("OWNER", "DPO")).toBe(true);
    expect(hasRole("DPO", "EDITOR")).toBe(true);
    expect(hasRole("EDITOR", "EDITOR")).toBe(true);
    expect(hasRole("EDITOR", "DPO")).toBe(false);
    expect(hasRole("VIEWER", "EDITOR")).toBe(false);
    expect(hasRole("VIEWER", "VIEWER")).toBe(true);
  });
});
