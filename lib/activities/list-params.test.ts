import { describe, expect, it } from "vitest";
import { defaultActivityListParams, parseActivityListParams, serializeActivityListParams, type ActivityListParams } from "./list-params";

const fromQuery = (query: string) => {
  const search = new URLSearchParams(query);
  return parseActivityListParams(Object.fromEntries([...search.keys()].map((key) => [key, search.getAll(key)])));
};

describe("parseActivityListParams", () => {
  it("reads the defaults from an empty URL", () => {
    expect(parseActivityListParams({})).toEqual(defaultActivityListParams);
  });

  it("reads search, filters, descending sort, page and page size", () => {
    expect(fromQuery("q=payroll&status=ACTIVE&transfers=yes&sort=-nextReviewOn&page=3&size=50")).toEqual({
      q: "payroll",
      filter: { status: "ACTIVE", transfers: true },
      sort: { id: "nextReviewOn", desc: true },
      page: 3,
      pageSize: 50,
    });
  });

  it("ignores bad values instead of failing", () => {
    expect(fromQuery("sort=passwordHash&page=-2&size=7")).toEqual(defaultActivityListParams);
    expect(fromQuery("sort=name;drop&page=1.5&size=abc")).toEqual(defaultActivityListParams);
    expect(fromQuery("page=99999999999")).toMatchObject({ page: 1 });
    expect(fromQuery(`q=${"x".repeat(500)}`).q).toHaveLength(200);
  });
});

describe("serializeActivityListParams", () => {
  it("leaves out defaults, so the plain list has a plain URL", () => {
    expect(serializeActivityListParams(defaultActivityListParams)).toBe("");
    expect(serializeActivityListParams({ ...defaultActivityListParams, q: "  " })).toBe("");
  });

  it("round-trips every part of the view", () => {
    const params: ActivityListParams = {
      q: "HR & payroll",
      filter: { status: "DRAFT", legalBasisId: "clb1", department: "People & Culture", transfers: false, special: true, review: "overdue" },
      sort: { id: "name", desc: false },
      page: 4,
      pageSize: 100,
    };
    expect(fromQuery(serializeActivityListParams(params).slice(1))).toEqual(params);
  });

  it("keeps the dashboard's review links working", () => {
    expect(serializeActivityListParams(fromQuery("review=due-soon"))).toBe("?review=due-soon");
  });
});
