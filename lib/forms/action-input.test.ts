import { message } from "@/lib/i18n/message";
import { describe, expect, it } from "vitest";
import { MAX_VERSION, versionInput } from "./action-input";
import { versionField } from "./field-rules";

describe("a version sent by the browser", () => {
  // Regression: a forged version above PostgreSQL's integer range reached the
  // filter of an update and failed the action with a database error (a 500).
  it("is a version only within the range a row's version can have", () => {
    expect(versionInput(1)).toBe(1);
    expect(versionInput(MAX_VERSION)).toBe(MAX_VERSION);
    expect(versionInput(MAX_VERSION + 1)).toBe(0);
    expect(versionInput(8358955100491925)).toBe(0);
    expect(versionInput(0)).toBe(0);
    expect(versionInput(1.5)).toBe(0);
    expect(versionInput("3")).toBe(0);
  });

  it("is refused by the form schemas above that range, with the form's message", () => {
    expect(versionField.safeParse("7").success).toBe(true);
    expect(versionField.safeParse(String(MAX_VERSION)).success).toBe(true);
    const tooLarge = versionField.safeParse("8358955100491925");
    expect(tooLarge.success).toBe(false);
    expect(tooLarge.error?.issues[0].message).toBe(message("forms.version"));
  });
});
