import { describe, expect, it } from "vitest";
import { changedFields, mergeOnTop } from "./merge";

describe("mergeOnTop", () => {
  const base = { name: "Payroll", owner: "HR", purposes: [{ key: "a", description: "Pay" }], version: 1 };

  it("keeps the other person's changes in fields the user did not touch", () => {
    const mine = { ...base, name: "Payroll and pensions" };
    const theirs = { ...base, owner: "Finance", version: 2 };
    expect(mergeOnTop(base, mine, theirs)).toEqual({ ...base, name: "Payroll and pensions", owner: "Finance", version: 2 });
  });

  it("lets the user's value win where both changed the same field", () => {
    const mine = { ...base, owner: "People team" };
    const theirs = { ...base, owner: "Finance" };
    expect(mergeOnTop(base, mine, theirs).owner).toBe("People team");
  });

  it("ignores client-side row keys when deciding what changed", () => {
    const reloaded = { ...base, purposes: [{ key: "b", description: "Pay" }] };
    expect(changedFields(base, reloaded)).toEqual([]);
    expect(changedFields(base, { ...base, purposes: [{ key: "a", description: "Pay salaries" }] })).toEqual(["purposes"]);
  });
});
