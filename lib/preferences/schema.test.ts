import { describe, expect, it } from "vitest";
import { localeChoiceSchema, readColumnVisibility, readLocale, tablePreferenceSchema } from "./schema";

describe("tablePreferenceSchema", () => {
  it("accepts a known table with a map of columns", () => {
    expect(tablePreferenceSchema.safeParse({ table: "activities", columnVisibility: { role: false, owner: true } }).success).toBe(true);
  });

  it("refuses unknown tables, odd column ids and non-boolean values", () => {
    expect(tablePreferenceSchema.safeParse({ table: "users", columnVisibility: {} }).success).toBe(false);
    expect(tablePreferenceSchema.safeParse({ table: "activities", columnVisibility: { "<script>": false } }).success).toBe(false);
    expect(tablePreferenceSchema.safeParse({ table: "activities", columnVisibility: { role: "no" } }).success).toBe(false);
  });

  it("refuses an oversized map", () => {
    const columnVisibility = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`c${i}`, false]));
    expect(tablePreferenceSchema.safeParse({ table: "activities", columnVisibility }).success).toBe(false);
  });
});

describe("readColumnVisibility", () => {
  it("reads a stored value and treats anything else as all columns shown", () => {
    expect(readColumnVisibility({ columnVisibility: { role: false } })).toEqual({ role: false });
    expect(readColumnVisibility(null)).toEqual({});
    expect(readColumnVisibility(["role"])).toEqual({});
  });
});

describe("localeChoiceSchema and readLocale", () => {
  it("accept the dashboard's languages, or no choice", () => {
    expect(localeChoiceSchema.safeParse({ locale: "de" }).success).toBe(true);
    expect(localeChoiceSchema.safeParse({ locale: "" }).success).toBe(true);
    expect(localeChoiceSchema.safeParse({ locale: "fr" }).success).toBe(false);
    expect(readLocale({ locale: "en" })).toBe("en");
    expect(readLocale({ locale: "" })).toBeNull();
    expect(readLocale("de")).toBeNull();
  });
});
