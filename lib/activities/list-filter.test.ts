import { describe, expect, it } from "vitest";
import { describeActivityListFilter, parseActivityListFilter } from "./list-filter";

describe("parseActivityListFilter", () => {
  it("reads a status in any case and a review filter", () => {
    expect(parseActivityListFilter({ status: "active", review: "overdue" })).toEqual({ status: "ACTIVE", review: "overdue" });
  });

  it("ignores unknown values and takes the first of repeated parameters", () => {
    expect(parseActivityListFilter({ status: ["bogus", "DRAFT"], review: "someday" })).toEqual({ status: undefined, review: undefined });
    expect(parseActivityListFilter({ status: ["DRAFT", "ACTIVE"] })).toEqual({ status: "DRAFT", review: undefined });
  });
});

describe("describeActivityListFilter", () => {
  it("says nothing when there is no filter", () => {
    expect(describeActivityListFilter({}, 30)).toBeNull();
  });

  it("names every active filter", () => {
    expect(describeActivityListFilter({ status: "ACTIVE", review: "due-soon" }, 30)).toBe("status active, review due in the next 30 days");
  });
});
