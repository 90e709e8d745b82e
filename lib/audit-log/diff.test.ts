import { describe, expect, it } from "vitest";
import { diffSnapshots, formatValue } from "./diff";

describe("diffSnapshots", () => {
  it("lists only the fields that changed, by path, ignoring bookkeeping", () => {
    const before = { name: "Log files", status: "DRAFT", version: 1, updatedAt: "a", owner: { name: "IT" } };
    const after = { name: "Log files", status: "ACTIVE", version: 2, updatedAt: "b", owner: { name: "Security" } };
    expect(diffSnapshots(before, after)).toEqual([
      { path: "status", before: "DRAFT", after: "ACTIVE" },
      { path: "owner.name", before: "IT", after: "Security" },
    ]);
  });

  it("treats a created or deleted record as one change of the whole", () => {
    expect(diffSnapshots(null, { name: "x" })).toEqual([{ path: "(record)", before: null, after: { name: "x" } }]);
    expect(diffSnapshots({ name: "x" }, { name: "x" })).toEqual([]);
  });

  it("compares lists as a whole", () => {
    const changes = diffSnapshots({ purposes: [{ name: "a" }] }, { purposes: [{ name: "a" }, { name: "b" }] });
    expect(changes).toHaveLength(1);
    expect(changes[0].path).toBe("purposes");
  });
});

describe("formatValue", () => {
  it("renders empty values, booleans and lists of named things readably", () => {
    expect(formatValue("")).toBe("—");
    expect(formatValue(null)).toBe("—");
    expect(formatValue(true)).toBe("Yes");
    expect(formatValue([{ name: "Contact data" }, { name: "Log data" }])).toBe("Contact data, Log data");
  });
});
