import { describe, expect, it } from "vitest";
import { parseDataTableUrlState, writeDataTableUrlState } from "./url-state";
import { searchText } from "./features";

describe("parseDataTableUrlState", () => {
  it("reads search, descending sort and page", () => {
    expect(parseDataTableUrlState({ q: "payroll", sort: "-nextReviewOn", page: "3" })).toEqual({
      q: "payroll",
      sort: [{ id: "nextReviewOn", desc: true }],
      page: 3,
    });
  });

  it("falls back to defaults for missing or malformed values", () => {
    expect(parseDataTableUrlState({ sort: "name;drop", page: "-1" })).toEqual({ q: "", sort: [], page: 1 });
  });
});

describe("writeDataTableUrlState", () => {
  it("keeps other parameters and drops defaults", () => {
    expect(writeDataTableUrlState("?status=ACTIVE&page=4", { q: "", sort: [], page: 1 })).toBe("?status=ACTIVE");
  });

  it("round-trips through the parser", () => {
    const state = { q: "hr", sort: [{ id: "name", desc: false }], page: 2 };
    const query = writeDataTableUrlState("", state);
    expect(parseDataTableUrlState(Object.fromEntries(new URLSearchParams(query)))).toEqual(state);
  });
});

describe("searchText", () => {
  it("searches list items and dates, not flags", () => {
    expect(searchText(["Art. 6(1)(b) GDPR", "§ 26 BDSG"])).toBe("art. 6(1)(b) gdpr § 26 bdsg");
    expect(searchText(new Date(Date.UTC(2026, 0, 31)))).toBe("31 jan 2026");
    expect(searchText(true)).toBeUndefined();
  });
});
