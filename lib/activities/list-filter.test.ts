import { describe, expect, it } from "vitest";
import { activityListFilterParams, describeActivityListFilter, parseActivityListFilter } from "./list-filter";

describe("parseActivityListFilter", () => {
  it("reads a status in any case and a review filter", () => {
    expect(parseActivityListFilter({ status: "active", review: "overdue" })).toEqual({ status: "ACTIVE", review: "overdue" });
  });

  it("reads legal basis, department and the yes/no filters", () => {
    expect(parseActivityListFilter({ basis: "clx123abc", department: " HR ", transfers: "yes", special: "no" })).toEqual({
      legalBasisId: "clx123abc",
      department: "HR",
      transfers: true,
      special: false,
    });
  });

  it("ignores unknown values and takes the first of repeated parameters", () => {
    expect(parseActivityListFilter({ status: ["bogus", "DRAFT"], review: "someday" })).toEqual({});
    expect(parseActivityListFilter({ status: ["DRAFT", "ACTIVE"] })).toEqual({ status: "DRAFT" });
    expect(parseActivityListFilter({ basis: "x'; drop table", transfers: "maybe", special: "1", department: "d".repeat(201) })).toEqual({});
  });
});

describe("activityListFilterParams", () => {
  it("writes what the parser reads", () => {
    const filter = { status: "RETIRED", legalBasisId: "abc", department: "Sales & Marketing", transfers: false, special: true, review: "due-soon" } as const;
    expect(parseActivityListFilter(activityListFilterParams(filter))).toEqual(filter);
  });
});

describe("describeActivityListFilter", () => {
  it("says nothing when there is no filter", () => {
    expect(describeActivityListFilter({}, 30)).toBeNull();
  });

  it("names every active filter", () => {
    expect(describeActivityListFilter({ status: "ACTIVE", review: "due-soon", transfers: true }, 30)).toBe(
      "status active, with transfers, review due in the next 30 days",
    );
  });
});
