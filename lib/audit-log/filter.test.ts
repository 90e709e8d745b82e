import { describe, expect, it } from "vitest";
import { auditDateRange, auditFilterQuery, hasAuditFilter, parseAuditFilter } from "./filter";

describe("parseAuditFilter", () => {
  it("reads the filters and page from the URL", () => {
    expect(parseAuditFilter({ entityType: "Membership", actor: "ada@example.com", action: "UPDATE", from: "2026-03-01", to: "2026-03-31", page: "3" })).toEqual({
      entityType: "Membership",
      actor: "ada@example.com",
      action: "UPDATE",
      from: "2026-03-01",
      to: "2026-03-31",
      page: 3,
    });
  });

  it("ignores malformed values instead of failing", () => {
    const filter = parseAuditFilter({ from: "2026-02-30", to: "yesterday", page: "-2", entityType: "a b", actor: "x".repeat(300), action: ["DELETE", "CREATE"] });
    expect(filter).toEqual({ entityType: undefined, actor: undefined, action: "DELETE", from: undefined, to: undefined, page: 1 });
    expect(parseAuditFilter({ page: "abc" }).page).toBe(1);
    expect(hasAuditFilter(parseAuditFilter({ page: "2" }))).toBe(false);
  });
});

describe("auditFilterQuery", () => {
  it("writes back only the filters set, and the page when past the first", () => {
    const filter = parseAuditFilter({ entityType: "Membership", from: "2026-03-01", page: "2" });
    expect(auditFilterQuery(filter)).toBe("?entityType=Membership&from=2026-03-01&page=2");
    expect(auditFilterQuery(filter, 1)).toBe("?entityType=Membership&from=2026-03-01");
    expect(auditFilterQuery(parseAuditFilter({}))).toBe("");
    expect(parseAuditFilter(Object.fromEntries(new URLSearchParams(auditFilterQuery(filter, 5))))).toEqual({ ...filter, page: 5 });
  });
});

describe("auditDateRange", () => {
  it("includes the whole of the last day", () => {
    expect(auditDateRange({ from: "2026-03-01", to: "2026-03-31" })).toEqual({
      gte: new Date("2026-03-01T00:00:00Z"),
      lt: new Date("2026-04-01T00:00:00Z"),
    });
    expect(auditDateRange({})).toBeUndefined();
  });
});
