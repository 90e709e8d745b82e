import { describe, expect, it } from "vitest";
import { isCurrent } from "./nav-items";

describe("isCurrent", () => {
  it("marks the most specific item only: Members, not Settings, on the members page", () => {
    expect(isCurrent("/settings/members", "/settings/members")).toBe(true);
    expect(isCurrent("/settings/members", "/settings")).toBe(false);
    expect(isCurrent("/settings", "/settings")).toBe(true);
  });

  it("keeps an item current on the pages below it, and the dashboard only on itself", () => {
    expect(isCurrent("/activities/abc/history", "/activities")).toBe(true);
    expect(isCurrent("/activities", "/")).toBe(false);
    expect(isCurrent("/", "/")).toBe(true);
  });
});
